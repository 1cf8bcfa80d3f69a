// What compiling one module gives the linker: its functions' code, its host
// imports and its globals, keyed by symbol. compileModule is the one place a
// module is checked and emitted, on the main thread (-j 1) or on a worker; the
// pack/unpack pair moves an output between threads as two transferable
// typed arrays plus the rare host declarations. Names for the name section
// are made later, from the keys, by the thread that links.
import type { Span, TypeId } from "../base/ids.js";
import type { CheckDb } from "../check/db.js";
import type { Value } from "../check/values.js";
import { RelocKind, type FunctionCode } from "../emit/code.js";
import { FunctionEmitter, type Locator, type RuntimeFunctions } from "../emit/emit-function.js";
import type { LoadedProgram } from "../program/load.js";
import { declOfSymbol, DeclKind, moduleOfSymbol, NO_SYMBOL, symbolOf, type DeclIndex, type Module, type ModuleId, type SymbolId } from "../program/program.js";
import { lookupTopLevel } from "../program/resolve.js";
import { RUNTIME_PATH } from "../runtime/runtime-source.js";
import { T } from "../types/types.js";

export interface KeyedCode { readonly key: number; readonly code: FunctionCode }
export interface HostDecl { readonly key: number; readonly module: string; readonly field: string; readonly params: readonly TypeId[]; readonly result: TypeId }
export interface GlobalDecl { readonly key: number; readonly type: TypeId; readonly mutable: boolean; readonly init: Value }

export interface ModuleOutput {
  readonly functions: KeyedCode[];
  readonly hosts: HostDecl[];
  readonly globals: GlobalDecl[];
  /** Keys of the functions whose code met something the checker should have rejected (FunctionEmitter.unchecked): a bug in kiln, which the link refuses. */
  readonly unchecked: number[];
}

export function emptyOutput(): ModuleOutput { return { functions: [], hosts: [], globals: [], unchecked: [] }; }

/** A key above every symbol for module `m`'s top-level code (symbols are module << 16 | decl). */
export function topLevelKey(m: ModuleId): number { return 0x7fff0000 + m; }
export function moduleOfTopLevelKey(key: number): ModuleId | -1 { return key >= 0x7fff0000 ? ((key - 0x7fff0000) as ModuleId) : -1; }

/**
 * Checks every declaration of `m` and, while there are no errors and `emit`
 * is set, emits its functions into `out`. Each function's tables are dropped
 * once it is emitted: peak memory follows the largest function, not the
 * program. After an error nothing more is emitted, but everything is still
 * checked, so that every error is reported.
 */
export function compileModule(db: CheckDb, m: Module, emit: boolean, rt: RuntimeFunctions, out: ModuleOutput): void {
  const where = locator(db.p, m);
  for (let d = 0; d < m.decls.length; d++) compileDecl(db, m, d as DeclIndex, emit, rt, out, where);
  const top = db.topLevelOf(m.id);
  if (top === undefined) return;
  if (emit && db.diags.errorCount === 0) {
    const e = new FunctionEmitter(db, top, where, rt);
    addCode(out, topLevelKey(m.id), e.emitTopLevel(m.topLevel as number[]), e);
  }
  // As for a function: its tables, which span the whole module, serve later code.
  db.topLevel.drop(m.id);
  top.release();
}

function compileDecl(db: CheckDb, m: Module, d: DeclIndex, emit: boolean, rt: RuntimeFunctions, out: ModuleOutput, where: Locator): void {
  const c = m.decls.cols;
  const sym = symbolOf(m.id, d);
  const kind = c.kind[d]! as DeclKind;
  if (kind === DeclKind.Function) {
    // The result type first: when it is inferred, that checks the body and remembers
    // the answer, so dropping the body below never makes a caller check it again.
    db.result(sym, m.parsed.tree.span[c.node[d]!]! as Span);
    const facts = db.bodyOf(sym);
    if (emit && db.diags.errorCount === 0) {
      const e = new FunctionEmitter(db, facts, where, rt);
      addCode(out, sym, e.emitBody(facts.node - 1, db.sig(sym).params), e);
    }
    db.body.drop(sym);
    facts.release();
  } else if (kind === DeclKind.HostFunction) {
    const sig = db.sig(sym);
    if (sig.host !== undefined) out.hosts.push({ key: sym, module: sig.host.module, field: sig.host.name, params: sig.params, result: sig.declaredResult ?? T.void });
  } else if (kind === DeclKind.Global || kind === DeclKind.Const) {
    const type = db.globalTypeOf(sym, m.parsed.tree.span[c.node[d]!]! as Span);
    const value = db.globalValueOf(sym);
    out.globals.push({ key: sym, type, mutable: kind === DeclKind.Global || value === undefined, init: value ?? 0 });
  }
}

/**
 * Compiles the functions of the runtime library `rt` (module `m`) that the
 * code in `out` calls, directly or through one another, after every other
 * module: a program that never uses `**` or a float `%` pays nothing for
 * them. Both the -j 1 path and the main thread of -j N call it, so which
 * runtime functions exist never depends on how modules were shared out.
 */
