// Loading a program: from the entry file, read and parse every module that
// is imported, breadth first in source order, so module ids are the same on
// every run. Owns path resolution (`./m` finds `m.ts` or `m/index.ts`) and
// the "module not found" error; it must never read a file twice.
import { basename, dirname, join, resolve, sep } from "node:path";
import type { FileId, Span, StringId } from "../base/ids.js";
import { InternPool } from "../base/intern-pool.js";
import { SourceMap } from "../base/source-map.js";
import { SpanTable } from "../base/span.js";
import { NameCode } from "../diagnostics/codes.js";
import { Diagnostics } from "../diagnostics/diagnostics.js";
import { Keywords } from "../parse/keywords.js";
import { N } from "../parse/nodes.js";
import { parseFile, type ParsedFile } from "../parse/parse-file.js";
import { Module, type ModuleId, type Program } from "./program.js";
import { declareModule } from "./declare.js";
import { resolveExports } from "./resolve.js";

/** How the compiler reaches files: the disk for the CLI, a map in tests. */
export interface FileHost {
  /** The file's bytes, or undefined if there is no such file. */
  read(path: string): Uint8Array | undefined;
  /** Why read(path) gave nothing, for the entry's error ("no such file" if absent). */
  whyUnreadable?(path: string): string;
}

export interface LoadedProgram extends Program {
  /** Import specifier resolution, per module: module string id -> module (or -1). */
  readonly imports: Map<number, ModuleId | -1>[];
}

/**
 * Reads, parses and declares the entry and everything it imports, parsing
 * each file on this thread. Returns a message (and no program) only when the
 * entry itself cannot be read.
 */
export function loadProgram(entryPath: string, host: FileHost, diags = new Diagnostics(), library?: { path: string; text: Uint8Array }): LoadedProgram | string {
  const loader = new ProgramLoader(host, diags);
  const first = loader.start(entryPath, library);
  if (typeof first === "string") return first;
  for (let i = 0; i < loader.count; i++) {
    loader.setParsed(i as ModuleId, parseFile(loader.source(i as ModuleId), loader.base(i as ModuleId), loader.pool, loader.spans, diags));
    loader.openImportsOf(i as ModuleId);
  }
  return loader.finish();
}

/**
 * The steps of loading, for a driver that parses on this thread (loadProgram)
 * or on workers. Module ids, file bases and the order of "not found" errors
 * depend only on the order in which the driver calls openImportsOf (module
 * 0, 1, 2, ...), never on when a parse finishes.
 */
export class ProgramLoader {
  readonly pool = InternPool.create();
  readonly spans = SpanTable.create();
  readonly map = new SourceMap();
  private readonly files: FileId[] = [];
  private readonly absPaths: string[] = [];
  private readonly parsed: (ParsedFile | undefined)[] = [];
  private readonly byPath = new Map<string, ModuleId>();
  private readonly imports: Map<number, ModuleId | -1>[] = [];
  /**
   * Import resolution per directory: specifier string id -> module (or -1).
   * Modules of one directory import the same files again and again (1180
   * imports of 400 files in the 100k corpus), and joining and normalizing
   * a path is most of what resolving one costs.
   */
  private readonly resolvedIn = new Map<string, Map<number, ModuleId | -1>>();
  private readonly cwd = process.cwd();
  /** The working directory with a separator after it: a path under it is shown as the rest (see shownPath). */
  private readonly cwdPrefix = this.cwd.endsWith(sep) ? this.cwd : this.cwd + sep;

  constructor(private readonly host: FileHost, readonly diags: Diagnostics) {}

  /** Modules opened so far (each has its source; its parse may still be pending). */
  get count(): number { return this.files.length; }
  source(m: ModuleId): Uint8Array { return this.map.text(this.files[m]!); }
  base(m: ModuleId): number { return this.map.base(this.files[m]!); }
  path(m: ModuleId): string { return this.map.name(this.files[m]!); }

  /** Opens the entry (module 0) and the library (module 1); a message if the entry cannot be read. */
  start(entryPath: string, library?: { path: string; text: Uint8Array }): string | undefined {
    const abs = resolve(entryPath);
    if (this.open(abs) === -1) return `cannot read '${entryPath}': ${this.host.whyUnreadable?.(abs) ?? "no such file"}`;
    // The library comes right after the entry, so its module id is the same in every program.
    if (library !== undefined) this.open(library.path, library.text);
    return undefined;
  }

  setParsed(m: ModuleId, parsed: ParsedFile): void { this.parsed[m] = parsed; }

