// Differential on code nobody here wrote: the level-0 corpus of
// ../shared/bench/gen.mjs (10k lines, 41 modules) compiled by asc and by kiln;
// both modules must give the same main(), and kiln's must validate.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, diskHost } from "../../src/driver/compile.js";
import { ascCompile } from "./asc.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const gen = resolve(process.env["KILN_SHARED_BENCH"] ?? join(root, "../shared/bench"), "gen.mjs");

function runMain(wasm: Uint8Array): unknown {
  const module = new WebAssembly.Module(wasm);
  const imports: Record<string, Record<string, WebAssembly.ImportValue>> = { env: { abort: () => { throw new Error("abort"); } }, Math: { pow: Math.pow } };
  for (const im of WebAssembly.Module.imports(module)) { imports[im.module] ??= {}; imports[im.module]![im.name] ??= () => 0; }
  return (new WebAssembly.Instance(module, imports).exports["main"] as () => unknown)();
}

for (const seed of ["12345", "777"]) {
  test(`gen.mjs level-0 corpus (10k lines, seed ${seed}): kiln's main() equals asc's`, { skip: existsSync(gen) ? false : `corpus generator not found at ${gen}` }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiln-l0-"));
    try {
      execFileSync(process.execPath, [gen, dir, "10000", "41", seed, "--level=0"], { stdio: "ignore" });
      const k = compile(join(dir, "entry.ts"), diskHost, true);
      assert.deepEqual(k.diags.list.map((d) => d.message), []);
      assert.ok(WebAssembly.validate(k.wasm!));
      const a = await ascCompile(join(dir, "entry.ts"));
      assert.equal(runMain(k.wasm!), runMain(a));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
