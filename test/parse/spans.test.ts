// Node spans of the parse tree, above all the long ones (256 bytes or more),
// which the parser makes only when the file is parsed: each must end up as
// the span of its own node, also where a rewound speculation or an early
// error left an older entry for the same row.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Span } from "../../src/base/ids.js";
import { NOT_A_SPAN } from "../../src/base/span.js";
import { decodeWtf8 } from "../../src/base/utf8.js";
import { keptTokens, N } from "../../src/parse/nodes.js";
import { parse, type Parsed } from "./helpers.js";

/** The source text under `span`. */
function textOf(r: Parsed, span: Span): string {
  const base = r.file.base, start = r.spans.start(span) - base;
  return decodeWtf8(r.file.src, start, start + r.spans.length(span));
}

/** Every node's span is made, lies on token boundaries, and holds its children's spans. */
function assertSpansSound(r: Parsed): void {
  const t = r.file.tree, tk = keptTokens(t).tokens, base = r.file.base;
  const starts = new Set<number>(), ends = new Set<number>();
  for (let i = 0; i < tk.count; i++) { starts.add(tk.start[i]!); ends.add(tk.end[i]!); }
  for (let n = 0; n < t.count; n++) {
    const span = t.span[n]! as Span;
    assert.notEqual(span, NOT_A_SPAN, `node ${n} (${N[t.kind[n]!]}) has its span`);
    const s = r.spans.start(span) - base, e = s + r.spans.length(span);
    assert.ok(starts.has(s) && ends.has(e), `node ${n} (${N[t.kind[n]!]}) spans whole tokens: ${s}..${e}`);
    for (let c = n - 1; c > n - t.size[n]!; c -= t.size[c]!) {
      const cs = r.spans.start(t.span[c]! as Span) - base, ce = cs + r.spans.length(t.span[c]! as Span);
      assert.ok(s <= cs && ce <= e, `node ${n} (${N[t.kind[n]!]}) holds child ${c}`);
    }
  }
}

/** Spans of the nodes of `kind`, as source text, in postorder. */
function textsOf(r: Parsed, kind: N): string[] {
  const t = r.file.tree, out: string[] = [];
  for (let n = 0; n < t.count; n++) if (t.kind[n] === kind) out.push(textOf(r, t.span[n]! as Span));
  return out;
}

const long = `"${"x".repeat(300)}"`;

test("long spans are the spans of their own nodes", () => {
  const body = Array.from({ length: 30 }, (_, i) => `  let v${i}: i32 = ${i} + ${i};`).join("\n");
  const fn = `function f(): void {\n${body}\n}`;
  const r = parse(`${fn}\nlet s = ${long};\n`);
  assert.equal(r.diags.errorCount, 0);
  assertSpansSound(r);
  assert.deepEqual(textsOf(r, N.FunctionDecl), [fn]);
  assert.deepEqual(textsOf(r, N.StringLit), [long]);
  assert.equal(textsOf(r, N.Block)[0], `{\n${body}\n}`);
});

test("after a rewound arrow speculation, each row keeps the span of the node that stayed", () => {
  // `(a = "...", b)` is first tried as an arrow's parameters: the string and
  // the parameter around it get long spans for rows that the parenthesized
  // comma expression then takes over with nodes of its own.
  const paren = `(a = ${long}, b)`;
  const r = parse(`let x = ${paren};\n`);
  assert.equal(r.diags.errorCount, 0);
  assertSpansSound(r);
  assert.deepEqual(textsOf(r, N.StringLit), [long]);
  assert.deepEqual(textsOf(r, N.Assign), [`a = ${long}`]);
  assert.deepEqual(textsOf(r, N.Paren), [paren]);
  assert.deepEqual(textsOf(r, N.Param), []);
});

test("a grammar error on a long node, reported while parsing, points at the whole node", () => {
  const target = `(${long} + 1)`;
  const r = parse(`${target} = 2;\nlet y = 3;\n`);
  assert.equal(r.diags.errorCount, 1);
  assert.equal(textOf(r, r.diags.list[0]!.span), target);
  assertSpansSound(r);
  assert.deepEqual(textsOf(r, N.Paren), [target]);
});
