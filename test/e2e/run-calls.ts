// Calls a compiled program's exports the way the recorded cases expect, and
// compares outcomes. Shared by the asc harness and record-cases.mjs (through
// build/), and meant for the tests that run kiln's output on the same cases.
import { AbortError } from "./host.js";
import type { Call } from "./cases.js";

/** What one call produced: the value from wasm, or "trap". */
export type Outcome = number | bigint | "trap";

/**
 * Calls `call.fn` with `call.args`. A wasm trap (WebAssembly.RuntimeError)
 * or an abort (AbortError) is the outcome "trap"; anything else thrown (a
 * missing export, a Number passed for an i64) is a mistake in the case and
 * is rethrown.
 */
export function callExport(exports: Record<string, unknown>, call: Call): Outcome {
  const f = exports[call.fn];
  if (typeof f !== "function") throw new Error(`no exported function '${call.fn}'`);
  try {
    const r: unknown = f(...call.args);
    if (typeof r === "number" || typeof r === "bigint") return r;
    throw new Error(`${call.fn} returned ${typeof r}, not a number`);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError || e instanceof AbortError) return "trap";
    throw e;
  }
}

/**
 * Does the outcome meet the expectation? Numbers must be the same value
 * (Object.is: NaN matches NaN, -0 does not match 0); a boolean expectation
 * matches the i32 1 or 0 a bool result crosses as.
 */
export function meets(expect: Call["expect"], outcome: Outcome): boolean {
  if (typeof expect === "boolean") return outcome === (expect ? 1 : 0);
  return Object.is(expect, outcome);
}

/** A value as it is written in cases.ts: 5, -0, NaN, 5n, "trap", true. */
export function show(v: Call["expect"] | Outcome): string {
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "string") return JSON.stringify(v);
  return String(v);
}

/** "fn(1, 2n)" for messages. */
export const showCall = (call: Call): string => `${call.fn}(${call.args.map(show).join(", ")})`;
