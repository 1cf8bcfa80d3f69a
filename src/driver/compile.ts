// One compilation, start to finish, for the commands that need one (build,
// check, run): load and declare the modules, check every function through
// the queries, emit each function and drop its tables, then link. Owns the
// order of the stages and the naming of functions in the output; it never
// prints (the commands decide how to show diagnostics).
import { readFileSync } from "node:fs";
import type { StringId } from "../base/ids.js";
import { CheckDb } from "../check/db.js";
import { Diagnostics } from "../diagnostics/diagnostics.js";
import { SpecialFunction, SpecialGlobal } from "../emit/code.js";
import { link, type LinkExport, type LinkFunction, type LinkGlobal, type LinkImport, type LinkInput } from "../link/link.js";
import { loadProgram, type FileHost, type LoadedProgram } from "../program/load.js";
import { DeclKind, declOfSymbol, moduleOfSymbol, NO_SYMBOL, type Module, type ModuleId, type SymbolId } from "../program/program.js";
import { declOf, exportedSymbol } from "../program/resolve.js";
import { RUNTIME_PATH, RUNTIME_SOURCE } from "../runtime/runtime-source.js";
import { T } from "../types/types.js";
import { fsReason } from "./fs-reason.js";
import { Tracer } from "./trace.js";
import { compileModule, compileRuntime, emptyOutput, moduleOfTopLevelKey, runtimeFunctions, runtimeModule, topLevelKey, type ModuleOutput } from "./module-output.js";

export interface Compilation {
  /** Undefined when the entry could not be read (see `error`). */
  readonly program: LoadedProgram | undefined;
  readonly diags: Diagnostics;
  /** The module, when there were no errors and `emit` was asked for. */
  readonly wasm: Uint8Array | undefined;
  /** A problem before any source was read (the entry is missing). */
  readonly error: string | undefined;
}

/**
 * The last path diskHost could not read, and the error: the entry's message
 * gives the reason the read itself met, without reading the file again.
 */
let lastFailure: { readonly path: string; readonly error: unknown } | undefined;

/** Reads files from disk; the runtime library is built in. */
export const diskHost: FileHost = {
  read(path: string): Uint8Array | undefined {
    // One call: a directory or a missing file both throw. Reading every file
    // into shared 1 MiB chunks instead (open, read, close; no Buffer per file)
    // was measured and not kept: 100k builds 288.5 and 281.3 ms against 288.7
    // and 277.9 with readFileSync, 10k 105.2 against 104.2 (21 alternating
    // builds each), and the chunks could never be freed.
    try {
      const b = readFileSync(path);
      // A plain Uint8Array, not a Buffer: the runtime library's text is one, and
      // a lexer that sees both kinds of object is optimized twice (measured: its
      // first optimized code was thrown away at the first file of the other kind).
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    } catch (e) {
      lastFailure = { path, error: e };
      return undefined;
    }
  },
  whyUnreadable(path: string): string {
    if (lastFailure?.path === path) return fsReason(lastFailure.error, path);
    // Asked about a file this host never failed to read: try it now.
    try {
      readFileSync(path);
      return "it changed while kiln was reading it";
    } catch (e) {
      return fsReason(e, path);
    }
  },
};

/** Compiles on this thread alone (-j 1): the same stages the workers run, in module order. */
export function compile(entry: string, host: FileHost, emit: boolean, tracer = new Tracer(false)): Compilation {
  const { loaded, diags, out } = compileUnlinked(entry, host, emit, tracer);
  if (typeof loaded === "string") return { program: undefined, diags, wasm: undefined, error: loaded };
  if (!emit || diags.errorCount > 0) return { program: loaded, diags, wasm: undefined, error: undefined };
  const t0 = tracer.now();
  const wasm = linkProgram(loaded, out);
  tracer.end("link", "link", t0);
  return { program: loaded, diags, wasm, error: undefined };
}

/**
 * Every stage of compile() but the link: the program (or why it could not
 * be read) and every module's output. Also what the link benchmark links.
 *
 * All modules are loaded and declared before any is checked.
 * Checking and emitting each module as soon as every module its imports reach
 * was declared, in between parsing the rest, was measured and not kept: the
 * output was byte-identical, but 100k builds took 300.7 against 293.8 ms and
 * 10k 114.2 against 112.6 (11-21 alternating builds). V8's optimizing thread,
 * idle for part of loading, was expected to take the checker's compiles
 * sooner; the time did not move. Nor did checking and emitting four small
 * standalone modules of the corpus (about 1,000 lines) halfway through
 * loading, to warm the checker up in that idle time (15 alternating 100k
 * builds): 312.5 and 329.9 ms against 300.7 for one and three rounds of
 * them. Checking and emitting the program took 3 and 18 ms less, but the
 * rounds cost loading 16 and 45 ms: code V8 has not optimized yet costs
 * about as much whenever it runs.
 */
