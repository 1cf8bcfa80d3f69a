// Long left-deep chains of operators (`a + b + c ...`, `a && b && ...`,
// `a, b, c ...`), as generated code writes them: the parser builds them
// without recursion, so the checker and the emitter must not recurse down
// them either. Before, about 2,000 operators overflowed the stack and the
// build stopped with an internal error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { instantiate } from "./helpers.js";

const N = 20_000;

/** `main` returning `expr`, after `locals`. */
function run(result: string, locals: string, expr: string): unknown {
  const exports = instantiate({ "main.ts": `export function main(): ${result} {\n  ${locals}\n  return ${expr};\n}\n` });
  return (exports["main"] as () => unknown)();
}

test("a sum, a product and a comparison chain of 20,000 operators", () => {
  assert.equal(run("i32", "let x = 3;", Array(N).fill("x").join(" + ")), 3 * N);
  // Wraps at 32 bits as wasm does: 3^20000 mod 2^32, computed exactly.
  let p = 1n;
  for (let k = 0; k < N; k++) p = (p * 3n) & 0xffffffffn;
  assert.equal(run("u32", "let x: u32 = 3;", Array(N).fill("x").join(" * ")), Number(p));
  assert.equal(run("bool", "let x = 1;", `${Array(N).fill("x").join(" - ")} == ${1 - (N - 1)}`), 1);
});

test("a chain whose first half is i32 and second half i64 widens the running value once, where the types meet", () => {
  const half = N / 2;
  const expr = [...Array(half).fill("a"), ...Array(half).fill("b")].join(" + ");
  // The i32 half wraps at 32 bits; its sum is then sign-extended and the i64s added.
  const expected = BigInt.asIntN(32, BigInt(half) * 0x7fffffffn) + BigInt(half) * 5n;
  assert.equal(run("i64", "let a: i32 = 0x7fffffff; let b: i64 = 5;", expr), expected);
});

/**
 * Each `&&` or `||` is a wasm block nested in the last, and V8 takes time
 * quadratic in that depth to compile them (0.3 s at 3,000, 42 s at 20,000),
 * so these chains are shorter; before, 3,000 overflowed kiln's stack too.
 */
const LOGICAL = 3_000;

test("&& and || chains of 3,000 on bools and on integers keep their short-circuit values", () => {
  assert.equal(run("bool", "let t = true;", `${Array(LOGICAL).fill("t").join(" && ")} && false`), 0);
  assert.equal(run("bool", "let f = false;", `${Array(LOGICAL).fill("f").join(" || ")} || true`), 1);
  // On integers `a && b` is `a ? b : a` and `a || b` is `a ? a : b`.
  assert.equal(run("i32", "let one = 1;", `${Array(LOGICAL).fill("one").join(" && ")} && 7`), 7);
  assert.equal(run("i32", "let zero = 0;", `${Array(LOGICAL).fill("zero").join(" || ")} || 7`), 7);
  assert.equal(run("i32", "let one = 1; let zero = 0;", `${Array(LOGICAL).fill("one").join(" && ")} && zero && 7`), 0);
});

test("a comma chain of 20,000 runs every part once, in order, and gives the last", () => {
  assert.equal(run("i32", "let x = 0;", `(${Array(N).fill("x = x * 3 + 1").join(", ")}, x & 0xffff)`), expectedComma());
});

function expectedComma(): number {
  let x = 0;
  for (let k = 0; k < N; k++) x = (Math.imul(x, 3) + 1) | 0;
  return x & 0xffff;
}
