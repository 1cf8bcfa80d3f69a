// Real code nobody here wrote parses with zero errors and round-trips through
// the printer: every .ts file of AssemblyScript's standard library, and every
// file of a corpus made by ../shared/bench/gen.mjs (100k lines).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InternPool } from "../../src/base/intern-pool.js";
import { SpanTable } from "../../src/base/span.js";
import { Diagnostics } from "../../src/diagnostics/diagnostics.js";
import { parseFile } from "../../src/parse/parse-file.js";
import { printTree } from "../../src/parse/printer.js";
import { treeDifference } from "../../src/parse/tree-equal.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith(".ts")) out.push(p);
  }
  return out;
}

/** Parses, prints, reparses every file; returns the problems found. */
function roundTrip(files: string[]): string[] {
  const pool = InternPool.create(), spans = SpanTable.create();
  const problems: string[] = [];
  for (const f of files) {
    const diags = new Diagnostics();
    const a = parseFile(readFileSync(f), 0, pool, spans, diags);
    if (diags.errorCount > 0) { problems.push(`${f}: ${diags.errorCount} errors, first: ${diags.list[0]!.message}`); continue; }
    const printed = printTree(a);
    const again = new Diagnostics();
    const b = parseFile(new TextEncoder().encode(printed), 0, pool, spans, again);
    if (again.errorCount > 0) { problems.push(`${f}: printed text has errors: ${again.list[0]!.message}`); continue; }
    const diff = treeDifference(a, b);
    if (diff) problems.push(`${f}: round trip differs: ${diff}`);
  }
  return problems;
}

test("every file of AssemblyScript's standard library parses without errors and round-trips", () => {
  const files = tsFiles(join(root, "node_modules/assemblyscript/std/assembly"));
  assert.ok(files.length >= 50, `expected the std library, found ${files.length} files`);
  assert.deepEqual(roundTrip(files), []);
});

test("every file of TypeScript's own lib .d.ts files parses and round-trips", () => {
  const dir = join(root, "node_modules/typescript/lib");
  const files = readdirSync(dir).filter((n) => n.endsWith(".d.ts")).map((n) => join(dir, n));
  assert.ok(files.length >= 50);
  assert.deepEqual(roundTrip(files), []);
});

const gen = resolve(process.env["KILN_SHARED_BENCH"] ?? join(root, "../shared/bench"), "gen.mjs");

test("every file of the 100k-line gen.mjs corpus parses without errors and round-trips", { skip: existsSync(gen) ? false : `corpus generator not found at ${gen}` }, () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-corpus-"));
  try {
    execFileSync(process.execPath, [gen, dir, "100000"], { stdio: "ignore" });
    const files = tsFiles(dir);
    assert.ok(files.length > 100);
    assert.deepEqual(roundTrip(files), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