export function compileRuntime(db: CheckDb, m: Module, emit: boolean, rt: RuntimeFunctions, out: ModuleOutput): void {
  if (!emit || db.diags.errorCount > 0) return;
  const where = locator(db.p, m);
  const done = new Set<number>();
  // `out.functions` grows as runtime functions are compiled, so their own calls are scanned too.
  for (let i = 0; i < out.functions.length; i++) {
    const r = out.functions[i]!.code.relocs;
    for (let k = 0; k < r.length; k += 3) {
      const target = r[k + 2]!;
      if (r[k + 1] !== RelocKind.Function || target < 0 || moduleOfSymbol(target as SymbolId) !== m.id || done.has(target)) continue;
      done.add(target);
      compileDecl(db, m, declOfSymbol(target as SymbolId), emit, rt, out, where);
    }
  }
}

/** The runtime library's module, if the program has one. */
export function runtimeModule(p: LoadedProgram): Module | undefined {
  return p.modules.find((x) => x.path.endsWith(RUNTIME_PATH));
}

function addCode(out: ModuleOutput, key: number, code: FunctionCode, e: FunctionEmitter): void {
  out.functions.push({ key, code });
  if (e.unchecked > 0) out.unchecked.push(key);
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

/** The runtime library's functions that emitted code may call. */
export function runtimeFunctions(p: LoadedProgram): RuntimeFunctions {
  const m = runtimeModule(p);
  const get = (name: string): number => (m === undefined ? NO_SYMBOL : lookupTopLevel(p, m, p.pool.intern(name)));
  return { ipow32: get("ipow32"), upow32: get("upow32"), ipow64: get("ipow64"), upow64: get("upow64"), fmod32: get("fmod32"), fmod64: get("fmod64") };
}

// ----- moving an output between threads

/**
 * `ints`: per function key, body length, reloc ints, result, param count,
 * params, relocs; then per global key, type, mutable, init kind (0 number,
 * 1 bigint). `bytes`: the bodies back to back. `values`: the globals' numeric
 * inits; `bigs`: their bigint inits. All four move in a transfer list.
 */
export interface PackedModuleOutput {
  readonly functionCount: number;
  readonly ints: Int32Array;
  readonly bytes: Uint8Array;
  readonly values: Float64Array;
  readonly bigs: BigInt64Array;
  readonly hosts: readonly HostDecl[];
  readonly unchecked: readonly number[];
}

export function packOutput(out: ModuleOutput): PackedModuleOutput {
  let nInts = out.globals.length * 4, nBytes = 0, nValues = 0, nBigs = 0;
  for (const f of out.functions) { nInts += 5 + f.code.params.length + f.code.relocs.length; nBytes += f.code.body.length; }
  for (const g of out.globals) typeof g.init === "bigint" ? nBigs++ : nValues++;
  const ints = new Int32Array(nInts), bytes = new Uint8Array(nBytes), values = new Float64Array(nValues), bigs = new BigInt64Array(nBigs);
  let i = 0, b = 0, v = 0, g2 = 0;
  for (const f of out.functions) {
    const c = f.code;
    ints[i++] = f.key; ints[i++] = c.body.length; ints[i++] = c.relocs.length; ints[i++] = c.result; ints[i++] = c.params.length;
    for (const p of c.params) ints[i++] = p;
    ints.set(c.relocs, i); i += c.relocs.length;
    bytes.set(c.body, b); b += c.body.length;
  }
  for (const g of out.globals) {
    ints[i++] = g.key; ints[i++] = g.type; ints[i++] = g.mutable ? 1 : 0;
    if (typeof g.init === "bigint") { ints[i++] = 1; bigs[g2++] = BigInt.asIntN(64, g.init); }
    else { ints[i++] = 0; values[v++] = g.init; }
  }
  return { functionCount: out.functions.length, ints, bytes, values, bigs, hosts: out.hosts, unchecked: out.unchecked };
}

export function transferList(p: PackedModuleOutput): ArrayBuffer[] {
  return [p.ints.buffer as ArrayBuffer, p.bytes.buffer as ArrayBuffer, p.values.buffer as ArrayBuffer, p.bigs.buffer as ArrayBuffer];
}

/** Appends a packed output to `out`; bodies and relocs are views, not copies. */
export function unpackOutput(p: PackedModuleOutput, out: ModuleOutput): void {
  const { ints, bytes, values, bigs } = p;
  let i = 0, b = 0, v = 0, g2 = 0;
  for (let n = 0; n < p.functionCount; n++) {
    const key = ints[i++]!, bodyLen = ints[i++]!, relocLen = ints[i++]!, result = ints[i++]! as TypeId, nParams = ints[i++]!;
    const params = Array.from(ints.subarray(i, i + nParams)) as TypeId[];
    i += nParams;
    const relocs = ints.subarray(i, i + relocLen);
    i += relocLen;
    out.functions.push({ key, code: { body: bytes.subarray(b, b + bodyLen), relocs, params, result } });
    b += bodyLen;
  }
  while (i < ints.length) {
    const key = ints[i++]!, type = ints[i++]! as TypeId, mutable = ints[i++] === 1, isBig = ints[i++] === 1;
    out.globals.push({ key, type, mutable, init: isBig ? bigs[g2++]! : values[v++]! });
  }
  for (const h of p.hosts) out.hosts.push(h);
  for (const k of p.unchecked) out.unchecked.push(k);
}
