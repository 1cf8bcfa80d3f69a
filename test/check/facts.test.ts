// A function's tables are reused by a later function once it is emitted
// (FunctionFacts.release): a reused table must start as clean as a new one,
// and tables still in use must never be handed out twice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import type { NodeId, TypeId } from "../../src/base/ids.js";
import { FunctionFacts } from "../../src/check/facts.js";
import type { Module, SymbolId } from "../../src/program/program.js";
import { instantiate } from "./helpers.js";

const someModule = {} as Module;
/** Facts for a function whose node range is [first, first + rows). */
const factsOf = (first: number, rows: number): FunctionFacts =>
  new FunctionFacts(someModule, 1 as SymbolId, (first + rows - 1) as NodeId, first, 0, 0 as TypeId);

function scribble(f: FunctionFacts, rows: number): void {
  for (let i = 0; i < rows; i++) {
    f.type[i] = 7; f.conv[i] = 8; f.ref[i] = 9; f.refKind[i] = 3; f.isConst[i] = 1; f.consts[i] = 2.5;
  }
}

test("released tables serve the next function of their size, zeroed", () => {
  const a = factsOf(10, 100);
  scribble(a, 100);
  a.release();
  const b = factsOf(500, 90);
  assert.equal(b.type.buffer, a.type.buffer, "a function of the same size class reuses the released tables");
  for (let i = 0; i < 90; i++) {
    assert.deepEqual([b.type[i], b.conv[i], b.ref[i], b.refKind[i], b.isConst[i], b.consts[i]], [0, 0, 0, 0, 0, 0], `row ${i}`);
    assert.equal(b.constOf((500 + i) as NodeId), undefined);
  }
  b.release();
});

test("tables in use, or of another size class, are never shared", () => {
  const a = factsOf(0, 100);
  const b = factsOf(0, 100);
  assert.notEqual(a.type.buffer, b.type.buffer, "two live functions have tables of their own");
  a.release();
  a.release(); // a second release hands nothing back twice
  const c = factsOf(0, 100), d = factsOf(0, 100);
  assert.notEqual(c.type.buffer, d.type.buffer);
  assert.ok(c.type.buffer === a.type.buffer || d.type.buffer === a.type.buffer);
  const big = factsOf(0, 5000);
  assert.notEqual(big.type.buffer, a.type.buffer, "a larger function does not take a smaller one's tables");
  assert.ok(big.type.length >= 5000);
  for (const f of [b, c, d, big]) f.release();
});

test("a function compiled after one with folded constants in the same places computes, not folds", () => {
  // The two bodies have the same shape, so their nodes land on the same rows of
  // the reused tables: where a's `3 * 7` was folded, b's `p * 7` must not be.
  const m = instantiate({
    "main.ts": [
      "export function a(p: i32): i32 { let x: i32 = 3 * 7; let y: i32 = x + 2; return y * 2 + 1; }",
      "export function b(p: i32): i32 { let x: i32 = p * 7; let y: i32 = x + 2; return y * 2 + 1; }",
      "export function c(p: f64): f64 { let x: f64 = p * 7.0; let y: f64 = x + 2.0; return y * 2.0 + 1.0; }",
    ].join("\n"),
  }) as Record<string, (x: number) => number>;
  assert.equal(m["a"]!(0), 47);
  assert.equal(m["b"]!(1), 19);
  assert.equal(m["b"]!(2), 33);
  assert.equal(m["c"]!(0.5), 12);
});

test("tables handed back by top-level code and by constant initializers serve later code without leaking into it", () => {
  // Each module's top-level code is checked over the module's whole node range, then
  // emitted and handed back; a default value and a global's initializer are checked
  // on tables of their own and handed back at once. The functions compiled after them
  // reuse those tables, so a stale folded constant or conversion would change a result.
  const m = instantiate({
    "main.ts": [
      `import { scaled, bump } from "./a";`,
      `import { offset } from "./b";`,
      `let total: i32 = 7 * 6;`,
      `total = total + bump(1);`,
      `export function withDefault(x: i32, k: i32 = 2 + 3): i32 { return x * k + total; }`,
      `export function mixed(p: i32): f64 { let q: f64 = p; return q * 1.5 + <f64>scaled(p) + <f64>offset; }`,
    ].join("\n") + "\n",
    "a.ts": [
      `let base: i32 = 10;`,
      `base = base * 3;`,
      `export function scaled(x: i32): i32 { return x * base; }`,
      `export function bump(x: i32, by: i32 = 4 * 4): i32 { return x + by; }`,
    ].join("\n") + "\n",
    "b.ts": `export const offset: i64 = 1 << 40;\nlet unused: i32 = 3;\nunused += 1;\n`,
  }) as Record<string, (...a: number[]) => number>;
  // total = 42 + bump(1) = 42 + 17 = 59; base = 30.
  assert.equal(m["withDefault"]!(3, 5), 3 * 5 + 59);
  assert.equal(m["mixed"]!(2), 2 * 1.5 + 60 + 2 ** 40);
});

test("folded numbers and 64-bit integers are each read back from where they were kept", () => {
  const a = factsOf(100, 10);
  a.setConst(101 as NodeId, 2.5);
  a.setConst(102 as NodeId, -(2n ** 62n));
  a.setConst(103 as NodeId, 0);
  assert.equal(a.constOf(101 as NodeId), 2.5);
  assert.equal(a.constOf(102 as NodeId), -(2n ** 62n));
  assert.equal(a.constOf(103 as NodeId), 0, "a folded zero is a constant, not 'none'");
  assert.equal(a.constOf(104 as NodeId), undefined);
  a.isConst[102 - 100] = 0; // as the checker does for a variable being written
  assert.equal(a.constOf(102 as NodeId), undefined);
  a.release();
  const b = factsOf(100, 10); // the same tables, zeroed: nothing of a's is a constant of b's
  assert.equal(b.type.buffer, a.type.buffer);
  for (let n = 100; n < 110; n++) assert.equal(b.constOf(n as NodeId), undefined);
  b.setConst(102 as NodeId, 7);
  assert.equal(b.constOf(102 as NodeId), 7, "a number where a had a 64-bit integer");
  b.release();
});

test("facts keep one hidden class whether or not a 64-bit constant was folded (a field set late is declared with its initial value)", () => {
  setFlagsFromString("--allow-natives-syntax");
  const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;
  setFlagsFromString("--no-allow-natives-syntax");
  const plain = factsOf(0, 8), big = factsOf(0, 8);
  big.setConst(1 as NodeId, 5n);
  plain.setConst(1 as NodeId, 5);
  assert.equal(big.constOf(1 as NodeId), 5n);
  assert.ok(sameMap(plain, big), "a facts object that made its map of 64-bit constants has the same hidden class as one that did not");
});
