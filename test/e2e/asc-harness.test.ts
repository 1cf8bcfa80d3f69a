// The differential corpus checked against its reference: every program in
// programs/ compiled with asc, every recorded call made, every result
// compared with cases.ts. A failure here means asc's behaviour (or a program)
// changed under the corpus: re-record with record-cases.mjs and read the
// diff. Also checks the helpers themselves: the corpus covers every program
// and export, and env.abort decodes asc's strings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ascCompile } from "./asc.js";
import { CASES } from "./cases.js";
import { AbortError, instantiate } from "./host.js";
import { callExport, meets, show, showCall } from "./run-calls.js";

const programs = fileURLToPath(new URL("../../../test/e2e/programs/", import.meta.url));

/** Entry programs on disk: top-level .ts files except .d.ts and .asc.ts twins, and <dir>/entry.ts. */
function entryPrograms(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(programs).sort()) {
    if (statSync(join(programs, name)).isDirectory()) out.push(`${name}/entry.ts`);
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts") && !name.endsWith(".asc.ts")) out.push(name);
  }
  return out;
}

test("every program has a case and every case a program", () => {
  const onDisk = entryPrograms();
  const cased = CASES.map((c) => c.program);
  assert.deepEqual([...cased].sort(), onDisk);
  assert.equal(new Set(cased).size, cased.length, "one case per program");
  for (const c of CASES) assert.ok(c.calls.length > 0, `${c.program} has calls`);
});

for (const c of CASES) {
  const compiled = c.ascProgram ?? c.program;
  test(`asc: ${c.program}${c.ascProgram ? ` (as ${c.ascProgram})` : ""}`, async () => {
    const exports = instantiate(await ascCompile(join(programs, compiled)));
    const wrong: string[] = [];
    for (const call of c.calls) {
      const outcome = callExport(exports, call);
      if (!meets(call.expect, outcome)) wrong.push(`${showCall(call)}: expected ${show(call.expect)}, asc gives ${show(outcome)}`);
    }
    assert.deepEqual(wrong, [], `${wrong.length} of ${c.calls.length} calls differ`);
    const called = new Set(c.calls.map((call) => call.fn));
    const uncalled = Object.keys(exports).filter((k) => typeof exports[k] === "function" && !k.startsWith("__") && !called.has(k));
    assert.deepEqual(uncalled, [], "every exported function is called");
  });
}

test("env.abort gets the message, file, line and column from asc's memory", async () => {
  const exports = instantiate(await ascCompile(join(programs, "asserts.ts")));
  const abortOf = (fn: string, ...args: number[]): AbortError => {
    try {
      (exports[fn] as (...a: number[]) => unknown)(...args);
    } catch (e) {
      if (e instanceof AbortError) return e;
      throw e;
    }
    assert.fail(`${fn} did not abort`);
  };
  const a = abortOf("checkedDiv", 1, 0);
  assert.deepEqual([a.abortMessage, a.file, a.line, a.column], ["division by zero", "asserts.ts", 7, 3]);
  assert.match(a.message, /division by zero at asserts\.ts:7:3/);
  // abort(message) passes only what it is given: asc fills in no file or position.
  const b = abortOf("positiveOnly", -1);
  assert.deepEqual([b.abortMessage, b.file, b.line, b.column], ["not positive", null, 0, 0]);
  const c = abortOf("noMessage", 100);
  assert.deepEqual([c.abortMessage, c.file, c.line], [null, "asserts.ts", 17]);
  // unreachable() traps without calling the host.
  assert.throws(() => (exports["unreachableAbove"] as (x: number) => number)(11), WebAssembly.RuntimeError);
});

test("the examples' main() gives the result their top comment states", async () => {
  const examples = fileURLToPath(new URL("../../../examples/", import.meta.url));
  for (const name of ["mandelbrot.ts", "hash.ts", "collatz.ts"]) {
    const said = /main\(\) returns (0x[0-9A-Fa-f]+|-?\d+)/.exec(readFileSync(join(examples, name), "utf8"));
    assert.ok(said, `${name} states main()'s result`);
    const main = instantiate(await ascCompile(join(examples, name)))["main"] as () => number;
    assert.equal(main() >>> 0, Number(said[1]) >>> 0, name); // u32 results cross as i32
  }
});

test("ascCompile throws asc's diagnostics for a program that does not compile", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-asc-"));
  try {
    writeFileSync(join(dir, "bad.ts"), "export function f(): i32 {\n  return missing;\n}\n");
    await assert.rejects(ascCompile(join(dir, "bad.ts")), /Cannot find name 'missing'[\s\S]*bad\.ts\(2,10\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
