// The linker's type section: one entry per distinct wasm signature, however
// many functions share it, and signatures that differ only in where a value
// type sits (result or parameter) stay apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { leb, readU32 } from "../../src/wasm/byte-writer.js";
import { compileFiles } from "../check/helpers.js";

/** The type section's signatures, as "(params)->results" with wasm's value type bytes in hex. */
function functionTypes(wasm: Uint8Array): string[] {
  let i = 8;
  const u32 = (): number => { const x = readU32(wasm, i); i = leb.next; return x; };
  while (i < wasm.length) {
    const id = wasm[i++]!, size = u32(), end = i + size;
    if (id === 1) {
      const out: string[] = [];
      for (let n = u32(); n > 0; n--) {
        assert.equal(wasm[i++], 0x60);
        const params: string[] = [], results: string[] = [];
        for (let k = u32(); k > 0; k--) params.push(wasm[i++]!.toString(16));
        for (let k = u32(); k > 0; k--) results.push(wasm[i++]!.toString(16));
        out.push(`(${params.join(",")})->${results.join(",")}`);
      }
      return out;
    }
    i = end;
  }
  return [];
}

test("the type section has each signature once, and keeps result and parameter apart", () => {
  const src = [
    "export function a(): i32 { return 1; }",
    "export function b(): i32 { return 2; }",
    "export function c(x: i32): void { }",
    "export function d(y: i32): void { }",
    "export function e(x: i64, y: f32): f64 { return 1.0; }",
    "export function f(p: i64, q: f32): f64 { return 2.0; }",
    "export function g(x: f32, y: i64): f64 { return 3.0; }",
    "export function h(x: u8, y: bool): i32 { return 4; }",
    "export function k(x: i32, y: i32): i32 { return 5; }",
    "export function m(x: i32): i32 { return x; }",
    "export function many(a0: i32, a1: i64, a2: f32, a3: f64, a4: i32, a5: i64, a6: f32, a7: f64, a8: i32, a9: i64,",
    "  b0: i32, b1: i64, b2: f32, b3: f64, b4: i32, b5: i64, b6: f32, b7: f64, b8: i32, b9: i64, c0: i32): void { }",
    "export function many2(a0: i32, a1: i64, a2: f32, a3: f64, a4: i32, a5: i64, a6: f32, a7: f64, a8: i32, a9: i64,",
    "  b0: i32, b1: i64, b2: f32, b3: f64, b4: i32, b5: i64, b6: f32, b7: f64, b8: i32, b9: i64, c0: i32): void { }",
    // Long parameter lists, each signature shared by two functions.
    ...["s16a", "s16b"].map((n) => `export function ${n}(${Array.from({ length: 16 }, (_, k) => `p${k}: ${k % 2 ? "f64" : "i64"}`).join(", ")}): f32 { return 1.0; }`),
    ...["s17a", "s17b"].map((n) => `export function ${n}(${Array.from({ length: 17 }, (_, k) => `p${k}: ${k % 2 ? "f64" : "i64"}`).join(", ")}): f32 { return 1.0; }`),
  ].join("\n");
  const r = compileFiles({ "m.ts": src }, "m.ts");
  assert.equal(r.diags.errorCount, 0, r.diags.list.map((d) => d.message).join("\n"));
  const types = functionTypes(r.wasm!);
  // Every signature once (imports such as env.abort add their own).
  assert.equal(new Set(types).size, types.length, types.join(" "));
  for (const sig of ["()->7f", "(7f)->", "(7f)->7f", "(7e,7d)->7c", "(7d,7e)->7c", "(7f,7f)->7f"]) assert.ok(types.includes(sig), `${sig} in ${types.join(" ")}`);
  // The 16-, 17- and 21-parameter lists are each there once for both of their functions.
  for (const n of [16, 17, 21]) assert.equal(types.filter((t) => t.split(",").length === n).length, 1, `${n}: ${types.join(" ")}`);
  assert.ok(WebAssembly.validate(r.wasm!));
});
