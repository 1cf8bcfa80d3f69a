// `kiln build`, `kiln check` and `kiln run` as a user meets them: exit codes
// (0 ok, 1 compile errors or a trap, 2 bad usage), diagnostics with their
// location and underline, output files, traps and aborts with kiln's names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const kiln = (...args: string[]) => spawnSync(process.execPath, [`${root}dist/kiln.cjs`, ...args], { encoding: "utf8", cwd: root });

function withDir(files: Record<string, string>, body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "kiln-cli-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("kiln run prints what each example's header says main() returns", () => {
  const expected: Record<string, string> = { "primes.ts": "1229", "collatz.ts": "77031", "mandelbrot.ts": "1407378086", "hash.ts": "-815351653" };
  for (const f of readdirSync(join(root, "examples")).filter((x) => x.endsWith(".ts"))) {
    const r = kiln("run", `examples/${f}`);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${expected[f]}\n`, f);
  }
});

test("kiln build writes a valid module with kiln's names, atomically, and exit 0", () => {
  withDir({ "main.ts": `import { sq } from "./util";\nexport function main(): i32 { return sq(7); }\n`, "util.ts": "export function sq(x: i32): i32 { return x * x; }\n" }, (dir) => {
    const out = join(dir, "out.wasm");
    const r = kiln("build", join(dir, "main.ts"), "-o", out);
    assert.equal(r.status, 0, r.stderr);
    const wasm = readFileSync(out);
    assert.ok(WebAssembly.validate(wasm));
    assert.ok(wasm.includes(Buffer.from("util/sq")), "the name section names functions by module and name");
    assert.deepEqual(readdirSync(dir).sort(), ["main.ts", "out.wasm", "util.ts"], "no temporary file is left");
    const x = new WebAssembly.Instance(new WebAssembly.Module(wasm), { env: { abort: () => 0 }, Math: { pow: Math.pow } }).exports as Record<string, () => number>;
    assert.equal(x["main"]!(), 49);
  });
});

test("kiln check reports every error with code, location and underline, exits 1, and writes nothing", () => {
  withDir({ "main.ts": "export function main(): i32 {\n  let a: i32 = 1.5;\n  return b;\n}\n" }, (dir) => {
    const r = kiln("check", join(dir, "main.ts"));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /error\[K2102\]: .*float literal where i32 is expected/);
    assert.match(r.stderr, /main\.ts:2:16/);
    assert.match(r.stderr, /error\[K2005\]: cannot find name 'b'\n.*main\.ts:3:10\n.*\n3 \|   return b;\n.*\^/);
    assert.match(r.stderr, /2 errors\n$/);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, "no stack trace");
    assert.equal(existsSync(join(dir, "main.wasm")), false);
  });
});

test("a missing entry or a bad flag is one line: exit 1 for the file, 2 for usage", () => {
  const missing = kiln("build", "no/such/file.ts");
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^kiln: cannot read 'no\/such\/file\.ts'/);
  for (const args of [["build"], ["run", "a.ts", "--frob"], ["check", "a.ts", "b.ts"], ["build", "a.ts", "-o"]]) {
    const r = kiln(...args);
    assert.equal(r.status, 2, args.join(" "));
    assert.equal(r.stderr.trim().split("\n").length, 1);
  }
});

test("a file kiln cannot read or write is one line saying why, exit 1", () => {
  withDir({ "main.ts": "export function main(): i32 { return 7; }\n" }, (dir) => {
    const folder = kiln("build", dir);
    assert.equal(folder.status, 1);
    assert.equal(folder.stderr, `kiln: cannot read '${dir}': it is a directory\n`);
    assert.equal(kiln("build", dir, "-j", "2").stderr, folder.stderr, "the same words on workers");
    const nowhere = join(dir, "no-such-dir", "out.wasm");
    const out = kiln("build", join(dir, "main.ts"), "-o", nowhere);
    assert.equal(out.status, 1);
    assert.equal(out.stderr, `kiln: cannot write '${nowhere}': no such directory '${join(dir, "no-such-dir")}'\n`);
    const onDir = kiln("build", join(dir, "main.ts"), "-o", dir);
    assert.equal(onDir.status, 1);
    assert.equal(onDir.stderr, `kiln: cannot write '${dir}': it is a directory\n`);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith(".tmp")), [], "no temporary file left");
    // The build itself is done, but the trace asked for is lost: that fails the command too.
    const trace = join(dir, "no-such-dir", "t.json");
    const traced = kiln("build", join(dir, "main.ts"), "--trace", trace);
    assert.equal(traced.status, 1);
    assert.equal(traced.stderr, `kiln: cannot write the trace '${trace}': no such directory '${join(dir, "no-such-dir")}'\n`);
    assert.ok(existsSync(join(dir, "main.wasm")));
  });
});

test("kiln run passes main its constant default values, and names the parameters that have none", () => {
  withDir({
    "main.ts": "export function main(a: i64 = 40, b: f32 = 1.5, c: i8 = 2): i64 { return a + <i64>b + <i64>c; }\n",
    "needs.ts": "export function main(n: i32, step: i32 = 1, k: i32 = n + 1): i32 { return n * step + k; }\n",
  }, (dir) => {
    for (const j of ["1", "2"]) {
      const r = kiln("run", join(dir, "main.ts"), "-j", j);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, "43\n");
    }
    // 'k' has a default, but not a constant one: it is computed from 'n'.
    const needs = kiln("run", join(dir, "needs.ts"));
    assert.equal(needs.status, 2);
    assert.equal(needs.stdout, "");
    assert.equal(needs.stderr, "kiln run: main takes arguments and kiln run calls it with none: give 'n', 'k' a constant default value, or call main from JavaScript\n");
  });
});

test("kiln run: a trap names the kiln function, an abort prints its message and location", () => {
  withDir({ "main.ts": "function divide(a: i32, b: i32): i32 { return a / b; }\nexport function main(): i32 { return divide(1, 0); }\n" }, (dir) => {
    const r = kiln("run", join(dir, "main.ts"));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /trap in .*divide by zero[\s\S]*main\/divide/);
  });
  withDir({ "main.ts": "export function main(): i32 {\n  assert(1 > 2, \"one is not more than two\");\n  return 0;\n}\n" }, (dir) => {
    const r = kiln("run", join(dir, "main.ts"));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /abort: one is not more than two at .*main\.ts:2:3/);
  });
});
