// Types as ids of the shared intern pool: a type is the interned text of its
// canonical name, so equal types have equal ids on every thread with no type
// table to share. The numeric types' names are short enough to be atoms, so
// their ids are constants computed here, without a pool. This file owns the
// numeric types' facts (width, signedness, wasm value type) and the implicit
// conversion rules; it must never look at syntax.
import { atom, atomText, isAtom } from "../base/atoms.js";
import type { TypeId } from "../base/ids.js";
import type { InternPool } from "../base/intern-pool.js";
import { ValType } from "../wasm/format.js";

/** Dense index of a primitive type, for tables and switches. */
export const enum Prim { None, Void, Bool, I8, I16, I32, I64, U8, U16, U32, U64, Isize, Usize, F32, F64, Count }

/** Each Prim's name, as written in source. */
export const PRIM_NAMES: readonly string[] = ["", "void", "bool", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "isize", "usize", "f32", "f64"];

/** No type: an expression that had an error (reported once, never again). */
export const ERROR_TYPE = 0 as TypeId;

export const T = {
  void: atom("void") as TypeId, bool: atom("bool") as TypeId,
  i8: atom("i8") as TypeId, i16: atom("i16") as TypeId, i32: atom("i32") as TypeId, i64: atom("i64") as TypeId,
  u8: atom("u8") as TypeId, u16: atom("u16") as TypeId, u32: atom("u32") as TypeId, u64: atom("u64") as TypeId,
  isize: atom("isize") as TypeId, usize: atom("usize") as TypeId, f32: atom("f32") as TypeId, f64: atom("f64") as TypeId,
} as const;

// TypeId -> Prim through a small direct-mapped table: one multiply, one
// load, no probing loop. The multiplier gives the 14 primitive types 14
// distinct slots (checked below), so a slot holds one type or none. The
// checker and the emitter ask for a type's Prim at nearly every node, and a
// loop in each predicate that inlines primOf made every one of their
// functions larger for V8's optimizing compiler, the one thread a cold build
// waits on.
const SLOTS = 64;
const slotKeys = new Int32Array(SLOTS);
const slotPrims = new Uint8Array(SLOTS);
const slotOf = (id: number): number => Math.imul(id, 0x85ebca6b) >>> 26;
const PRIM_IDS: TypeId[] = [ERROR_TYPE];
for (let p = 1; p < Prim.Count; p++) {
  const id = atom(PRIM_NAMES[p]!);
  PRIM_IDS.push(id as TypeId);
  const i = slotOf(id);
  if (slotKeys[i] !== 0) throw new Error(`types: '${PRIM_NAMES[p]}' and another primitive type share slot ${i}: choose another multiplier`);
  slotKeys[i] = id;
  slotPrims[i] = p;
}

/**
 * The primitive kind of a type (None for the error type and composite
 * types): an empty slot holds key 0, which is the error type's id, and
 * Prim.None; a composite type's id is not negative, so it matches no
 * primitive's key.
 */
export function primOf(t: TypeId): Prim {
  const i = slotOf(t);
  return slotKeys[i] === t ? (slotPrims[i]! as Prim) : Prim.None;
}

export function primType(p: Prim): TypeId { return PRIM_IDS[p]!; }

// Facts per Prim.
const BITS = new Uint8Array([0, 0, 1, 8, 16, 32, 64, 8, 16, 32, 64, 32, 32, 32, 64]);
const SIGNED = new Uint8Array([0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1]);
const VALTYPE = new Uint8Array([0, 0, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I64, ValType.I32, ValType.I32,
  ValType.I32, ValType.I64, ValType.I32, ValType.I32, ValType.F32, ValType.F64]);

/** Value bits: 1 for bool, 8..64 for the others, 0 for void. */
export function bitsOf(t: TypeId): number { return BITS[primOf(t)]!; }
export function isSigned(t: TypeId): boolean { return SIGNED[primOf(t)] === 1; }
export function isFloat(t: TypeId): boolean { const p = primOf(t); return p === Prim.F32 || p === Prim.F64; }
/** Integer types, bool included (it is a 1-bit unsigned integer, as in AssemblyScript). */
export function isIntegral(t: TypeId): boolean { const p = primOf(t); return p >= Prim.Bool && p <= Prim.Usize; }
export function isNumeric(t: TypeId): boolean { const p = primOf(t); return p >= Prim.I8 && p <= Prim.F64; }
/** Values held in an i64 (or f64) rather than 32 bits. */
export function isWide(t: TypeId): boolean { return BITS[primOf(t)] === 64; }
/** Integers narrower than their wasm value, which wrap to their width when they change. */
export function isSmallInt(t: TypeId): boolean { const p = primOf(t); return p === Prim.I8 || p === Prim.I16 || p === Prim.U8 || p === Prim.U16; }
/** The wasm value type, or 0 for void and the error type. */
export function valTypeOf(t: TypeId): ValType | 0 { return VALTYPE[primOf(t)]! as ValType | 0; }
/**
 * The wasm value type of a slot (parameter, local, global, block result)
 * declared with type `t`: i32 where `t` has none (the error type, after an
 * error has been reported), so the module stays well-formed.
 */
export function slotValType(t: TypeId): ValType { return valTypeOf(t) || ValType.I32; }

/**
 * Whether a value of type `from` converts to `to` without being asked
 * (LANGUAGE.md level 0): integer widening, and int -> float where every value
 * is exact (AssemblyScript's rule: at most 23 bits into f32, 52 into f64);
 * f32 -> f64. Same-width integers of different signedness do not, nor does
 * anything that narrows.
 */
export function convertsImplicitly(from: TypeId, to: TypeId): boolean {
  if (from === to) return true;
  const f = primOf(from), t = primOf(to);
  if (f === Prim.None || t === Prim.None || f === Prim.Void || t === Prim.Void) return false;
  const fb = BITS[f]!, tb = BITS[t]!;
  const fFloat = f === Prim.F32 || f === Prim.F64, tFloat = t === Prim.F32 || t === Prim.F64;
  if (fFloat) return tFloat && fb <= tb;
  if (tFloat) return fb <= (t === Prim.F32 ? 23 : 52);
  if (t === Prim.Bool) return false;
  if (fb < tb) return true;
  // Same width: only when the meaning cannot change (isize <-> i32, usize <-> u32).
  return fb === tb && SIGNED[f] === SIGNED[t];
}

/** The name users write for a type. */
export function typeName(t: TypeId, pool?: InternPool): string {
  if (t === ERROR_TYPE) return "<error>";
  if (isAtom(t)) return atomText(t);
  return pool ? pool.text(t as number as never) : `type#${t}`;
}

