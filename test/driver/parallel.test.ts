// `kiln build -j N`: workers give byte-identical output to -j 1, report the
// same errors in the same order, name the module a failing worker was on and
// exit 1 without leaving a file behind, and write a trace when asked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const gen = resolve(process.env["KILN_SHARED_BENCH"] ?? join(root, "../shared/bench"), "gen.mjs");
const kiln = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [`${root}dist/kiln.cjs`, ...args], { encoding: "utf8", cwd: root, env: { ...process.env, ...env } });

function withDir(body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "kiln-parallel-"));
  try { body(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}

/**
 * A program of `n` modules in a chain of imports (with a cycle back to the
 * entry's neighbour), each with globals, top-level code, strings (assert
 * messages), inferred results and calls into the next module.
 */
function writeProgram(dir: string, n: number, broken: readonly number[] = []): void {
  let seed = 12345;
  const rnd = (k: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % k; };
  for (let i = 0; i < n; i++) {
    const next = (i + 1) % n;
    const lines = [
      `import { f${next}, inc${next} } from "./m${next}";`,
      `let hits${i}: i32 = ${rnd(100)};`,
      `const K${i}: i64 = ${rnd(1 << 30)};`,
      `hits${i} += ${rnd(7)};`,
      `export function inc${i}(): void { hits${i}++; }`,
      `function mix${i}(a: i32, b: u8 = ${rnd(200)}): i32 {`,
      `  assert(a != ${rnd(1000) + 100000}, "module ${i} rejects ${rnd(9)}");`,
      `  let x = a ^ <i32>b;`,
      `  for (let k = 0; k < ${rnd(5) + 1}; k++) x = (x << ${rnd(5) + 1}) + <i32>(K${i} % ${rnd(90) + 10});`,
      `  return x;`,
      `}`,
      `export function g${i}(a: i32) { return mix${i}(a) * ${rnd(50) + 1} + hits${i}; }`,
      `export function f${i}(a: i32, depth: i32): i32 {`,
      `  if (depth <= 0) return g${i}(a);`,
      `  inc${next}();`,
      `  return f${next}(a + ${rnd(10)}, depth - 1) ^ g${i}(a);`,
      `}`,
    ];
    // A broken body with an inferred result, called from the module before it: whichever
    // worker checks the caller checks this body too, so its error can be found twice.
    if (broken.includes(i)) lines.push(`export function bad${i}() { return undefinedName${i} + 1.5; }`);
    if (broken.includes(next)) lines.push(`import { bad${next} } from "./m${next}";`, `export function useBad${i}(): f64 { return bad${next}(); }`);
    writeFileSync(join(dir, `m${i}.ts`), lines.join("\n") + "\n");
  }
  writeFileSync(join(dir, "entry.ts"), `import { f0 } from "./m0";\nexport function main(): i32 { return f0(3, ${n * 2}); }\n`);
}

test("-j 1, 2, 4 and 8 build byte-identical wasm, run after run", { timeout: 120_000 }, () => {
  withDir((dir) => {
    writeProgram(dir, 24);
    const builds: Buffer[] = [];
    for (const j of ["1", "2", "4", "8", "2"]) {
      const out = join(dir, `out-${builds.length}.wasm`);
      const r = kiln(["build", join(dir, "entry.ts"), "-o", out, "-j", j]);
      assert.equal(r.status, 0, r.stderr);
      builds.push(readFileSync(out));
    }
    assert.ok(WebAssembly.validate(builds[0]!));
    for (const b of builds.slice(1)) assert.ok(b.equals(builds[0]!), "a -j build differs from -j 1's");
    const r = kiln(["run", join(dir, "entry.ts"), "-j", "2"]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, kiln(["run", join(dir, "entry.ts"), "-j", "1"]).stdout);
  });
});

test("the gen.mjs level-0 corpus builds byte-identical with -j 1 and -j 3", { timeout: 120_000, skip: existsSync(gen) ? false : `corpus generator not found at ${gen}` }, () => {
  withDir((dir) => {
    execFileSync(process.execPath, [gen, join(dir, "src"), "5000", "--level=0"], { stdio: "ignore" });
    const outs = ["1", "3"].map((j) => {
      const out = join(dir, `j${j}.wasm`);
      const r = kiln(["build", join(dir, "src", "entry.ts"), "-o", out, "-j", j]);
      assert.equal(r.status, 0, r.stderr);
      return readFileSync(out);
    });
    assert.ok(outs[1]!.equals(outs[0]!));
  });
});

test("errors found on different workers are reported once each, in the same order as -j 1", { timeout: 60_000 }, () => {
  withDir((dir) => {
    writeProgram(dir, 12, [2, 5, 9]);
    const runs = ["1", "2", "4"].map((j) => kiln(["check", join(dir, "entry.ts"), "-j", j]));
    for (const r of runs) assert.equal(r.status, 1);
    const first = runs[0]!.stderr;
    assert.match(first, /cannot find name 'undefinedName2'\n +--> [^\n]*m2\.ts:18:\d+/);
    assert.ok(first.indexOf("m2.ts") < first.indexOf("m5.ts") && first.indexOf("m5.ts") < first.indexOf("m9.ts"), first);
    assert.match(first, /\n3 errors\n$/);
    for (const r of runs.slice(1)) assert.equal(r.stderr, first);
  });
});

test("a worker that throws or dies names its module, exits 1 and leaves no output file", { timeout: 60_000 }, () => {
  withDir((dir) => {
    writeProgram(dir, 8);
    const faults = [["throw:parse:m3.ts", "parsing"], ["exit:parse:m3.ts", "parsing"], ["throw:compile:m6.ts", "compiling"], ["exit:compile:m1.ts", "compiling"]];
    for (const [fault, verb] of faults as [string, string][]) {
      const out = join(dir, "out.wasm");
      const r = kiln(["build", join(dir, "entry.ts"), "-o", out, "-j", "2"], { KILN_FAULT: fault });
      assert.equal(r.status, 1, `${fault}: ${r.stderr}`);
      const mod = fault.slice(fault.lastIndexOf(":") + 1).replace(".", "\\.");
      // A compile batch may hold several modules; the message names them all.
      assert.match(r.stderr, new RegExp(`^kiln: a worker failed while ${verb} (one of )?[^\\n]*'[^']*${mod}'`), fault);
      assert.match(r.stderr, fault.startsWith("exit") ? /worker exited \(code 3\)/ : /injected fault/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
      assert.equal(existsSync(out), false);
      assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith(".tmp")), []);
    }
  });
});

