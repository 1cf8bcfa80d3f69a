#!/usr/bin/env node
// Builds kiln with esbuild. Default: bundles the CLI (dist/compiler.cjs), the
// launcher that loads it from V8's code cache (dist/kiln.cjs, the bin) and the
// worker entry (dist/worker.js), then fills the code cache with one warm-up
// compile of scripts/warm-up.ts. With --tests: also transpiles src/, test/
// and bench/ file by file into build/ so node:test and the benchmarks run the
// same modules the bundle is made of. Type checking is tsc's job, not this one.
import { build } from "esbuild";
import { chmodSync, mkdtempSync, readdirSync, statSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const common = { platform: "node", target: "node20", format: "esm", logLevel: "warning", absWorkingDir: root };

const bundle = { ...common, bundle: true, outdir: "dist", minifyWhitespace: true, sourcemap: "linked" };
rmSync(join(root, "dist"), { recursive: true, force: true });
// CommonJS, not ES modules: Node starts a CommonJS file sooner, and it can be
// compiled from V8's code cache (ES modules cannot be on Node 20).
await build({
  ...bundle,
  format: "cjs",
  entryPoints: { compiler: "src/driver/cli.ts" },
  outExtension: { ".js": ".cjs" },
  // The compiler finds its worker next to itself. A getter, so that a build
  // on one thread never loads the URL machinery (1 ms of a small build).
  define: { "import.meta.url": "__kiln_meta.url" },
  banner: { js: 'var __kiln_meta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' },
});
// The bin's first two lines are a shell script that hands the file to node
// with --v8-pool-size=0: V8's helper threads (optimizing compiles, GC) then
// number the cores less one instead of node's fixed 4, which on a 2-core
// machine stopped them preempting the main thread (`npm run bench --
// tiering`). Only node's command line can set that, and `env -S` does not
// exist in BusyBox. To JavaScript the second line is a string and a comment.
// npm's Windows shim would look for /bin/sh, so a Windows build starts node
// directly, with its default pool. GLIBC_TUNABLES=glibc.malloc.hugetlb=1 on
// this line, for huge pages under kiln's buffers (a 100k build first-touches
// about 11k pages of 4 KiB, at 1.5-1.8 us each on the bench machine), was
// measured and not kept: touching fresh memory became slower, 8-11 us per
// 4 KiB, and builds were no faster (0.29-0.34 s). Nor were malloc thresholds
// that keep freed memory for reuse (glibc.malloc.trim_threshold=1 GiB, with
// or without mmap_threshold=32 MiB): 330-400 of 12.5k page faults fewer,
// and 286.8 and 290.4 against 289.7 ms (21 alternating 100k builds).
const BIN_HEADER = process.platform === "win32"
  ? "#!/usr/bin/env node"
  : '#!/bin/sh\n":" //; exec node --v8-pool-size=0 "$0" "$@"';
await build({ ...bundle, format: "cjs", entryPoints: { kiln: "src/driver/launch.ts" }, outExtension: { ".js": ".cjs" }, banner: { js: BIN_HEADER } });
await build({ ...bundle, entryPoints: { worker: "src/driver/worker.ts" } });
// The package's bin: `npx kiln` runs it directly, so it must be executable.
const kiln = join(root, "dist", "kiln.cjs");
chmodSync(kiln, 0o755);
// One warm-up compile writes the code cache. Without it kiln only starts slower.
const tmp = mkdtempSync(join(tmpdir(), "kiln-warm-up-"));
const warm = spawnSync(process.execPath, [kiln, "build", join(root, "scripts", "warm-up.ts"), "-o", join(tmp, "warm-up.wasm")], {
  env: { ...process.env, KILN_WRITE_CODE_CACHE: "1" }, encoding: "utf8",
});
rmSync(tmp, { recursive: true, force: true });
if (warm.status !== 0) console.warn(`build: the warm-up compile failed, so kiln has no code cache:\n${warm.stderr}`);

if (process.argv.includes("--tests")) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(join(root, dir))) {
      const rel = join(dir, name);
      // Programs in kiln's language are test inputs, not modules of the test suite.
      if (statSync(join(root, rel)).isDirectory()) { if (rel !== join("test", "e2e", "programs")) walk(rel); }
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) files.push(rel);
    }
  };
  for (const dir of ["src", "test", "bench"]) walk(dir);
  rmSync(join(root, "build"), { recursive: true, force: true });
  await build({ ...common, entryPoints: files, outbase: ".", outdir: "build", sourcemap: "inline" });
}
