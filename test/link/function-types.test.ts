// The linker's type section: one entry per distinct wasm signature, however
// many functions share it, and signatures that differ only in where a value
// type sits (result or parameter) stay apart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compile } from "../../src/driver/compile.js";
import type { FileHost } from "../../src/program/load.js";

function memoryHost(files: Record<string, string>): FileHost {
  return { read: (path) => (path in files ? new TextEncoder().encode(files[path]) : undefined) };
}

function u32(b: Uint8Array, at: { i: number }): number {
  let x = 0, shift = 0;
  for (;;) {
    const byte = b[at.i++]!;
    x += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return x;
    shift += 7;
  }
}

/** The type section's signatures, as "(params)->results" with wasm's value type bytes in hex. */
function functionTypes(wasm: Uint8Array): string[] {
  const at = { i: 8 };
  while (at.i < wasm.length) {
    const id = wasm[at.i++]!, size = u32(wasm, at), end = at.i + size;
    if (id === 1) {
      const out: string[] = [];
      for (let n = u32(wasm, at); n > 0; n--) {
        assert.equal(wasm[at.i++], 0x60);
        const params: string[] = [], results: string[] = [];
        for (let k = u32(wasm, at); k > 0; k--) params.push(wasm[at.i++]!.toString(16));
        for (let k = u32(wasm, at); k > 0; k--) results.push(wasm[at.i++]!.toString(16));
        out.push(`(${params.join(",")})->${results.join(",")}`);
      }
      return out;
    }
    at.i = end;
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
    "export function many(a0: i32, a1: i64, a2: f32, a3: f64, a4: i32, a5: i64, a6: f32, a7: f64, a8: i32, a9: i64,",
    "  b0: i32, b1: i64, b2: f32, b3: f64, b4: i32, b5: i64, b6: f32, b7: f64, b8: i32, b9: i64, c0: i32): void { }",
    "export function many2(a0: i32, a1: i64, a2: f32, a3: f64, a4: i32, a5: i64, a6: f32, a7: f64, a8: i32, a9: i64,",
    "  b0: i32, b1: i64, b2: f32, b3: f64, b4: i32, b5: i64, b6: f32, b7: f64, b8: i32, b9: i64, c0: i32): void { }",
  ].join("\n");
  const r = compile("/m.ts", memoryHost({ "/m.ts": src }), true);
  assert.equal(r.diags.errorCount, 0, r.diags.list.map((d) => d.message).join("\n"));
  const types = functionTypes(r.wasm!);
  // Every signature once (imports such as env.abort add their own).
  assert.equal(new Set(types).size, types.length, types.join(" "));
  for (const sig of ["()->7f", "(7f)->", "(7e,7d)->7c", "(7d,7e)->7c", "(7f,7f)->7f"]) assert.ok(types.includes(sig), `${sig} in ${types.join(" ")}`);
  // The 21-parameter list (past the numeric key) is there once for both functions.
  assert.equal(types.filter((t) => t.split(",").length === 21).length, 1, types.join(" "));
  assert.ok(WebAssembly.validate(r.wasm!));
});
