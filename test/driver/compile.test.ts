// The guard between checking and linking: code the emitter had to turn into
// a trap because the checker let an error through is a bug in kiln, and the
// link refuses it instead of writing a module that traps where the source
// has no trap. The emitter half runs on a body whose error the checker did
// report, the one way to reach those paths without a checker bug.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { StringId } from "../../src/base/ids.js";
import { CheckDb } from "../../src/check/db.js";
import { compileUnlinked, linkProgram } from "../../src/driver/compile.js";
import { runtimeFunctions } from "../../src/driver/module-output.js";
import { FunctionEmitter } from "../../src/emit/emit-function.js";
import type { LoadedProgram } from "../../src/program/load.js";
import { exportedSymbol } from "../../src/program/resolve.js";
import { memoryHost, ROOT } from "../check/helpers.js";

function load(text: string): ReturnType<typeof compileUnlinked> {
  return compileUnlinked(`${ROOT}/main.ts`, memoryHost({ "main.ts": text }), true);
}

test("the emitter counts each construct the checker should have rejected", () => {
  const { loaded, diags } = load("export function main(): i32 {\n  let a: i32 = y + 1;\n  z = a;\n  return nope(a);\n}\n");
  assert.equal(diags.errorCount, 3, "cannot find 'y', 'z' or 'nope'");
  const p = loaded as LoadedProgram;
  const db = new CheckDb(p);
  const sym = exportedSymbol(p, p.modules[p.entry]!, p.pool.intern("main") as StringId);
  const facts = db.bodyOf(sym);
  const where = { file: p.pool.intern("main.ts") as StringId, lineCol: () => ({ line: 1, column: 1 }) };
  const e = new FunctionEmitter(db, facts, where, runtimeFunctions(p));
  e.emitBody(facts.node - 1, db.sig(sym).params);
  assert.equal(e.unchecked, 3, "the unknown name, the unknown variable written and the unknown callee");
  facts.release();
});

test("a clean body has nothing unchecked, and the link refuses output that has", () => {
  const { loaded, diags, out } = load("export function main(): i32 {\n  let a: i32 = 2;\n  return a * 21;\n}\n");
  assert.equal(diags.errorCount, 0);
  const p = loaded as LoadedProgram;
  assert.equal(out.unchecked.length, 0);
  const wasm = linkProgram(p, out);
  assert.ok(WebAssembly.validate(wasm));
  const sym = exportedSymbol(p, p.modules[p.entry]!, p.pool.intern("main") as StringId);
  out.unchecked.push(sym);
  assert.throws(() => linkProgram(p, out), /the checker passed code that cannot be compiled \(in \/kiln-test\/main\/main\); this is a bug in kiln/);
});
