// Import and export resolution across modules: what declaration a name
// imported from (or re-exported by) another module finally is. Cycles between
// modules are fine; a chain of re-exports that comes back to itself is an
// error. Owns the resolved-symbol memos and the "no such export" and cycle
// errors; it never looks inside function bodies.
//
// A chain is followed one link at a time, and each link (an import row, an
// exported name) is marked IN_PROGRESS in its memo while it is followed, so
// meeting a mark again is the cycle, found in constant time whichever kind of
// link closes it. Every link on the chain then memoizes NO_SYMBOL as the
// chain unwinds, so the cycle is reported once and anything that leads into
// it later resolves to NO_SYMBOL without a second report.
import type { Span, StringId } from "../base/ids.js";
import { NameCode } from "../diagnostics/codes.js";
import type { LoadedProgram } from "./load.js";
import { DeclKind, NO_SYMBOL, declOfSymbol, moduleOfSymbol, symbolOf, type DeclIndex, type Module, type SymbolId } from "./program.js";

const IN_PROGRESS = -2 as SymbolId;

/** Per declaration of `m`: the symbol an Import row resolves to (-3: not yet asked). */
function memoOf(m: Module): Int32Array {
  let a = m.resolvedImports;
  if (a === undefined || a.length < m.decls.length) {
    a = new Int32Array(Math.max(1, m.decls.length)).fill(-3);
    m.resolvedImports = a;
  }
  return a;
}

/** Resolves every import and every re-export of the program once, reporting what is missing. */
export function resolveExports(p: LoadedProgram): void {
  for (const m of p.modules) {
    for (let d = 0; d < m.decls.length; d++) if (m.decls.cols.kind[d] === DeclKind.Import) resolveDecl(p, m, d as DeclIndex);
    for (const name of m.exportOrder) resolveExport(p, m, name, m.exports.get(name)!.span);
  }
}

/**
 * The symbol that declaration `d` of module `m` stands for: itself, or for
 * an import, what it finally names. NO_SYMBOL after an error (reported once).
 */
export function resolveDecl(p: LoadedProgram, m: Module, d: DeclIndex): SymbolId {
  const c = m.decls.cols;
  if (c.kind[d] !== DeclKind.Import) return symbolOf(m.id, d);
  const memo = memoOf(m);
  const known = memo[d]!;
  if (known !== -3 && known !== IN_PROGRESS) return known as SymbolId;
  const from = c.importFrom[d]!;
  const span = m.parsed.tree.span[c.node[d]!]! as Span;
  if (known === IN_PROGRESS) {
    // Back at an import that is being followed: the chain started here (an
    // import asked for directly, not through an export), so no exported name
    // on it repeats before this row does.
    reportCycle(p, c.importName[d]! as StringId, span, m, p.modules[from]!);
    return NO_SYMBOL;
  }
  if (from === -1) { memo[d] = NO_SYMBOL; return NO_SYMBOL; } // the module was not found: reported by load
  memo[d] = IN_PROGRESS;
  const out = lookupExport(p, p.modules[from]!, c.importName[d]! as StringId, span, m);
  memo[d] = out;
  return out;
}

/** The declaration module `m` exports as `name` (NO_SYMBOL if none or broken; reported at load). */
export function exportedSymbol(p: LoadedProgram, m: Module, name: StringId): SymbolId {
  const e = m.exports.get(name);
  return e === undefined ? NO_SYMBOL : resolveExport(p, m, name, e.span);
}

/** Resolves exported name `name` of module `m` once, reporting a problem at `span`. */
function resolveExport(p: LoadedProgram, m: Module, name: StringId, span: Span): SymbolId {
  const known = m.exportSymbols.get(name);
  if (known !== undefined) return known;
  const e = m.exports.get(name);
  if (e === undefined) return NO_SYMBOL;
  m.exportSymbols.set(name, IN_PROGRESS);
  let out: SymbolId;
  if (e.decl !== -1) out = resolveDecl(p, m, e.decl);
  else if (e.from === -1) out = NO_SYMBOL; // the module was not found: reported by load
  else out = lookupExport(p, p.modules[e.from]!, e.fromName, span, m);
  m.exportSymbols.set(name, out);
  return out;
}

/** The symbol exported as `name` by `target`, asked for by `asker` at `span`. */
function lookupExport(p: LoadedProgram, target: Module, name: StringId, span: Span, asker: Module): SymbolId {
  // Declared twice there (reported by load): whether and what it exports is unknowable, so say nothing more.
  if (target.clashed?.has(name) === true) return NO_SYMBOL;
  const e = target.exports.get(name);
  if (e === undefined) {
    const has = target.byName.has(name);
    const hint = has ? `: it is declared there but not exported (add 'export')` : listExports(p, target);
    p.diags.error(NameCode.ExportNotFound, span, `${target.path} has no export named '${p.pool.text(name)}'${hint}`);
    return NO_SYMBOL;
  }
  if (target.exportSymbols.get(name) === IN_PROGRESS) {
    reportCycle(p, name, span, target, asker);
    return NO_SYMBOL;
  }
  return resolveExport(p, target, name, span);
}

/** The one report for a chain of imports and re-exports of `name` that came back to a link being followed. */
function reportCycle(p: LoadedProgram, name: StringId, span: Span, a: Module, b: Module): void {
  const through = a === b ? a.path : `${a.path} and ${b.path}`;
  p.diags.error(NameCode.ExportCycle, span, `'${p.pool.text(name)}' is re-exported in a cycle that never reaches a declaration (through ${through})`);
}

function listExports(p: LoadedProgram, m: Module): string {
  if (m.exportOrder.length === 0) return ` (it exports nothing)`;
  const names = m.exportOrder.slice(0, 8).map((n) => `'${p.pool.text(n)}'`).join(", ");
  return ` (it exports ${names}${m.exportOrder.length > 8 ? ", ..." : ""})`;
}

/** The module and row of a symbol. */
export function declOf(p: LoadedProgram, s: SymbolId): { module: Module; decl: DeclIndex; kind: DeclKind } {
  const module = p.modules[moduleOfSymbol(s)]!;
  const decl = declOfSymbol(s);
  return { module, decl, kind: module.decls.cols.kind[decl]! as DeclKind };
}

/** Looks a name up at the top level of `m`, through imports. NO_SYMBOL if absent or broken. */
export function lookupTopLevel(p: LoadedProgram, m: Module, name: StringId): SymbolId {
  const d = m.byName.get(name);
  if (d === undefined) return NO_SYMBOL;
  return resolveDecl(p, m, d);
}
