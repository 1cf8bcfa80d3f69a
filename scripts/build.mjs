#!/usr/bin/env node
// Builds kiln with esbuild. Default: bundles the CLI and its worker entry into
// dist/ (two files that start fast). With --tests: also transpiles src/, test/
// and bench/ file by file into build/ so node:test and the benchmarks run the
// same modules the bundle is made of. Type checking is tsc's job, not this one.
import { build } from "esbuild";
import { chmodSync, readdirSync, statSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const common = { platform: "node", target: "node20", format: "esm", logLevel: "warning", absWorkingDir: root };

await build({
  ...common,
  entryPoints: { kiln: "src/driver/cli.ts", worker: "src/driver/worker.ts" },
  bundle: true,
  outdir: "dist",
  banner: { js: "#!/usr/bin/env node" },
  minifyWhitespace: true,
  sourcemap: "linked",
});
// The package's bin: `npx kiln` runs it directly, so it must be executable.
chmodSync(join(root, "dist", "kiln.js"), 0o755);

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
