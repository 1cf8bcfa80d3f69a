// Loading a program: from the entry file, read and parse every module that
// is imported, breadth first in source order, so module ids are the same on
// every run. Owns path resolution (`./m` finds `m.ts` or `m/index.ts`) and
// the "module not found" error; it must never read a file twice.
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Span, StringId } from "../base/ids.js";
import { InternPool } from "../base/intern-pool.js";
import { SourceMap } from "../base/source-map.js";
import { SpanTable } from "../base/span.js";
import { NameCode } from "../diagnostics/codes.js";
import { Diagnostics } from "../diagnostics/diagnostics.js";
import { Keywords } from "../parse/keywords.js";
import { N } from "../parse/nodes.js";
import { parseFile } from "../parse/parse-file.js";
import { Module, type ModuleId, type Program } from "./program.js";
import { declareModule } from "./declare.js";
import { resolveExports } from "./resolve.js";

/** How the compiler reaches files: the disk for the CLI, a map in tests. */
export interface FileHost {
  /** The file's bytes, or undefined if there is no such file. */
  read(path: string): Uint8Array | undefined;
}

export interface LoadedProgram extends Program {
  /** Import specifier resolution, per module: module string id -> module (or -1). */
  readonly imports: Map<number, ModuleId | -1>[];
}

/**
 * Reads, parses and declares the entry and everything it imports. Returns
 * undefined (after one error) only when the entry itself cannot be read.
 */
export function loadProgram(entryPath: string, host: FileHost, diags = new Diagnostics(), library?: { path: string; text: Uint8Array }): LoadedProgram | string {
  const pool = InternPool.create(), spans = SpanTable.create(), map = new SourceMap();
  const kw = Keywords.of(pool);
  const modules: Module[] = [];
  const byPath = new Map<string, ModuleId>();
  const absPaths: string[] = [];
  const imports: Map<number, ModuleId | -1>[] = [];
  const cwd = process.cwd();

  const open = (abs: string, text?: Uint8Array): ModuleId | -1 => {
    const known = byPath.get(abs);
    if (known !== undefined) return known;
    const src = text ?? host.read(abs);
    if (src === undefined) return -1;
    const shown = text !== undefined ? abs : relative(cwd, abs) || abs;
    const file = text !== undefined ? map.addVirtualFile(abs, src) : map.addFile(shown.startsWith("..") ? abs : shown, src);
    const parsed = parseFile(src, map.base(file), pool, spans, diags);
    const id = modules.length as ModuleId;
    const name = basename(abs).replace(/\.ts$/, "");
    modules.push(new Module(id, map.name(file), name, file, parsed));
    byPath.set(abs, id);
    absPaths.push(abs);
    imports.push(new Map());
    return id;
  };

  const entryAbs = resolve(entryPath);
  if (open(entryAbs) === -1) return `cannot read '${entryPath}': no such file`;
  // The library comes right after the entry, so its module id is the same in every program.
  if (library !== undefined) open(library.path, library.text);

  // Breadth first: module i's imports are opened before module i + 1's.
  for (let i = 0; i < modules.length; i++) {
    const m = modules[i]!;
    const t = m.parsed.tree;
    const dir = dirname(absPaths[i]!);
    const root = t.count - 1;
    for (let c = root - 1; c >= 0 && c > root - t.size[root]!; c -= t.size[c]!) {
      const k = t.kind[c]! as N;
      if (k !== N.ImportDecl && k !== N.ExportDecl && k !== N.ExportAll) continue;
      const str = c - 1; // the module string is the last child
      if (t.kind[str] !== N.StringLit) continue; // `export { a }` has none
      const spec = pool.text(t.tokens.value[t.token[str]!]! as StringId);
      const specId = t.tokens.value[t.token[str]!]!;
      if (imports[i]!.has(specId)) continue;
      const target = spec.startsWith(".") ? findModule(join(dir, spec), byPath, open) : -1;
      imports[i]!.set(specId, target);
      if (target === -1) {
        const why = spec.startsWith(".") ? `no file '${spec}.ts' or '${spec}/index.ts' next to ${m.path}` : "kiln resolves relative paths only ('./m', '../lib/m')";
        diags.error(NameCode.ModuleNotFound, t.span[str]! as Span, `cannot find module '${spec}': ${why}`);
      }
    }
  }
  const program: LoadedProgram = { pool, spans, map, diags, kw, modules, entry: 0 as ModuleId, imports };
  for (const m of modules) declareModule(program, m);
  resolveExports(program);
  return program;
}

function findModule(base: string, byPath: Map<string, ModuleId>, open: (abs: string) => ModuleId | -1): ModuleId | -1 {
  const candidates = base.endsWith(".ts") ? [base] : [base + ".ts", join(base, "index.ts")];
  for (const c of candidates) {
    const known = byPath.get(c);
    if (known !== undefined) return known;
    const id = open(c);
    if (id !== -1) return id;
  }
  return -1;
}
