// The runtime library, written in kiln's own language: integer `**` and
// float `%`, which have no wasm instruction. A program gets only the
// functions it calls (compileRuntime compiles just those). Exact by
// construction; test/runtime checks them against JavaScript's operators.
// It must use only level-0 features and never call the host.

export const RUNTIME_PATH = "~lib/runtime.ts";

export const RUNTIME_SOURCE = `
// x ** e for 32-bit integers; a negative exponent gives 0 unless x is 1 or -1.
export function ipow32(x: i32, e: i32): i32 {
  if (e < 0) {
    if (x == 1) return 1;
    if (x == -1) return (e & 1) != 0 ? -1 : 1;
    return 0;
  }
  return upow32(x, e);
}

// x ** e with e read as unsigned: square and multiply, wrapping.
export function upow32(x: i32, e: i32): i32 {
  let r: i32 = 1;
  while (e != 0) {
    if ((e & 1) != 0) r *= x;
    x *= x;
    e = e >>> 1;
  }
  return r;
}

export function ipow64(x: i64, e: i64): i64 {
  if (e < 0) {
    if (x == 1) return 1;
    if (x == -1) return (e & 1) != 0 ? -1 : 1;
    return 0;
  }
  return upow64(x, e);
}

export function upow64(x: i64, e: i64): i64 {
  let r: i64 = 1;
  while (e != 0) {
    if ((e & 1) != 0) r *= x;
    x *= x;
    e = e >>> 1;
  }
  return r;
}

// C's fmod: x - n * y with n = trunc(x / y), computed exactly on the
// mantissas by shift-and-subtract long division. A NaN result comes from a
// float operation on the operands, as in AssemblyScript's fmod, not from a
// constant: its sign and payload (seen through reinterpret) are then the
// ones the engine gives an invalid operation, or the operand NaN's.
export function fmod64(x: f64, y: f64): f64 {
  if (isNaN(x) || isNaN(y) || !isFinite(x) || y == 0) return (x * y) / (x * y);
  if (!isFinite(y)) return x;
  let ax: f64 = Math.abs(x);
  let ay: f64 = Math.abs(y);
  if (ax < ay) return x;
  if (ax == ay) return Math.copysign(0.0, x);
  let bx: u64 = reinterpret<u64>(ax);
  let by: u64 = reinterpret<u64>(ay);
  let ex: i32 = i32(bx >> 52);
  let ey: i32 = i32(by >> 52);
  let mx: u64 = bx & 0xFFFFFFFFFFFFF;
  let my: u64 = by & 0xFFFFFFFFFFFFF;
  // Bring subnormals to the normal form: bit 52 set, exponent adjusted.
  if (ex == 0) {
    let s: i32 = i32(clz(mx)) - 11;
    mx = mx << u64(s);
    ex = 1 - s;
  } else {
    mx = mx | 0x10000000000000;
  }
  if (ey == 0) {
    let s: i32 = i32(clz(my)) - 11;
    my = my << u64(s);
    ey = 1 - s;
  } else {
    my = my | 0x10000000000000;
  }
  // The remainder of mx * 2^(ex - ey) divided by my; mx < 2 * my throughout.
  let e: i32 = ex - ey;
  while (e > 0) {
    if (mx >= my) mx -= my;
    mx = mx << 1;
    e--;
  }
  if (mx >= my) mx -= my;
  if (mx == 0) return Math.copysign(0.0, x);
  let s: i32 = i32(clz(mx)) - 11;
  mx = mx << u64(s);
  let er: i32 = ey - s;
  let r: f64;
  if (er > 0) {
    r = reinterpret<f64>((u64(er) << 52) | (mx & 0xFFFFFFFFFFFFF));
  } else {
    // A subnormal result: exact, since x and y are multiples of the smallest subnormal.
    r = reinterpret<f64>(mx >> u64(1 - er));
  }
  return Math.copysign(r, x);
}

// The f32 remainder is exact in f64 and representable in f32.
export function fmod32(x: f32, y: f32): f32 {
  return f32(fmod64(f64(x), f64(y)));
}
`;
