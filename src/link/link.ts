// The linker: takes every function's code and relocations, keeps what the
// exports and the start code reach, assigns final indices from stable keys
// (symbol ids, never arrival order), deduplicates function types, lays out
// the string constants once each, patches every relocation in place, and
// writes the module with its `name` section. It never looks at syntax or
// types beyond the value types of signatures.
import type { StringId, TypeId } from "../base/ids.js";
import type { InternPool } from "../base/intern-pool.js";
import { RelocKind, type FunctionCode } from "../emit/code.js";
import { slotValType, T, valTypeOf } from "../types/types.js";
import { ByteWriter, u32Size, writePaddedU32 } from "../wasm/byte-writer.js";
import { ExternKind, FUNC_TYPE, NameSubsection, SectionId, ValType, writeHeader, writeSection } from "../wasm/format.js";
import { Op } from "../wasm/opcodes.js";
import type { Value } from "../check/values.js";

/** A function the program defines. */
export interface LinkFunction {
  /** Stable key: a SymbolId (module << 16 | declaration); top-level code uses keys above every symbol. */
  readonly key: number;
  readonly name: string;
  readonly code: FunctionCode;
}

/** A function imported from the host. */
export interface LinkImport {
  /** A SymbolId, or a SpecialFunction. */
  readonly key: number;
  readonly module: string;
  readonly field: string;
  readonly name: string;
  readonly params: readonly TypeId[];
  readonly result: TypeId;
}

export interface LinkGlobal {
  readonly key: number;
  readonly name: string;
  readonly type: TypeId;
  readonly mutable: boolean;
  /** The constant initial value (a global set by start code starts at 0). */
  readonly init: Value;
}

export interface LinkExport {
  readonly name: string;
  readonly kind: "function" | "global";
  readonly key: number;
}

export interface LinkInput {
  readonly moduleName: string;
  readonly functions: readonly LinkFunction[];
  readonly imports: readonly LinkImport[];
  readonly globals: readonly LinkGlobal[];
  readonly exports: readonly LinkExport[];
  /** Keys of the functions that run at start, in order. */
  readonly start: readonly number[];
}

/** Where string constants begin in memory (0 stays the null pointer). */
const DATA_START = 8;
/** Before a string's first character: its class id, then its byte length (AssemblyScript's layout). */
const STRING_CLASS_ID = 2;

/** The final index or address of every relocation target: what patching a body needs. */
export interface Targets {
  readonly fnIndex: ReadonlyMap<number, number>;
  readonly globalIndex: ReadonlyMap<number, number>;
  readonly address: ReadonlyMap<number, number>;
}

/** What the linker decides before it writes anything: what is live, in final order, and where each target ends up. */
export interface Resolution extends Targets {
  readonly imports: readonly LinkImport[];
  readonly fns: readonly LinkFunction[];
  readonly globals: readonly LinkGlobal[];
  /** The string constants' bytes, laid out from DATA_START. */
  readonly data: ByteWriter;
}

