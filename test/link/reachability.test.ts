// The linker keeps the functions the exports and the start code reach,
// through calls and through one another, and nothing else; their order is
// the order of their keys (module, then declaration, then each module's
// top-level code), whatever order the calls reach them in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { leb, readU32 } from "../../src/wasm/byte-writer.js";
import { compileFiles } from "../check/helpers.js";

/** The function names of the `name` section, by function index. */
function functionNames(wasm: Uint8Array): string[] {
  let i = 8;
  const u32 = (): number => { const x = readU32(wasm, i); i = leb.next; return x; };
  const text = (): string => { const n = u32(); const s = new TextDecoder().decode(wasm.subarray(i, i + n)); i += n; return s; };
  while (i < wasm.length) {
    const id = wasm[i++]!, size = u32(), end = i + size;
    if (id === 0 && text() === "name") {
      while (i < end) {
        const sub = wasm[i++]!, subSize = u32(), subEnd = i + subSize;
        if (sub === 1) {
          const names: string[] = [];
          for (let n = u32(); n > 0; n--) { u32(); names.push(text()); }
          return names;
        }
        i = subEnd;
      }
    }
    i = end;
  }
  return [];
}

test("only the functions the exports and the start code reach are linked, in key order", () => {
  const files = {
    "main.ts": [
      'import { shared, fromStart } from "./lib";',
      "function unused(): i32 { return helper(); }",
      "function helper(): i32 { return 2; }",
      "function late(): i32 { return shared() + helper(); }",
      "export function main(): i32 { return late(); }",
      "let g: i32 = fromStart();",
    ].join("\n"),
    "lib.ts": [
      "export function fromStart(): i32 { return 1; }",
      "export function shared(): i32 { return viaShared(); }",
      "function viaShared(): i32 { return 3; }",
      "export function neverCalled(): i32 { return 4; }",
    ].join("\n"),
  };
  const r = compileFiles(files);
  assert.equal(r.diags.errorCount, 0, r.diags.list.map((d) => d.message).join("\n"));
  // Names are the module's path without '.ts', then the function's name; the runtime library's start with ~lib/.
  const defined = functionNames(r.wasm!).filter((n) => !n.startsWith("~lib/")).map((n) => n.replace(/^.*kiln-test\//, ""));
  assert.deepEqual(defined, ["main/helper", "main/late", "main/main", "lib/fromStart", "lib/shared", "lib/viaShared", "main/~start", "~start"]);
  assert.ok(WebAssembly.validate(r.wasm!));
});
