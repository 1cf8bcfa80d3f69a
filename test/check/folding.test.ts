// Constant folding must give exactly what the generated code computes: each
// expression is compiled twice, once over a parameter (run time) and once
// over the same value written as a literal (folded by the checker), and the
// two functions must agree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { instantiate } from "./helpers.js";

/** [parameter type, result type, expression over x, values of x as literals] */
const CASES: [string, string, string, string[]][] = [
  ["f64", "i8", "<i8>x", ["300.0", "-129.5", "1e10", "-1e10", "127.9"]],
  ["f64", "u8", "<u8>x", ["300.0", "-1.0", "1e10", "255.5"]],
  ["f64", "i16", "<i16>x", ["-1e10", "40000.0", "-32769.0"]],
  ["f64", "u16", "u16(x)", ["70000.0", "-5.0"]],
  ["f64", "i32", "i32(x)", ["3e9", "-3e9", "-0.5", "2147483647.9"]],
  ["f64", "u32", "<u32>x", ["5e9", "-1.0", "4294967295.0"]],
  ["f64", "i64", "<i64>x", ["1e19", "-1e19", "12345.75"]],
  ["f64", "bool", "bool(x)", ["0.0", "-0.0", "0.25"]],
  ["i32", "i8", "<i8>(x * 3)", ["100", "-100", "42"]],
  ["i32", "u8", "<u8>x << 3", ["255", "31", "7"]],
  ["i32", "i32", "x / 7 + x % 7", ["-100", "100", "2147483647"]],
  ["i32", "i32", "x ** 3", ["1291", "-7", "0"]],
  ["i32", "i32", "x >>> 3 >> 1", ["-1", "1024"]],
  ["u32", "u32", "x / 3 - x", ["4294967295", "7"]],
  ["i64", "i64", "x * 0x100000001 + 1", ["9223372036854775807", "-5"]],
  ["f64", "f64", "x % 1.5", ["7.25", "-7.25", "1e300"]],
  ["f32", "f32", "x * 0.1", ["3.0", "1e30"]],
];

test("folded constants equal what the same expression computes at run time", () => {
  let src = "";
  CASES.forEach(([pt, rt, expr, values], i) => {
    src += `export function run${i}(x: ${pt}): ${rt} { return ${expr}; }\n`;
    values.forEach((v, j) => { src += `export function fold${i}_${j}(): ${rt} { return ${expr.replace(/\bx\b/g, `(<${pt}>${v})`)}; }\n`; });
  });
  const x = instantiate({ "main.ts": src }) as Record<string, (a?: unknown) => unknown>;
  const wrong: string[] = [];
  CASES.forEach(([pt, , expr, values], i) => {
    values.forEach((v, j) => {
      const arg = pt === "i64" || pt === "u64" ? BigInt(v) : Number(v);
      const runtime = x[`run${i}`]!(arg), folded = x[`fold${i}_${j}`]!();
      if (!Object.is(runtime, folded)) wrong.push(`${expr} with x = ${v}: run time ${String(runtime)}, folded ${String(folded)}`);
    });
  });
  assert.deepEqual(wrong, []);
});
