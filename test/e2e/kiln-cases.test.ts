// Differential and end-to-end: every program of test/e2e/programs compiled by
// kiln, validated, and run on the recorded calls, whose expected results are
// AssemblyScript's (cases.ts; asc-harness.test.ts re-checks them against asc
// in the same test run). Overflow, shifts, float -> int conversions, float
// `%`, small integer types and traps are all in there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { compile, diskHost } from "../../src/driver/compile.js";
import { CASES } from "./cases.js";
import { AbortError } from "./host.js";
import { callExport, meets, show } from "./run-calls.js";

const programs = fileURLToPath(new URL("../../../test/e2e/programs/", import.meta.url));

/** kiln's host imports: env.abort (a trap for the cases), Math.pow; host functions of the programs return 0. */
const HOST: Record<string, Record<string, WebAssembly.ImportValue>> = {
  env: { abort: (_m: number, _f: number, line: number, col: number) => { throw new AbortError(null, null, line, col); } },
  Math: { pow: Math.pow },
};

/**
 * Calls where kiln deliberately differs from asc, with kiln's result and why.
 * asc applies an exported function's default values whenever the JavaScript
 * caller has not announced the argument count through its loader's
 * __setArgumentsLength; kiln uses the arguments JavaScript passes.
 */
const KNOWN_DIFFERENCES: Record<string, { kiln: number; why: string }> = {
  "defaults.ts withDefault(1, 2)": { kiln: 12, why: "arguments passed from JavaScript are used as given" },
};

for (const c of CASES) {
  test(`kiln: ${c.program}`, () => {
    const r = compile(programs + c.program, diskHost, true);
    const errors = r.diags.list.map((d) => `K${d.code}: ${d.message}`);
    assert.deepEqual(errors, [], "compiles without errors");
    const wasm = r.wasm!;
    assert.ok(WebAssembly.validate(wasm), "the module validates");
    const module = new WebAssembly.Module(wasm);
    const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
    for (const im of WebAssembly.Module.imports(module)) {
      imports[im.module] ??= {};
      imports[im.module]![im.name] = HOST[im.module]?.[im.name] ?? (() => 0);
    }
    const exports = new WebAssembly.Instance(module, imports).exports;
    const wrong: string[] = [];
    for (const call of c.calls) {
      const got = callExport(exports, call);
      const known = KNOWN_DIFFERENCES[`${c.program} ${call.fn}(${call.args.map(String).join(", ")})`];
      if (known !== undefined) { if (got !== known.kiln) wrong.push(`${call.fn}: expected kiln's ${known.kiln} (${known.why}), got ${show(got)}`); continue; }
      if (!meets(call.expect, got)) wrong.push(`${call.fn}(${call.args.map(String).join(", ")}) = ${show(got)}, asc gives ${show(call.expect)}`);
    }
    assert.deepEqual(wrong, [], `${wrong.length} of ${c.calls.length} calls differ from asc`);
  });
}