export function compileUnlinked(entry: string, host: FileHost, emit: boolean, tracer = new Tracer(false)):
  { loaded: LoadedProgram | string; diags: Diagnostics; out: ModuleOutput } {
  const diags = new Diagnostics();
  const out = emptyOutput();
  let t0 = tracer.now();
  const loaded = loadProgram(entry, host, diags, runtimeLibrary());
  tracer.end("load", "read, parse, resolve and declare", t0);
  if (typeof loaded === "string") return { loaded, diags, out };
  const p = loaded;
  const db = new CheckDb(p);
  const rt = runtimeFunctions(p);
  const lib = runtimeModule(p);
  for (const m of p.modules) {
    if (m === lib) continue;
    t0 = tracer.now();
    compileModule(db, m, emit, rt, out);
    tracer.end("compile", `compile ${m.path}`, t0);
  }
  if (lib !== undefined) {
    t0 = tracer.now();
    compileRuntime(db, lib, emit, rt, out);
    tracer.end("compile", "compile the runtime functions called", t0);
  }
  return { loaded: p, diags, out };
}

export function runtimeLibrary(): { path: string; text: Uint8Array } {
  return { path: RUNTIME_PATH, text: new TextEncoder().encode(RUNTIME_SOURCE) };
}

/**
 * Links the modules' outputs (in any order: the linker orders by key) into
 * one wasm module: names every function and global from its key, adds what
 * the linker itself provides, and runs top-level code dependencies first.
 */
export function linkProgram(p: LoadedProgram, out: ModuleOutput): Uint8Array {
  if (out.unchecked.length > 0) {
    const nameOf = namer(p);
    throw new Error(`the checker passed code that cannot be compiled (in ${out.unchecked.map(nameOf).join(", ")}); this is a bug in kiln, please report it`);
  }
  return link(linkInputOf(p, out), p.pool);
}

/**
 * Names functions and globals by key: the module's path without '.ts', a
 * slash, then the declaration's name (`~start` for top-level code).
 */
function namer(p: LoadedProgram): (key: number) => string {
  // The prefix once per module, not a regular expression per function.
  const prefixes: (string | undefined)[] = [];
  const prefixOf = (m: Module): string => (prefixes[m.id] ??= `${m.path.replace(/\.ts$/, "")}/`);
  return (key: number): string => {
    const top = moduleOfTopLevelKey(key);
    if (top !== -1) return prefixOf(p.modules[top]!) + "~start";
    const m = p.modules[moduleOfSymbol(key as SymbolId)]!;
    return prefixOf(m) + p.pool.text(m.decls.cols.name[declOfSymbol(key as SymbolId)]! as StringId);
  };
}

/** What the linker takes for program `p` and its modules' output: every function and global named by its key. */
export function linkInputOf(p: LoadedProgram, out: ModuleOutput): LinkInput {
  const nameOf = namer(p);
  const functions: LinkFunction[] = out.functions.map((f) => ({ key: f.key, name: nameOf(f.key), code: f.code }));
  const imports: LinkImport[] = out.hosts.map((h) => ({ ...h, name: nameOf(h.key) }));
  const globals: LinkGlobal[] = out.globals.map((g) => ({ ...g, name: nameOf(g.key) }));
  // Top-level code runs dependencies first, in import order.
  const start = initOrder(p).filter((m) => p.modules[m]!.topLevel.length > 0).map(topLevelKey);
  globals.push({ key: SpecialGlobal.ArgumentCount, name: "~argumentsLength", type: T.i32, mutable: true, init: 0 });
  imports.push({ key: SpecialFunction.Abort, module: "env", field: "abort", name: "~lib/env/abort", params: [T.i32, T.i32, T.i32, T.i32], result: T.void });
  imports.push({ key: SpecialFunction.MathPow, module: "Math", field: "pow", name: "~lib/Math/pow", params: [T.f64, T.f64], result: T.f64 });
  return { moduleName: p.modules[0]!.path.replace(/\.ts$/, ""), functions, imports, globals, exports: entryExports(p), start };
}

/** Modules in initialization order: each after what it imports (cycles broken at the first visit). */
function initOrder(p: LoadedProgram): ModuleId[] {
  const seen = new Set<number>(), out: ModuleId[] = [];
  const visit = (m: ModuleId): void => {
    if (seen.has(m)) return;
    seen.add(m);
    for (const d of p.modules[m]!.deps) visit(d);
    out.push(m);
  };
  visit(p.entry);
  return out;
}

function entryExports(p: LoadedProgram): LinkExport[] {
  const m = p.modules[p.entry]!;
  const out: LinkExport[] = [];
  for (const name of m.exportOrder) {
    const sym = exportedSymbol(p, m, name);
    if (sym === NO_SYMBOL) continue;
    const { kind } = declOf(p, sym);
    const text = p.pool.text(name);
    if (kind === DeclKind.Function || kind === DeclKind.HostFunction) out.push({ name: text, kind: "function", key: sym });
    else if (kind === DeclKind.Global || kind === DeclKind.Const) out.push({ name: text, kind: "global", key: sym });
  }
  return out;
}
