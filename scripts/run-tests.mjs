#!/usr/bin/env node
// Runs every build/test/**/*.test.js with node:test. Node 20's --test cannot
// glob, and given a folder it would also run the helper modules that tests
// load (workers, fixtures) as if they were tests.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".test.js")) files.push(p);
  }
};
walk("build/test");
const r = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...process.argv.slice(2), ...files], { stdio: "inherit" });
process.exit(r.status ?? 1);
