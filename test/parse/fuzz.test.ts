// Fuzzing, bounded in iterations and seeded so failures reproduce: random
// bytes and randomly mutated valid programs never make the front end throw
// or hang, and every run ends with a whole tree (a SourceFile root spanning
// every node) and, for broken input, errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InternPool } from "../../src/base/intern-pool.js";
import { SpanTable } from "../../src/base/span.js";
import { Diagnostics } from "../../src/diagnostics/diagnostics.js";
import { N } from "../../src/parse/nodes.js";
import { parseFile } from "../../src/parse/parse-file.js";
import { rng } from "../seeded-random.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

const pool = InternPool.create(), spans = SpanTable.create();

function check(src: Uint8Array, what: string): void {
  const diags = new Diagnostics();
  let tree;
  try {
    tree = parseFile(src, 0, pool, spans, diags).tree;
  } catch (e) {
    assert.fail(`${what}: threw ${(e as Error).stack}\ninput: ${JSON.stringify(new TextDecoder().decode(src).slice(0, 300))}`);
  }
  const root = tree.count - 1;
  assert.equal(tree.kind[root], N.SourceFile, `${what}: root is a SourceFile`);
  assert.equal(tree.size[root], tree.count, `${what}: the root's subtree holds every node`);
  for (let i = 0; i < tree.count; i++) assert.ok(tree.size[i]! >= 1 && tree.size[i]! <= i + 1, `${what}: node ${i} has a sane subtree size`);
}

test("random bytes never throw and always give a tree", () => {
  const r = rng(12345);
  for (let k = 0; k < 300; k++) {
    const n = Math.floor(r() * 400);
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
    check(b, `random bytes #${k}`);
  }
});

test("random printable ASCII (token soup) never throws", () => {
  const r = rng(777);
  const alphabet = "abcxyz019_$ \n\t{}()[];,.<>=!+-*/%&|^~?:@#`'\"\\";
  for (let k = 0; k < 300; k++) {
    const n = Math.floor(r() * 300);
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
    check(new TextEncoder().encode(s), `token soup #${k}`);
  }
});

test("randomly mutated valid programs never throw and report errors or parse", () => {
  const dir = join(root, "node_modules/assemblyscript/std/assembly");
  const files = readdirSync(dir).filter((n) => n.endsWith(".ts")).sort().slice(0, 12).map((n) => readFileSync(join(dir, n)));
  const snippets = ["{", "}", "(", ")", "<", ">", ";", "=>", "`", "\"", "/*", "class", "function", "@", "?.", "...", "\n"];
  const r = rng(4242);
  for (let k = 0; k < 150; k++) {
    const base = files[k % files.length]!;
    let text = new TextDecoder().decode(base);
    const edits = 1 + Math.floor(r() * 6);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(r() * text.length);
      const op = r();
      if (op < 0.33) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 20)); // delete a run
      else if (op < 0.66) text = text.slice(0, at) + snippets[Math.floor(r() * snippets.length)] + text.slice(at); // insert a token
      else { const from = Math.floor(r() * text.length); text = text.slice(0, at) + text.slice(from, from + 40) + text.slice(at); } // duplicate a piece
    }
    check(new TextEncoder().encode(text), `mutation #${k}`);
  }
});

test("pathological nesting gives an error, not a stack overflow", () => {
  for (const text of ["(".repeat(50000), "[".repeat(50000), "{".repeat(50000), "-".repeat(50000) + "x", "let x: " + "Array<".repeat(50000) + "i32", "a?b:".repeat(50000) + "c"]) {
    const diags = new Diagnostics();
    parseFile(new TextEncoder().encode(text), 0, pool, spans, diags);
    assert.ok(diags.errorCount >= 1 && diags.errorCount <= 3, `${text.slice(0, 10)}...: a few errors, got ${diags.errorCount}`);
    assert.ok(diags.list.some((d) => d.code === 1103), `${text.slice(0, 10)}...: reports nesting too deep`);
  }
});
