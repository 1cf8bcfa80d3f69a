// The built-in names of level 0: conversion functions (`i32(x)`), assert,
// abort, unreachable, the bit operations, reinterpret, isNaN/isFinite, Math
// and Mathf, and the constants (`i32.MAX_VALUE`, `Math.PI`, NaN). Owns the
// names and what each one is; the checker types the calls and the emitter
// lowers them. Looked up only when a name is not declared by the program.
import type { TypeId } from "../base/ids.js";
import { Prim, PRIM_NAMES, primOf, primType, T } from "../types/types.js";
import type { Value } from "./values.js";

export const enum Builtin {
  /** Convert + Prim: `i32(x)`, `f64(x)`, `bool(x)` ... */
  Convert = 0,
  Assert = 32, Unreachable, Abort, IsNaN, IsFinite, Clz, Ctz, Popcnt, Rotl, Rotr, Bswap, Reinterpret,
  /** Math + MathFn (+ MATH_F32 for Mathf). */
  Math = 64,
  /** GenericMath + MathFn: `nearest<f32>(x)`, `copysign(x, y)`: the float type comes from the type argument or the first argument. */
  GenericMath = 96,
}

export const enum MathFn { Sqrt, Abs, Floor, Ceil, Trunc, Nearest, Min, Max, Copysign, Pow, Count }
export const MATH_F32 = 16;

const MATH_NAMES = ["sqrt", "abs", "floor", "ceil", "trunc", "nearest", "min", "max", "copysign", "pow"];
/** How many arguments each MathFn takes. */
export const MATH_ARITY = [1, 1, 1, 1, 1, 1, 2, 2, 2, 2];

const GLOBAL_FUNCTIONS = new Map<string, Builtin>([
  ["assert", Builtin.Assert], ["unreachable", Builtin.Unreachable], ["abort", Builtin.Abort],
  ["isNaN", Builtin.IsNaN], ["isFinite", Builtin.IsFinite], ["clz", Builtin.Clz], ["ctz", Builtin.Ctz],
  ["popcnt", Builtin.Popcnt], ["rotl", Builtin.Rotl], ["rotr", Builtin.Rotr], ["bswap", Builtin.Bswap],
  ["reinterpret", Builtin.Reinterpret],
]);

/**
 * The built-in functions by interned name, for one pool: the checker meets
 * names as ids and must not turn them back into text to look them up.
 */
export class BuiltinNames {
  private static readonly cache = new WeakMap<object, BuiltinNames>();
  readonly functions = new Map<number, Builtin>();
  /** `Math`, `Mathf`, type names: namespaces of members. */
  readonly namespaces = new Map<number, string>();
  readonly globals = new Map<number, { type: TypeId; value: Value }>();

  private constructor(intern: (text: string) => number) {
    for (const name of [...GLOBAL_FUNCTIONS.keys(), ...NAMES.slice(2)]) this.functions.set(intern(name), builtinFunction(name) as Builtin);
    // AssemblyScript's global float built-ins (not pow: that one is Math.pow).
    MATH_NAMES.forEach((name, fn) => { if (fn !== MathFn.Pow) this.functions.set(intern(name), (Builtin.GenericMath + fn) as Builtin); });
    for (const ns of ["Math", "Mathf", ...NAMES.slice(2)]) this.namespaces.set(intern(ns), ns);
    for (const g of ["NaN", "Infinity"]) this.globals.set(intern(g), builtinGlobal(g)!);
  }

  static of(pool: { intern(text: string): number }): BuiltinNames {
    let b = BuiltinNames.cache.get(pool);
    if (b === undefined) { b = new BuiltinNames((t) => pool.intern(t)); BuiltinNames.cache.set(pool, b); }
    return b;
  }
}

const NAMES = PRIM_NAMES;

