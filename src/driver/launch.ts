// The `kiln` executable (bundled as dist/kiln.cjs): loads the bundled
// compiler, dist/compiler.cjs, through V8's code cache, dist/compiler.cache,
// so that a run starts without parsing and compiling kiln's own JavaScript
// again (about a tenth of a small build). The build writes the cache once,
// after a warm-up compile (KILN_WRITE_CODE_CACHE); at any other time a
// missing, stale or foreign cache only costs speed, never correctness, and
// this file never writes into dist/ on its own. It also sets kiln's V8
// flags, first: the cache is only accepted under the flags it was made with.
// Node's own options cannot be set from here; the build puts a shell line
// before this file that passes them (scripts/build.mjs).
//
// A startup snapshot (node --build-snapshot, then --snapshot-blob) was
// measured instead of the cache and not kept: with the compiler defined in
// it, 100k builds took 0.31-0.32 s against 0.29-0.31 s; and V8 keeps no type
// feedback or optimized code in a snapshot (a loop warmed up before the
// snapshot ran no faster after it), so a warm-up inside it cannot help,
// while Node builds the snapshot without SharedArrayBuffer and Atomics,
// which the intern pool uses. From start to this file's first line is node
// (20-24 ms); from there to main() about 8 ms (node:v8 and the two reads
// 2.7, the cache's Script 1.9, the compiler's module code 2.9). node:v8
// alone loads 31 of node's modules (its heap-snapshot stream needs node's
// streams): a 100k build with the flags on node's command line instead ran
// 1.6 ms faster (300.0 against 301.6 ms, 21 alternating builds), but that
// line cannot pick flags by V8 version, and Node 22 and 24 refuse
// --interrupt-budget there ("bad option") where V8 11 needs it.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { CACHE_FILE, COMPILER_FILE, v8FlagsOf, wrapCommonJs } from "./code-cache.js";

// Process-wide: worker threads run under them too.
setFlagsFromString(v8FlagsOf(process.env));

const compilerFile = join(__dirname, COMPILER_FILE);
const cacheFile = join(__dirname, CACHE_FILE);

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined; // no cache: compile from source
}

const script = new Script(wrapCommonJs(readFileSync(compilerFile, "utf8")), { filename: compilerFile, cachedData });
const run = script.runInThisContext() as (e: unknown, r: unknown, m: unknown, f: string, d: string) => void;

if (process.env["KILN_WRITE_CODE_CACHE"]) {
  // Written at exit, so the cache holds the bytecode of every function the warm-up ran.
  process.on("exit", () => {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  });
}
const compilerModule = { exports: {} };
run(compilerModule.exports, require, compilerModule, compilerFile, __dirname);