export function link(input: LinkInput, pool: InternPool): Uint8Array {
  const resolution = resolveLink(input, pool);
  const { imports, fns, globals, fnIndex, globalIndex, data } = resolution;
  // Function types, deduplicated by what the type section writes for them:
  // the key has one character per value type, the result's first (0 for none).
  const typeIndex = new Map<string, number>();
  const typeSigs: { params: readonly TypeId[]; result: TypeId }[] = [];
  const typeOf = (params: readonly TypeId[], result: TypeId): number => {
    let key = String.fromCharCode(valTypeOf(result));
    for (let k = 0; k < params.length; k++) key += String.fromCharCode(slotValType(params[k]!));
    let i = typeIndex.get(key);
    if (i === undefined) { i = typeSigs.length; typeIndex.set(key, i); typeSigs.push({ params, result }); }
    return i;
  };
  const importTypes = imports.map((im) => typeOf(im.params, im.result));
  const fnTypes = fns.map((f) => typeOf(f.code.params, f.code.result));
  const hasStart = input.start.length > 0;
  const startType = hasStart ? typeOf([], T.void) : -1;

  // Sized for the code section, the largest by far, so that neither writer grows (and copies) a dozen times.
  let codeBytes = 64;
  for (let k = 0; k < fns.length; k++) codeBytes += fns[k]!.code.body.length + 5;
  // And the name section, next in size: per name an index and a length (at most 5 bytes each) and its
  // UTF-16 length, which is its size in bytes for the ASCII names kiln makes (the writer grows for others).
  let nameBytes = 64 + input.moduleName.length;
  for (let k = 0; k < fns.length; k++) nameBytes += fns[k]!.name.length + 10;
  for (let k = 0; k < imports.length; k++) nameBytes += imports[k]!.name.length + 10;
  const out = new ByteWriter(codeBytes + data.length + 16 * fns.length + nameBytes + 4096);
  writeHeader(out);
  // The code section goes straight into `out` (see below); the others pass through this writer.
  const sec = new ByteWriter(data.length + 16 * fns.length + 4096);
  const section = (id: SectionId, fill: (w: ByteWriter) => void): void => {
    sec.length = 0;
    fill(sec);
    writeSection(out, id, sec);
  };
  section(SectionId.Type, (w) => {
    w.u32(typeSigs.length);
    for (const s of typeSigs) {
      w.u8(FUNC_TYPE);
      w.u32(s.params.length);
      for (const p of s.params) w.u8(slotValType(p));
      const r = valTypeOf(s.result);
      if (r === 0) w.u32(0); else { w.u32(1); w.u8(r); }
    }
  });
  if (imports.length > 0) section(SectionId.Import, (w) => {
    w.u32(imports.length);
    imports.forEach((im, i) => { w.name(im.module); w.name(im.field); w.u8(ExternKind.Func); w.u32(importTypes[i]!); });
  });
  section(SectionId.Function, (w) => {
    w.u32(fns.length + (hasStart ? 1 : 0));
    for (let k = 0; k < fnTypes.length; k++) w.u32(fnTypes[k]!);
    if (hasStart) w.u32(startType);
  });
  section(SectionId.Memory, (w) => {
    const pages = Math.max(1, Math.ceil((DATA_START + data.length) / 65536));
    w.u32(1); w.u8(0); w.u32(pages);
  });
  if (globals.length > 0) section(SectionId.Global, (w) => {
    w.u32(globals.length);
    for (const g of globals) {
      const vt = slotValType(g.type);
      w.u8(vt); w.u8(g.mutable ? 1 : 0);
      switch (vt) {
        case ValType.I64: w.u8(Op.I64Const); w.s64(BigInt.asIntN(64, BigInt(g.init))); break;
        case ValType.F32: w.u8(Op.F32Const); w.f32(Number(g.init)); break;
        case ValType.F64: w.u8(Op.F64Const); w.f64(Number(g.init)); break;
        default: w.u8(Op.I32Const); w.s32(Number(g.init) | 0);
      }
      w.u8(Op.End);
    }
  });
  section(SectionId.Export, (w) => {
    const exports = input.exports.filter((e) => e.kind === "function" ? fnIndex.has(e.key) : globalIndex.has(e.key));
    w.u32(exports.length + 1);
    for (const e of exports) {
      w.name(e.name);
      if (e.kind === "function") { w.u8(ExternKind.Func); w.u32(fnIndex.get(e.key)!); }
      else { w.u8(ExternKind.Global); w.u32(globalIndex.get(e.key)!); }
    }
    w.name("memory"); w.u8(ExternKind.Memory); w.u32(0);
  });
  const startIndex = imports.length + fns.length;
  if (hasStart) section(SectionId.Start, (w) => w.u32(startIndex));
  // The code section, written into `out` itself, not copied there from `sec`:
  // it is most of the module (1.2 of 1.4 MB for the 100k-line corpus), so its
  // size is added up first.
  let startBody: ByteWriter | undefined;
  if (hasStart) {
    startBody = new ByteWriter(16);
    startBody.u32(0);
    for (const s of input.start) { startBody.u8(Op.Call); startBody.u32(fnIndex.get(s)!); }
    startBody.u8(Op.End);
  }
  let codeSize = u32Size(fns.length + (hasStart ? 1 : 0));
  for (let k = 0; k < fns.length; k++) { const n = fns[k]!.code.body.length; codeSize += u32Size(n) + n; }
  if (startBody !== undefined) codeSize += u32Size(startBody.length) + startBody.length;
  out.u8(SectionId.Code);
  out.u32(codeSize);
  const codeStart = out.length;
  out.u32(fns.length + (hasStart ? 1 : 0));
  for (let k = 0; k < fns.length; k++) {
    const f = fns[k]!;
    // Copied into the section, then patched there: the emitted body stays as it was, without a copy of its own.
    const body = f.code.body;
    out.u32(body.length);
    const base = out.length;
    out.raw(body);
    patchRelocations(out.bytes, base, f.code.relocs, resolution, f.name);
  }
  if (startBody !== undefined) { out.u32(startBody.length); out.raw(startBody.bytes.subarray(0, startBody.length)); }
  if (out.length - codeStart !== codeSize) throw new Error(`link: the code section took ${out.length - codeStart} bytes, not the ${codeSize} counted`);
  if (data.length > 0) section(SectionId.Data, (w) => {
    w.u32(1);
    w.u8(0); w.u8(Op.I32Const); w.s32(DATA_START); w.u8(Op.End);
    w.u32(data.length); w.raw(data.bytes.subarray(0, data.length));
  });
  // The name section, so that traps show kiln's function names.
  const names = new ByteWriter(nameBytes + 16);
  names.name("name");
  const sub = new ByteWriter(nameBytes);
  sub.name(input.moduleName);
  names.u8(NameSubsection.Module); names.u32(sub.length); names.raw(sub.bytes.subarray(0, sub.length));
  sub.length = 0;
  // Every function's name, by index: imports, then functions, then the start function.
  const fnNames: string[] = [];
  for (let k = 0; k < imports.length; k++) fnNames.push(imports[k]!.name);
  for (let k = 0; k < fns.length; k++) fnNames.push(fns[k]!.name);
  if (hasStart) fnNames.push("~start");
  sub.nameMap(fnNames);
  names.u8(NameSubsection.Function); names.u32(sub.length); names.raw(sub.bytes.subarray(0, sub.length));
  writeSection(out, SectionId.Custom, names);
  return out.written();
}

