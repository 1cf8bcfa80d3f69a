import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const kiln = (...args: string[]) => spawnSync(process.execPath, [`${root}dist/kiln.cjs`, ...args], { encoding: "utf8" });

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

test("kiln parse: a valid file exits 0; --dump prints the tree in source order", () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-parse-"));
  const file = join(dir, "ok.ts");
  writeFileSync(file, "export function add(a: i32, b: i32): i32 {\n  return a + b * 2;\n}\n");
  const r = kiln("parse", file, "--dump");
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, "");
  const lines = r.stdout.trim().split("\n");
  assert.match(lines[0]!, /^SourceFile/);
  assert.match(lines[1]!, /^ {2}FunctionDecl "add" @1:1$/);
  assert.ok(lines.some((l) => /^ {8}Binary "\+" op="\+" @2:10$/.test(l)), r.stdout);
  rmSync(dir, { recursive: true, force: true });
});

test("kiln parse: syntax errors are shown with file:line:col and the span underlined, exit 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-parse-"));
  const file = join(dir, "bad.ts");
  writeFileSync(file, "let a = (1 + 2;\nlet b = 3;\nfunction f( {\n");
  const r = kiln("parse", file);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /error\[K1102\]: expected '\)' to close the parenthesized expression '\(\.\.\.\)', found ';'/);
  assert.match(r.stderr, new RegExp(`--> ${file.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}:1:15`));
  assert.match(r.stderr, /1 \| let a = \(1 \+ 2;\n\s+\|\s{15}\^\n/);
  assert.match(r.stderr, /syntax errors in/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, "no stack trace");
  rmSync(dir, { recursive: true, force: true });
});

test("kiln parse: a missing file or no file is a clear one-line error", () => {
  const missing = kiln("parse", "no/such/file.ts");
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr, "kiln: cannot read 'no/such/file.ts': no such file\n");
  const none = kiln("parse");
  assert.equal(none.status, 2);
  assert.match(none.stderr, /needs a file/);
  const flag = kiln("parse", "x.ts", "--frob");
  assert.equal(flag.status, 2);
  assert.match(flag.stderr, /unknown option '--frob'/);
});

test("a reader that stops early ends kiln quietly: no stack trace, the command's own status", async () => {
  const { spawn } = await import("node:child_process");
  const dir = mkdtempSync(join(tmpdir(), "kiln-epipe-"));
  try {
    // A dump far larger than a pipe's buffer, so kiln is still writing when the reader goes.
    const file = join(dir, "big.ts");
    writeFileSync(file, Array.from({ length: 4000 }, (_, i) => `export function f${i}(x: i32): i32 { return x * ${i} + 1; }`).join("\n") + "\n");
    const child = spawn(process.execPath, [`${root}dist/kiln.cjs`, "parse", file, "--dump"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (s: string) => { stderr += s; });
    child.stdout.once("data", () => child.stdout.destroy()); // like `| head`: read a little, then close
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    assert.equal(status, 0, stderr);
    assert.equal(stderr, "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
