// parseFile: a tree keeps what later stages read of its tokens, so a file's
// token table can die with its parse (the next file lexes into the same
// memory) without changing any tree.
import assert from "node:assert/strict";
import { test } from "node:test";
import { InternPool } from "../../src/base/intern-pool.js";
import { SpanTable } from "../../src/base/span.js";
import { Diagnostics } from "../../src/diagnostics/diagnostics.js";
import { flagsHoldTokenKind, keptTokens, N, NUMBER_FLAGS, valueIsNumber } from "../../src/parse/nodes.js";
import { parseFile } from "../../src/parse/parse-file.js";
import { printTree } from "../../src/parse/printer.js";
import { treeDifference } from "../../src/parse/tree-equal.js";

const texts = [
  "export function f(a: i32, b: f64 = 2.5): f64 { return a * b + 0x10 + 18446744073709551615; }",
  "let s = 'text'; const n: u8 = 255; label: for (;;) { if (s) break label; }",
  // More nodes than tokens: the tree's columns grow past their first size.
  "x" + "[0]".repeat(3000) + ";",
  "class C { m(): void { this.x = -1 >>> 2; } }\n".repeat(400),
  "switch (k) { case 1: default: }",
  "declare function h(): void; export const c = 1; for (var j = 0; ; ) {} type T = null; let b = 10n;",
  "type L = 'a' | 2 | -3 | true | false | `t`; let v: 4.5 = 4.5;",
];

test("trees parsed without their tokens survive later parses and equal trees parsed with them", () => {
  const pool = InternPool.create(), spans = SpanTable.create();
  const bytes = texts.map((t) => new TextEncoder().encode(t));
  const transient = bytes.map((src) => parseFile(src, 0, pool, spans, new Diagnostics()));
  for (let i = 0; i < texts.length; i++) {
    const kept = parseFile(bytes[i]!, 0, pool, spans, new Diagnostics(), true);
    assert.equal(transient[i]!.tree.kept, undefined);
    assert.equal(treeDifference(transient[i]!, kept), "", `file ${i}`);
    // What the tree copied of each node's main token agrees with the kept table.
    const { tokens, token } = keptTokens(kept.tree), t = transient[i]!.tree;
    for (let n = 0; n < t.count; n++) {
      const tok = token[n]!, kind = t.kind[n] as N;
      if (valueIsNumber(t, n)) {
        assert.equal(t.numbers[t.tokValue[n]!], tokens.numbers[tokens.value[tok]!], `file ${i} node ${n}: the number`);
        if (kind === N.NumberLit) assert.equal(t.flags[n], tokens.flags[tok]! & NUMBER_FLAGS, `file ${i} node ${n}: number flags`);
      } else {
        assert.equal(t.tokValue[n], tokens.value[tok], `file ${i} node ${n}: the value`);
      }
      if (flagsHoldTokenKind(kind)) assert.equal(t.flags[n], tokens.kind[tok], `file ${i} node ${n} (${N[kind]}): the token kind`);
    }
  }
  // The exact value of a literal beyond 2^53 stays with the tree.
  assert.deepEqual([...transient[0]!.tree.bigs.values()], [18446744073709551615n]);
});

test("literal types keep what their token was: numbers compare by value, never as text", () => {
  const pool = InternPool.create(), spans = SpanTable.create();
  const parse = (s: string) => parseFile(new TextEncoder().encode(s), 0, pool, spans, new Diagnostics());
  const a = parse("type T = 2;"), b = parse("type T = 3;"), c = parse("type T = 'x';");
  assert.match(treeDifference(a, b), /LiteralType\): number 2 vs 3/);
  assert.match(treeDifference(a, c), /LiteralType\): flags/);
  assert.equal(treeDifference(a, parse("type T = 0x2;")), "");
  // Both round to the double 2^64: only the exact integers tell them apart.
  const big = parse("let v = 18446744073709551615;");
  assert.match(treeDifference(big, parse("let v = 18446744073709551614;")), /NumberLit\): integer 18446744073709551615 vs 18446744073709551614/);
  assert.equal(treeDifference(big, parse("let v = 0xffffffffffffffff;")), "");
});

test("printing a tree needs its tokens kept, and says so", () => {
  const f = parseFile(new TextEncoder().encode("let a = 1;"), 0, InternPool.create(), SpanTable.create(), new Diagnostics());
  assert.throws(() => printTree(f), /parsed without keepTokens/);
  assert.equal(printTree(parseFile(new TextEncoder().encode("let a = 1;"), 0, InternPool.create(), SpanTable.create(), new Diagnostics(), true)).trim(), "let a = 1;");
});
