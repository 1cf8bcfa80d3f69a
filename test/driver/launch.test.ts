// The launcher and its code cache: the build leaves a cache that V8 accepts,
// and a damaged or missing cache changes nothing but speed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { CACHE_FILE, COMPILER_FILE, V8_FLAGS, V8_FLAGS_ENV, v8FlagsFor, v8FlagsOf, wrapCommonJs } from "../../src/driver/code-cache.js";

const dist = fileURLToPath(new URL("../../../dist/", import.meta.url));
const examples = fileURLToPath(new URL("../../../examples/", import.meta.url));

test("the build writes a code cache that V8 accepts for the compiler bundle, under kiln's V8 flags", () => {
  // As the launcher does: the cache fits only the flags it was made under.
  setFlagsFromString(V8_FLAGS);
  const file = join(dist, COMPILER_FILE);
  const script = new Script(wrapCommonJs(readFileSync(file, "utf8")), { filename: file, cachedData: readFileSync(join(dist, CACHE_FILE)) });
  assert.equal(script.cachedDataRejected, false);
});

test("kiln's V8 flags follow V8's version: no --interrupt-budget after V8 11, and none at all for a version not measured", () => {
  const node20 = v8FlagsFor("11.3.244.8-node.38");
  assert.match(node20, /--interrupt-budget=/);
  // V8 12 and later have no --interrupt-budget; setting it there prints an error at every start.
  for (const v of ["12.4.254.21-node.57", "13.6.233.17-node.53"]) assert.doesNotMatch(v8FlagsFor(v), /interrupt-budget/, v);
  assert.match(v8FlagsFor("12.4.254.21-node.57"), /--no-turbo-loop-peeling/);
  // V8 13 builds with Maglev alone: TurboFan's flags would be noise there.
  assert.equal(v8FlagsFor("13.6.233.17-node.53"), "--no-turbofan");
  for (const v of ["10.2.154.26-node.36", "14.1.0", "", "canary"]) assert.equal(v8FlagsFor(v), "", v);
  assert.equal(V8_FLAGS, v8FlagsFor(process.versions.v8));
  assert.equal(v8FlagsOf({}), V8_FLAGS);
  assert.equal(v8FlagsOf({ [V8_FLAGS_ENV]: "--no-sparkplug" }), "--no-sparkplug");
  assert.equal(v8FlagsOf({ [V8_FLAGS_ENV]: "" }), "");
});

test("kiln runs the same with a corrupt, an empty or no code cache", () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-launch-"));
  try {
    for (const f of ["kiln.cjs", COMPILER_FILE, "worker.js"]) copyFileSync(join(dist, f), join(dir, f));
    const cache = join(dir, CACHE_FILE);
    const caches: [string, Buffer | undefined][] = [
      ["corrupt", Buffer.from("not a V8 code cache at all".repeat(100))],
      ["empty", Buffer.alloc(0)],
      ["missing", undefined],
    ];
    for (const [what, bytes] of caches) {
      rmSync(cache, { force: true });
      if (bytes) writeFileSync(cache, bytes);
      const r = spawnSync(process.execPath, [join(dir, "kiln.cjs"), "run", join(examples, "primes.ts")], { encoding: "utf8" });
      assert.equal(r.stderr, "", `${what} cache`);
      assert.equal(r.status, 0, `${what} cache`);
      assert.equal(r.stdout.trim(), "1229", `${what} cache`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the bin, run as a program, hands itself to node with --v8-pool-size=0 and kiln's arguments as given", { skip: process.platform === "win32" && "a Windows build's bin starts node directly" }, () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-bin-"));
  try {
    // A `node` first on PATH that records its arguments, one a line, then runs the real node.
    const log = join(dir, "args");
    writeFileSync(join(dir, "node"), `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\nexec '${process.execPath}' "$@"\n`, { mode: 0o755 });
    // A path the shell would split and expand if the bin let it.
    mkdirSync(join(dir, "two words"));
    const entry = join(dir, "two words", "$HOME * primes.ts");
    copyFileSync(join(examples, "primes.ts"), entry);
    const bin = join(dist, "kiln.cjs");
    const path = `${dir}${delimiter}${process.env["PATH"] ?? ""}`;
    const r = spawnSync(bin, ["run", entry], { encoding: "utf8", env: { ...process.env, PATH: path } });
    assert.equal(r.stderr, "");
    assert.equal(r.stdout.trim(), "1229");
    assert.equal(r.status, 0);
    assert.deepEqual(readFileSync(log, "utf8").split("\n").slice(0, -1), ["--v8-pool-size=0", bin, "run", entry]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