/** Keeps what the exports and the start code reach, and gives every target its final index or address. */
export function resolveLink(input: LinkInput, pool: InternPool): Resolution {
  const all = input.functions;
  // Where each function is in `all`; live functions are flagged by that index,
  // not collected in a Set, which grew (and was rebuilt) a dozen times on the
  // way to thousands of functions.
  const indexOf = new Map<number, number>();
  for (let k = 0; k < all.length; k++) indexOf.set(all[k]!.key, k);
  const importByKey = new Map<number, LinkImport>();
  for (const im of input.imports) importByKey.set(im.key, im);
  const globalByKey = new Map<number, LinkGlobal>();
  for (const g of input.globals) globalByKey.set(g.key, g);

  // Reachability from the exports and the start code.
  const live = new Uint8Array(all.length);
  let liveCount = 0;
  const liveImports = new Set<number>(), liveGlobals = new Set<number>();
  const strings: StringId[] = [];
  const stringSeen = new Set<number>();
  const work: number[] = [];
  const reach = (key: number): void => {
    const k = indexOf.get(key);
    if (k !== undefined) { if (live[k] === 0) { live[k] = 1; liveCount++; work.push(k); } }
    else if (importByKey.has(key)) liveImports.add(key);
  };
  for (const e of input.exports) e.kind === "function" ? reach(e.key) : liveGlobals.add(e.key);
  for (const s of input.start) reach(s);
  while (work.length > 0) {
    const f = all[work.pop()!]!;
    const r = f.code.relocs;
    for (let i = 0; i < r.length; i += 3) {
      const kind = r[i + 1]! as RelocKind, target = r[i + 2]!;
      if (kind === RelocKind.Function) reach(target);
      else if (kind === RelocKind.Global) liveGlobals.add(target);
      else if (!stringSeen.has(target)) { stringSeen.add(target); strings.push(target as StringId); }
    }
  }

  // Final indices, from sorted keys: imports (specials first), then functions, then the start function.
  // Keys are int32s, sorted as such without a comparator call per comparison (thousands of functions, cold).
  const imports = Array.from(Int32Array.from(liveImports).sort(), (k) => importByKey.get(k)!);
  const liveKeys = new Int32Array(liveCount);
  for (let k = 0, j = 0; k < all.length; k++) if (live[k] === 1) liveKeys[j++] = all[k]!.key;
  const fns = Array.from(liveKeys.sort(), (key) => all[indexOf.get(key)!]!);
  const globals = Array.from(Int32Array.from([...liveGlobals].filter((k) => globalByKey.has(k))).sort(), (k) => globalByKey.get(k)!);
  const fnIndex = new Map<number, number>();
  imports.forEach((im, i) => fnIndex.set(im.key, i));
  fns.forEach((f, i) => fnIndex.set(f.key, imports.length + i));
  const globalIndex = new Map<number, number>();
  globals.forEach((g, i) => globalIndex.set(g.key, i));

  // String constants in text order: pool ids depend on which thread interned first, texts do not.
  const textOf = new Map<number, string>(strings.map((s) => [s, pool.text(s)]));
  strings.sort((a, b) => (textOf.get(a)! < textOf.get(b)! ? -1 : textOf.get(a)! > textOf.get(b)! ? 1 : 0));
  const address = new Map<number, number>();
  const data = new ByteWriter(64);
  for (const s of strings) {
    const text = textOf.get(s)!;
    while ((DATA_START + data.length) % 4 !== 0) data.u8(0);
    const bytes = text.length * 2;
    data.raw(u32le(STRING_CLASS_ID));
    data.raw(u32le(bytes));
    address.set(s, DATA_START + data.length);
    for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); data.u8(c & 0xff); data.u8(c >>> 8); }
  }
  return { imports, fns, globals, fnIndex, globalIndex, address, data };
}

/**
 * Patches the relocations (offset, kind, target triples) of a body that
 * starts at dst[at]: each padded slot gets its target's final index or
 * address. Throws on a target the resolution does not know (a linker bug).
 */
export function patchRelocations(dst: Uint8Array, at: number, relocs: Int32Array, t: Targets, name: string): void {
  for (let i = 0; i < relocs.length; i += 3) {
    const off = relocs[i]!, kind = relocs[i + 1]! as RelocKind, target = relocs[i + 2]!;
    const value = kind === RelocKind.Function ? t.fnIndex.get(target) : kind === RelocKind.Global ? t.globalIndex.get(target) : t.address.get(target);
    if (value === undefined) throw new Error(`link: unresolved ${kind === RelocKind.Function ? "function" : kind === RelocKind.Global ? "global" : "string"} ${target} in ${name}`);
    writePaddedU32(dst, at + off, value);
  }
}

function u32le(x: number): Uint8Array { return new Uint8Array([x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, x >>> 24]); }

