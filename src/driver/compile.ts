// One compilation, start to finish, for the commands that need one (build,
// check, run): load and declare the modules, check every function through
// the queries, emit each function and drop its tables, then link. Owns the
// order of the stages and the naming of functions in the output; it never
// prints (the commands decide how to show diagnostics).
import { readFileSync } from "node:fs";
import type { NodeId, Span, StringId } from "../base/ids.js";
import { CheckDb } from "../check/db.js";
import type { FunctionFacts } from "../check/facts.js";
import { Diagnostics } from "../diagnostics/diagnostics.js";
import type { FunctionCode } from "../emit/code.js";
import { SpecialFunction, SpecialGlobal } from "../emit/code.js";
import { FunctionEmitter, type Locator, type RuntimeFunctions } from "../emit/emit-function.js";
import { link, type LinkExport, type LinkFunction, type LinkGlobal, type LinkImport } from "../link/link.js";
import { childrenOf, N } from "../parse/nodes.js";
import { loadProgram, type FileHost, type LoadedProgram } from "../program/load.js";
import { DeclKind, NO_SYMBOL, symbolOf, type DeclIndex, type Module, type ModuleId } from "../program/program.js";
import { declOf, exportedSymbol, lookupTopLevel } from "../program/resolve.js";
import { RUNTIME_PATH, RUNTIME_SOURCE } from "../runtime/runtime-source.js";
import { T } from "../types/types.js";

export interface Compilation {
  /** Undefined when the entry could not be read (see `error`). */
  readonly program: LoadedProgram | undefined;
  readonly diags: Diagnostics;
  /** The module, when there were no errors and `emit` was asked for. */
  readonly wasm: Uint8Array | undefined;
  /** A problem before any source was read (the entry is missing). */
  readonly error: string | undefined;
}

/** Reads files from disk; the runtime library is built in. */
export const diskHost: FileHost = {
  read(path: string): Uint8Array | undefined {
    // One system call: a directory or a missing file both throw.
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
};

/** A key above every symbol for module `m`'s top-level code (symbols are module << 16 | decl). */
function topLevelKey(m: ModuleId): number { return 0x7fff0000 + m; }

export function compile(entry: string, host: FileHost, emit: boolean): Compilation {
  const diags = new Diagnostics();
  const loaded = loadProgram(entry, host, diags, { path: RUNTIME_PATH, text: new TextEncoder().encode(RUNTIME_SOURCE) });
  if (typeof loaded === "string") return { program: undefined, diags, wasm: undefined, error: loaded };
  const p = loaded;
  const db = new CheckDb(p);
  const functions: LinkFunction[] = [];
  const imports: LinkImport[] = [];
  const globals: LinkGlobal[] = [];
  const start: number[] = [];
  const rt = runtimeFunctions(p);

  // Each function is checked, emitted and its tables dropped before the next: peak memory
  // follows the largest function, not the program. After an error nothing more is
  // emitted, but every function is still checked so that every error is reported.
  const named = (m: Module, name: string): string => `${m.path.replace(/\.ts$/, "")}/${name}`;
  for (const m of p.modules) {
    const c = m.decls.cols;
    const where = locator(p, m);
    for (let d = 0; d < m.decls.length; d++) {
      const sym = symbolOf(m.id, d as DeclIndex);
      const kind = c.kind[d]! as DeclKind;
      const name = p.pool.text(c.name[d]! as StringId);
      if (kind === DeclKind.Function) {
        // The result type first: when it is inferred, that checks the body and remembers
        // the answer, so dropping the body below never makes a caller check it again.
        db.result(sym, m.parsed.tree.span[c.node[d]!]! as Span);
        const facts = db.bodyOf(sym);
        if (emit && diags.errorCount === 0) functions.push({ key: sym, name: named(m, name), code: emitFunction(db, facts, where, rt) });
        db.body.drop(sym); // its tables are not needed any more
      } else if (kind === DeclKind.HostFunction) {
        const sig = db.sig(sym);
        if (sig.host !== undefined) imports.push({ key: sym, module: sig.host.module, field: sig.host.name, name: named(m, name), params: sig.params, result: sig.declaredResult ?? T.void });
      } else if (kind === DeclKind.Global || kind === DeclKind.Const) {
        const type = db.globalTypeOf(sym, m.parsed.tree.span[c.node[d]!]! as Span);
        const value = db.globalValueOf(sym);
        globals.push({ key: sym, name: named(m, name), type, mutable: kind === DeclKind.Global || value === undefined, init: value ?? 0 });
      }
    }
    const top = db.topLevelOf(m.id);
    if (top !== undefined && emit && diags.errorCount === 0) {
      functions.push({ key: topLevelKey(m.id), name: named(m, "~start"), code: emitTopLevel(db, top, m, where, rt) });
    }
  }
  if (!emit || diags.errorCount > 0) return { program: p, diags, wasm: undefined, error: undefined };
  // Top-level code runs dependencies first, in import order.
  for (const m of initOrder(p)) if (db.topLevelOf(m) !== undefined) start.push(topLevelKey(m));
  globals.push({ key: SpecialGlobal.ArgumentCount, name: "~argumentsLength", type: T.i32, mutable: true, init: 0 });
  imports.push({ key: SpecialFunction.Abort, module: "env", field: "abort", name: "~lib/env/abort", params: [T.i32, T.i32, T.i32, T.i32], result: T.void });
  imports.push({ key: SpecialFunction.MathPow, module: "Math", field: "pow", name: "~lib/Math/pow", params: [T.f64, T.f64], result: T.f64 });
  const wasm = link({ moduleName: p.modules[0]!.path.replace(/\.ts$/, ""), functions, imports, globals, exports: entryExports(p), start }, p.pool);
  return { program: p, diags, wasm, error: undefined };
}

function emitFunction(db: CheckDb, f: FunctionFacts, where: Locator, rt: RuntimeFunctions): FunctionCode {
  const t = f.module.parsed.tree;
  const body = (f.node - 1) as NodeId;
  const stmts = t.kind[body] === N.Block ? childrenOf(t, body) : [];
  return new FunctionEmitter(db, f, where, rt).emit(stmts, db.sig(f.symbol as never).params);
}

function emitTopLevel(db: CheckDb, f: FunctionFacts, m: Module, where: Locator, rt: RuntimeFunctions): FunctionCode {
  return new FunctionEmitter(db, f, where, rt).emit(m.topLevel as number[], []);
}

function locator(p: LoadedProgram, m: Module): Locator {
  const file = p.pool.intern(m.path);
  return {
    file,
    lineCol(span: Span) {
      const at = p.map.lineCol(p.spans.start(span));
      return { line: at.line, column: at.column };
    },
  };
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

function runtimeFunctions(p: LoadedProgram): RuntimeFunctions {
  const m = p.modules.find((x) => x.path.endsWith(RUNTIME_PATH));
  const get = (name: string): number => (m === undefined ? NO_SYMBOL : lookupTopLevel(p, m, p.pool.intern(name)));
  return { ipow32: get("ipow32"), upow32: get("upow32"), ipow64: get("ipow64"), upow64: get("upow64"), fmod32: get("fmod32"), fmod64: get("fmod64") };
}