test("-j takes a number of threads; anything else is a usage error (exit 2)", () => {
  for (const bad of [["-j", "0"], ["-j", "many"], ["-j"], ["--jobs", "-3"]]) {
    const r = kiln(["build", "examples/primes.ts", ...bad]);
    assert.equal(r.status, 2, bad.join(" "));
    assert.match(r.stderr, /^kiln: '(-j|--jobs)' (takes|needs) /);
  }
});

test("--trace writes a Chrome trace with a track per thread and a span per stage and module", { timeout: 60_000 }, () => {
  withDir((dir) => {
    writeProgram(dir, 6);
    const trace = join(dir, "trace.json");
    const r = kiln(["build", join(dir, "entry.ts"), "-o", join(dir, "o.wasm"), "-j", "2", "--trace", trace]);
    assert.equal(r.status, 0, r.stderr);
    const events = (JSON.parse(readFileSync(trace, "utf8")) as { traceEvents: { name: string; ph: string; cat?: string; tid: number; dur?: number; args?: { name: string } }[] }).traceEvents;
    const tracks = events.filter((e) => e.ph === "M").map((e) => e.args!.name).sort();
    assert.deepEqual(tracks, ["main", "worker 1", "worker 2"]);
    const spans = events.filter((e) => e.ph === "X");
    for (const cat of ["load", "parse", "declare", "compile", "link"]) assert.ok(spans.some((s) => s.cat === cat), cat);
    for (let i = 0; i < 6; i++) {
      assert.ok(spans.some((s) => s.cat === "parse" && s.name.endsWith(`m${i}.ts`)), `parse m${i}`);
      assert.ok(spans.some((s) => s.cat === "compile" && s.name.endsWith(`m${i}.ts`)), `compile m${i}`);
    }
    const workerTids = new Set(spans.filter((s) => s.cat === "parse").map((s) => s.tid));
    assert.ok(!workerTids.has(0), "workers parse, not the main thread");
  });
});

test("runtime functions are compiled only when called, and alike with -j 1 and -j 2", { timeout: 60_000 }, () => {
  withDir((dir) => {
    // f32 % reaches fmod64 only through fmod32; i32 ** reaches upow32 through ipow32.
    writeFileSync(join(dir, "uses.ts"), [
      "function f(x: f32, y: f64, p: i64, s: i32): i32 {",
      "  return <i32>(x % <f32>2) * 1000 + <i32>(y % 2.0 * 100.0) + s ** 5 + <i32>(p ** 4);",
      "}",
      "export function main(): i32 { return f(7.5, -7.25, 3, 2); }",
    ].join("\n"));
    writeFileSync(join(dir, "plain.ts"), "export function main(): i32 { let x: i32 = 6; return x * 7; }\n");
    for (const [file, result, called] of [["uses.ts", "988", ["ipow32", "upow32", "ipow64", "upow64", "fmod32", "fmod64"]], ["plain.ts", "42", []]] as const) {
      const builds = ["1", "2"].map((j) => {
        const out = join(dir, `${file}-${j}.wasm`), trace = join(dir, `${file}-${j}.json`);
        const r = kiln(["build", join(dir, file), "-o", out, "-j", j, "--trace", trace]);
        assert.equal(r.status, 0, r.stderr);
        // The runtime library is never compiled as a whole module.
        assert.doesNotMatch(readFileSync(trace, "utf8"), /"compile ~lib\/runtime\.ts"/);
        return readFileSync(out);
      });
      assert.ok(builds[1]!.equals(builds[0]!), `${file}: -j 2 differs from -j 1`);
      // Function names appear only in the name section.
      const text = builds[0]!.toString("latin1");
      for (const fn of ["ipow32", "upow32", "ipow64", "upow64", "fmod32", "fmod64"]) {
        assert.equal(text.includes(`runtime/${fn}`), (called as readonly string[]).includes(fn), `${file}: ${fn}`);
      }
      assert.equal(kiln(["run", join(dir, file)]).stdout.trim(), result);
    }
  });
});
