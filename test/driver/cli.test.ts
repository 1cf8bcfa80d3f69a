import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const kiln = (...args: string[]) => spawnSync(process.execPath, [`${root}dist/kiln.js`, ...args], { encoding: "utf8" });

test("--version prints the package version", () => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string };
  for (const flag of ["--version", "-v"]) {
    const r = kiln(flag);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `kiln ${pkg.version}\n`);
  }
});

test("--help lists the commands and exits 0", () => {
  for (const flag of ["--help", "-h", "help"]) {
    const r = kiln(flag);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /usage: kiln <command>/);
  }
});

test("unknown commands and flags give one line on stderr and exit 2", () => {
  for (const [args, msg] of [[["frobnicate"], /unknown command 'frobnicate'/], [["--frob"], /unknown option '--frob'/]] as const) {
    const r = kiln(...args);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, msg);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, "no stack trace");
  }
});
