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
import ts from "typescript";
import type { NodeId } from "../../src/base/ids.js";
import { childrenOf, N } from "../../src/parse/nodes.js";
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

/**
 * Parses (keeping the tokens the printer reads), prints, reparses every file
 * as the compiler does (its tokens gone once the tree is built); returns the
 * problems found.
 */
function roundTrip(files: string[]): string[] {
  const pool = InternPool.create(), spans = SpanTable.create();
  const problems: string[] = [];
  for (const f of files) {
    const diags = new Diagnostics();
    const a = parseFile(readFileSync(f), 0, pool, spans, diags, true);
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

/** Expressions with type arguments (calls, `new`, tagged templates, instantiations) in kiln's tree of `src`. */
function kilnTypeArgExpressions(src: Uint8Array): number {
  const { tree } = parseFile(src, 0, InternPool.create(), SpanTable.create(), new Diagnostics());
  let n = 0;
  for (let i = 0; i < tree.count; i++) {
    const k = tree.kind[i];
    if (k !== N.Call && k !== N.New && k !== N.TaggedTemplate && k !== N.Instantiation) continue;
    if (childrenOf(tree, i as NodeId).some((c) => tree.kind[c] === N.TypeArgs)) n++;
  }
  return n;
}

/** The same count in TypeScript's tree. */
function tsTypeArgExpressions(path: string, text: string): number {
  let n = 0;
  // `extends Base<T>` in a heritage clause is a type, not an expression: not counted (kiln does not make it a Call either).
  const visit = (node: ts.Node, inHeritage: boolean): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) && node.typeArguments) n++;
    else if (ts.isExpressionWithTypeArguments(node) && !inHeritage && node.typeArguments) n++;
    ts.forEachChild(node, (c) => visit(c, ts.isHeritageClause(node)));
  };
  visit(ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS), false);
  return n;
}

test("'<' is read as type arguments exactly where TypeScript reads it so, in the whole standard library", () => {
  // Thousands of generic calls (load<u8>(p), changetype<T>(x)) beside comparisons:
  // the cheap scan that spares comparisons the speculative parse must never turn one away.
  const files = tsFiles(join(root, "node_modules/assemblyscript/std/assembly"));
  let total = 0;
  const differ: string[] = [];
  for (const f of files) {
    const bytes = readFileSync(f);
    const ours = kilnTypeArgExpressions(bytes), theirs = tsTypeArgExpressions(f, bytes.toString("utf8"));
    total += theirs;
    if (ours !== theirs) differ.push(`${f}: kiln ${ours}, TypeScript ${theirs}`);
  }
  assert.deepEqual(differ, []);
  assert.ok(total > 1000, `expected many generic calls in the std library, found ${total}`);
});
