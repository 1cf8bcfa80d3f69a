// The differential's call runner: outcomes come back per build and per call,
// and a call that never returns fails by its deadline, named, instead of
// hanging the run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compileFiles } from "../check/helpers.js";
import { callsOnAWorker } from "./calls-on-a-worker.js";

function build(source: string): Uint8Array {
  const r = compileFiles({ "main.ts": source });
  assert.deepEqual(r.diags.list.map((d) => d.message), []);
  return r.wasm!;
}

const SOURCE = [
  "export function spin(x: i32): i32 { while (x != 0) {} return 7; }",
  "export function half(x: i64): i64 { return x / 2; }",
  "export function div(a: i32, b: i32): i32 { return a / b; }",
  "export function neg(x: f64): f64 { return -x; }",
].join("\n") + "\n";

test("outcomes come back per build, in call order: values, bigints, -0 and traps", { timeout: 60_000 }, async () => {
  const wasm = build(SOURCE);
  const other = build("export function spin(x: i32): i32 { return x - 1; }\nexport function half(x: i64): i64 { return x; }\n" +
    "export function div(a: i32, b: i32): i32 { return b; }\nexport function neg(x: f64): f64 { return x; }\n");
  const [a, b] = await callsOnAWorker([wasm, other], [
    { fn: "spin", args: [0] }, { fn: "half", args: [-9n] }, { fn: "div", args: [1, 0] }, { fn: "neg", args: [0] }, { fn: "missing", args: [] },
  ], 30_000);
  assert.deepEqual(a, [7, -4n, "trap", -0, "no such export"]);
  assert.deepEqual(b, [-1, -9n, 0, 0, "no such export"]);
  assert.ok(Object.is(a![3], -0) && Object.is(b![3], 0), "-0 survives the trip back");
});

test("a call that never returns fails by the deadline, naming the call", { timeout: 60_000 }, async () => {
  const wasm = build(SOURCE);
  await assert.rejects(callsOnAWorker([wasm], [{ fn: "spin", args: [0] }, { fn: "spin", args: [5] }], 1500),
    /spin\(5\) did not return: the calls ran past their 1500 ms deadline/);
});
