// Compile-time values of the numeric types and arithmetic on them, with the
// exact semantics the generated code has at run time (wrapping, truncating
// division, saturating float -> int). The checker folds literal arithmetic
// with it and the emitter writes the results as constants. A value is a
// number for types up to 32 bits and floats, a bigint for 64-bit integers.
// It must never fold what would trap (division by zero, MIN / -1).
import type { TypeId } from "../base/ids.js";
import { Tok } from "../parse/tokens.js";
import { Prim, primOf, T } from "../types/types.js";

export type Value = number | bigint;

/** `v` brought to type `t`'s range the way storing it wraps (two's complement, fround for f32). */
export function normalize(v: Value, t: TypeId): Value {
  switch (primOf(t)) {
    case Prim.Bool: return Number(v) !== 0 ? 1 : 0;
    case Prim.I8: return (Number(BigInt.asIntN(32, BigInt(v))) << 24) >> 24;
    case Prim.U8: return Number(BigInt.asUintN(8, BigInt(v)));
    case Prim.I16: return (Number(BigInt.asIntN(32, BigInt(v))) << 16) >> 16;
    case Prim.U16: return Number(BigInt.asUintN(16, BigInt(v)));
    case Prim.I32: case Prim.Isize: return typeof v === "bigint" ? Number(BigInt.asIntN(32, v)) : v | 0;
    case Prim.U32: case Prim.Usize: return typeof v === "bigint" ? Number(BigInt.asUintN(32, v)) : v >>> 0;
    case Prim.I64: return BigInt.asIntN(64, BigInt(v));
    case Prim.U64: return BigInt.asUintN(64, BigInt(v));
    case Prim.F32: return Math.fround(Number(v));
    default: return Number(v);
  }
}

/** The explicit conversion of `v` from type `from` to `to` (floats to integers saturate, NaN gives 0). */
export function convert(v: Value, from: TypeId, to: TypeId): Value {
  const f = primOf(from), t = primOf(to);
  const fromFloat = f === Prim.F32 || f === Prim.F64;
  if (t === Prim.Bool) return Number(v) !== 0 && !Number.isNaN(Number(v)) ? 1 : 0;
  if (t === Prim.F32 || t === Prim.F64) return normalize(Number(v), to);
  if (!fromFloat) return normalize(v, to);
  // float -> integer: truncate, saturate at the range of the wasm conversion
  // (a small type's is 32 bits of its signedness; the result then wraps).
  const x = Number(v);
  if (Number.isNaN(x)) return normalize(0, to);
  const via = t === Prim.I8 || t === Prim.I16 ? T.i32 : t === Prim.U8 || t === Prim.U16 ? T.u32 : to;
  const [lo, hi] = rangeOf(via);
  const tr = Math.trunc(x);
  if (tr <= Number(lo)) return normalize(lo, to);
  if (tr >= Number(hi)) return normalize(hi, to);
  return normalize(typeof lo === "bigint" ? BigInt(tr) : tr, to);
}

/**
 * Each Prim's smallest and largest value, made once: the checker asks for a
 * range at nearly every integer literal, and a fresh pair each time was 8%
 * of a build's allocation (heap sampling, 100k corpus).
 */
const RANGES: readonly (readonly [Value, Value])[] = (() => {
  const r: (readonly [Value, Value])[] = [];
  for (let p = 0; p < Prim.Count; p++) r.push([-Infinity, Infinity]);
  r[Prim.Bool] = [0, 1];
  r[Prim.I8] = [-128, 127];
  r[Prim.U8] = [0, 255];
  r[Prim.I16] = [-32768, 32767];
  r[Prim.U16] = [0, 65535];
  r[Prim.I32] = r[Prim.Isize] = [-2147483648, 2147483647];
  r[Prim.U32] = r[Prim.Usize] = [0, 4294967295];
  r[Prim.I64] = [-(2n ** 63n), 2n ** 63n - 1n];
  r[Prim.U64] = [0n, 2n ** 64n - 1n];
  return r;
})();

/** The smallest and largest value of an integer type (-Infinity and Infinity for any other). */
export function rangeOf(t: TypeId): readonly [Value, Value] { return RANGES[primOf(t)]!; }

/**
 * `a op b` in type `t` (the operands' common type), or undefined when it
 * should be left to run time: it would trap, or the run-time result may
 * differ from JavaScript's (float `**`). Comparisons give 0 or 1.
 */