  /** Resolves module m's imports (m must be parsed), opening new files; returns how many modules are open now. */
  openImportsOf(i: ModuleId): number {
    const t = this.parsed[i]!.tree;
    const dir = dirname(this.absPaths[i]!);
    let resolved = this.resolvedIn.get(dir);
    if (resolved === undefined) { resolved = new Map(); this.resolvedIn.set(dir, resolved); }
    const root = t.count - 1;
    // The postorder tree lists a node's children last first: collect the imports, then open them in source order.
    const found: number[] = [];
    for (let c = root - 1; c >= 0 && c > root - t.size[root]!; c -= t.size[c]!) {
      const k = t.kind[c]! as N;
      if (k === N.ImportDecl || k === N.ExportDecl || k === N.ExportAll) found.push(c);
    }
    for (let f = found.length - 1; f >= 0; f--) {
      const c = found[f]!;
      const str = c - 1; // the module string is the last child
      if (t.kind[str] !== N.StringLit) continue; // `export { a }` has none
      const specId = t.tokValue[str]!;
      if (this.imports[i]!.has(specId)) continue;
      let target = resolved.get(specId), spec: string | undefined;
      if (target === undefined) {
        spec = this.pool.text(specId as StringId);
        target = spec.startsWith(".") ? this.findModule(siblingPath(dir, spec)) : -1;
        resolved.set(specId, target);
      }
      this.imports[i]!.set(specId, target);
      if (target === -1) {
        spec ??= this.pool.text(specId as StringId); // a miss remembered from another module of this directory
        const why = spec.startsWith(".") ? `no file '${spec}.ts' or '${spec}/index.ts' next to ${this.path(i)}` : "kiln resolves relative paths only ('./m', '../lib/m')";
        this.diags.error(NameCode.ModuleNotFound, t.span[str]! as Span, `cannot find module '${spec}': ${why}`);
      }
    }
    return this.count;
  }

  /** Every module is open and parsed: declares them and resolves exports. */
  finish(): LoadedProgram {
    return assembleProgram(this.pool, this.spans, this.map, this.diags, this.parts());
  }

  private parts(): ModulePart[] { return this.files.map((file, i) => ({ file, parsed: this.parsed[i]!, imports: this.imports[i]! })); }

  private open(abs: string, text?: Uint8Array): ModuleId | -1 {
    const known = this.byPath.get(abs);
    if (known !== undefined) return known;
    const src = text ?? this.host.read(abs);
    if (src === undefined) return -1;
    const shown = text !== undefined ? abs : this.shownPath(abs);
    const file = text !== undefined ? this.map.addVirtualFile(abs, src) : this.map.addFile(shown, src);
    const id = this.files.length as ModuleId;
    this.files.push(file);
    this.absPaths.push(abs);
    this.parsed.push(undefined);
    this.imports.push(new Map());
    this.byPath.set(abs, id);
    return id;
  }

  /**
   * How messages name the file at `abs`: relative to the working directory
   * when it is under it, else in full (a path that would climb out with
   * '..' is clearer whole). `abs` is normalized (it comes from resolve,
   * join or siblingPath), so the relative name is just the rest, without
   * relative() normalizing both paths again for every file. (On Windows, a
   * path that differs from the working directory only in case is shown
   * whole.)
   */
  private shownPath(abs: string): string {
    return abs.startsWith(this.cwdPrefix) && abs.length > this.cwdPrefix.length ? abs.slice(this.cwdPrefix.length) : abs;
  }

  /** `base.ts`, else `base/index.ts` (or `base` itself when it names a .ts file). */
  private findModule(base: string): ModuleId | -1 {
    if (base.endsWith(".ts")) return this.open(base);
    const id = this.open(base + ".ts");
    return id !== -1 ? id : this.open(join(base, "index.ts"));
  }
}

/** A specifier that names a file beside the importer: './' and one plain name (no '.' or '..' segment to resolve). */
const SIBLING = /^\.\/[^./\\][^/\\]*$/;

/**
 * `join(dir, spec)` for a directory that is already normalized (it comes
 * from a resolved path). The common specifier, './name', is just appended:
 * join normalizes the whole path again, character by character, and even
 * once per distinct specifier (400 of the 100k corpus's 1180 imports) it
 * was among the functions V8 optimized during loading (3.3 ms of its one
 * optimizing thread).
 */
function siblingPath(dir: string, spec: string): string {
  return SIBLING.test(spec) ? dir + (dir.endsWith(sep) ? "" : sep) + spec.slice(2) : join(dir, spec);
}

/** One module of a program as loading leaves it: its file, its parse, its resolved imports. */
export interface ModulePart {
  readonly file: FileId;
  readonly parsed: ParsedFile;
  readonly imports: Map<number, ModuleId | -1>;
}

/**
 * A program from loaded modules (in module id order, files already in `map`):
 * declares every module and resolves exports. The loader and every worker
 * build their program through this one function, so they agree on every
 * declaration index.
 */
export function assembleProgram(pool: InternPool, spans: SpanTable, map: SourceMap, diags: Diagnostics, parts: readonly ModulePart[]): LoadedProgram {
  const modules = parts.map((part, i) => {
    const name = map.name(part.file);
    return new Module(i as ModuleId, name, basename(name).replace(/\.ts$/, ""), part.file, part.parsed);
  });
  const program: LoadedProgram = { pool, spans, map, diags, kw: Keywords.of(pool), modules, entry: 0 as ModuleId, imports: parts.map((x) => x.imports) };
  for (const m of modules) declareModule(program, m);
  resolveExports(program);
  return program;
}