/** A global built-in function by name (conversion functions included), or -1. */
function builtinFunction(name: string): Builtin | -1 {
  const b = GLOBAL_FUNCTIONS.get(name);
  if (b !== undefined) return b;
  const t = typeByName(name);
  if (t !== undefined) return (Builtin.Convert + primOf(t)) as Builtin;
  return -1;
}

/** `Math.name` / `Mathf.name` as a function, or -1. */
export function mathFunction(ns: string, name: string): Builtin | -1 {
  if (ns !== "Math" && ns !== "Mathf") return -1;
  const i = MATH_NAMES.indexOf(name);
  if (i < 0) return -1;
  return (Builtin.Math + i + (ns === "Mathf" ? MATH_F32 : 0)) as Builtin;
}

function typeByName(name: string): TypeId | undefined {
  const p = PRIM_NAMES.indexOf(name);
  return p > Prim.Void ? primType(p as Prim) : undefined;
}

const MATH_CONSTANTS: Record<string, number> = {
  E: Math.E, PI: Math.PI, LN2: Math.LN2, LN10: Math.LN10, LOG2E: Math.LOG2E, LOG10E: Math.LOG10E,
  SQRT1_2: Math.SQRT1_2, SQRT2: Math.SQRT2,
};

/** A constant such as `i32.MAX_VALUE`, `Math.PI`, `f64.NaN`: its type and value, or undefined. */
export function builtinConstant(ns: string, name: string): { type: TypeId; value: Value } | undefined {
  if (ns === "Math" || ns === "Mathf") {
    const v = MATH_CONSTANTS[name];
    if (v === undefined) return undefined;
    return ns === "Math" ? { type: T.f64, value: v } : { type: T.f32, value: Math.fround(v) };
  }
  const t = typeByName(ns);
  if (t === undefined) return undefined;
  const p = primOf(t);
  if (p === Prim.F32 || p === Prim.F64) {
    const f32 = p === Prim.F32;
    const table: Record<string, number> = {
      NaN: NaN, POSITIVE_INFINITY: Infinity, NEGATIVE_INFINITY: -Infinity,
      MAX_VALUE: f32 ? 3.4028234663852886e38 : Number.MAX_VALUE, MIN_VALUE: f32 ? 1.401298464324817e-45 : Number.MIN_VALUE,
      MIN_NORMAL_VALUE: f32 ? 1.1754943508222875e-38 : 2.2250738585072014e-308,
      EPSILON: f32 ? 1.1920928955078125e-7 : Number.EPSILON,
      MAX_SAFE_INTEGER: f32 ? 16777215 : Number.MAX_SAFE_INTEGER, MIN_SAFE_INTEGER: f32 ? -16777215 : Number.MIN_SAFE_INTEGER,
    };
    const v = table[name];
    return v === undefined ? undefined : { type: t, value: v };
  }
  if (p === Prim.Bool) {
    if (name === "MIN_VALUE") return { type: t, value: 0 };
    if (name === "MAX_VALUE") return { type: t, value: 1 };
    return undefined;
  }
  const wide = p === Prim.I64 || p === Prim.U64;
  const bits = wide ? 64 : p === Prim.I8 || p === Prim.U8 ? 8 : p === Prim.I16 || p === Prim.U16 ? 16 : 32;
  const signed = p === Prim.I8 || p === Prim.I16 || p === Prim.I32 || p === Prim.I64 || p === Prim.Isize;
  const min = signed ? -(2n ** BigInt(bits - 1)) : 0n;
  const max = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
  if (name === "MIN_VALUE") return { type: t, value: wide ? min : Number(min) };
  if (name === "MAX_VALUE") return { type: t, value: wide ? max : Number(max) };
  return undefined;
}

/** Global value names: `NaN` and `Infinity` (f64). */
function builtinGlobal(name: string): { type: TypeId; value: Value } | undefined {
  if (name === "NaN") return { type: T.f64, value: NaN };
  if (name === "Infinity") return { type: T.f64, value: Infinity };
  return undefined;
}