export function foldBinary(op: Tok, a: Value, b: Value, t: TypeId): Value | undefined {
  const p = primOf(t);
  if (p === Prim.F32 || p === Prim.F64) {
    const x = a as number, y = b as number;
    switch (op) {
      case Tok.Plus: return normalize(x + y, t);
      case Tok.Minus: return normalize(x - y, t);
      case Tok.Star: return normalize(x * y, t);
      case Tok.Slash: return normalize(x / y, t);
      case Tok.Percent: return normalize(x % y, t);
      default: return compare(op, x, y);
    }
  }
  if (typeof a === "bigint" || typeof b === "bigint") {
    const x = BigInt(a), y = BigInt(b);
    const signed = p === Prim.I64;
    switch (op) {
      case Tok.Plus: return normalize(x + y, t);
      case Tok.Minus: return normalize(x - y, t);
      case Tok.Star: return normalize(x * y, t);
      case Tok.Slash: if (y === 0n || (signed && y === -1n && x === -(2n ** 63n))) return undefined; return normalize(x / y, t);
      case Tok.Percent: if (y === 0n) return undefined; return signed && y === -1n ? 0n : normalize(x % y, t);
      case Tok.Amp: return normalize(x & y, t);
      case Tok.Bar: return normalize(x | y, t);
      case Tok.Caret: return normalize(x ^ y, t);
      case Tok.LtLt: return normalize(x << (y & 63n), t);
      case Tok.GtGt: return normalize(signed ? BigInt.asIntN(64, x) >> (y & 63n) : BigInt.asUintN(64, x) >> (y & 63n), t);
      case Tok.GtGtGt: return normalize(BigInt.asUintN(64, x) >> (y & 63n), t);
      case Tok.StarStar: return y < 0n ? (x === 1n ? 1n : x === -1n ? (y % 2n === 0n ? 1n : normalize(-1n, t)) : 0n) : powWrap(x, y, t);
      default: return compare(op, x, y);
    }
  }
  // 32 bits or less: the values are normalized numbers (unsigned ones non-negative).
  const x = a as number, y0 = b as number;
  const signed = p === Prim.I8 || p === Prim.I16 || p === Prim.I32 || p === Prim.Isize;
  // A small type's shift count is taken modulo its width (AssemblyScript's rule), others modulo 32.
  const small = p === Prim.I8 || p === Prim.U8 || p === Prim.I16 || p === Prim.U16;
  const y = small && (op === Tok.LtLt || op === Tok.GtGt || op === Tok.GtGtGt) ? y0 & (p === Prim.I8 || p === Prim.U8 ? 7 : 15) : y0;
  switch (op) {
    case Tok.Plus: return normalize(x + y, t);
    case Tok.Minus: return normalize(x - y, t);
    case Tok.Star: return normalize(Math.imul(x, y), t);
    case Tok.Slash:
      if (y === 0 || (signed && y === -1 && x === -2147483648)) return undefined;
      return normalize(Math.trunc(x / y), t);
    case Tok.Percent: if (y === 0) return undefined; return normalize(x % y, t); // -0 from JS % becomes 0 here
    case Tok.Amp: return normalize(x & y, t);
    case Tok.Bar: return normalize(x | y, t);
    case Tok.Caret: return normalize(x ^ y, t);
    case Tok.LtLt: return normalize(x << (y & 31), t);
    case Tok.GtGt: return normalize(signed ? x >> (y & 31) : x >>> (y & 31), t);
    case Tok.GtGtGt: return normalize(x >>> (y & 31), t);
    case Tok.StarStar: return y < 0 ? (x === 1 ? 1 : x === -1 ? (y % 2 === 0 ? 1 : normalize(-1, t)) : 0) : Number(powWrap(BigInt(x), BigInt(y), t));
    default: return compare(op, x, y);
  }
}

function powWrap(x: bigint, y: bigint, t: TypeId): bigint | number {
  let r = 1n, b = x, e = y;
  while (e > 0n) {
    if (e & 1n) r = BigInt.asUintN(64, r * b);
    b = BigInt.asUintN(64, b * b);
    e >>= 1n;
  }
  return normalize(r, t);
}

function compare(op: Tok, x: Value, y: Value): Value | undefined {
  switch (op) {
    case Tok.EqEq: case Tok.EqEqEq: return x === y ? 1 : 0;
    case Tok.BangEq: case Tok.BangEqEq: return x !== y ? 1 : 0;
    case Tok.Lt: return x < y ? 1 : 0;
    case Tok.LtEq: return x <= y ? 1 : 0;
    case Tok.Gt: return x > y ? 1 : 0;
    case Tok.GtEq: return x >= y ? 1 : 0;
    default: return undefined;
  }
}

/** Prefix `op` on `v` of type `t`. */
export function foldUnary(op: Tok, v: Value, t: TypeId): Value | undefined {
  switch (op) {
    // Written per representation: TypeScript does not apply - and ~ to number | bigint.
    case Tok.Minus: return normalize(typeof v === "bigint" ? -v : -v, t);
    case Tok.Plus: return v;
    case Tok.Tilde: return normalize(typeof v === "bigint" ? ~v : ~v, t);
    case Tok.Bang: return Number(v) === 0 || Number.isNaN(Number(v)) ? 1 : 0;
    default: return undefined;
  }
}
