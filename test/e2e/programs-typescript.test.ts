// The programs of the corpus (and examples/) are valid TypeScript: tsc checks
// them with test/e2e/programs/tsconfig.json, where level0.d.ts declares
// kiln's numeric types and builtins.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));

test("tsc accepts the e2e programs and the examples", () => {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", join(root, "test", "e2e", "programs")], { encoding: "utf8" });
  assert.equal(r.stdout + r.stderr, "");
  assert.equal(r.status, 0);
});
