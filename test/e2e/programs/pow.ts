// `**`: on integers it is exact repeated multiplication that wraps (a
// negative exponent gives 0 unless the base is 1 or -1); on floats it is
// pow(). Also `**=`, and Math.pow / Mathf.pow.

export function powI32(a: i32, b: i32): i32 {
  return a ** b;
}

export function powU32(a: u32, b: u32): u32 {
  return a ** b;
}

export function powI64(a: i64, b: i64): i64 {
  return a ** b;
}

export function powF64(a: f64, b: f64): f64 {
  return a ** b;
}

export function powF32(a: f32, b: f32): f32 {
  return a ** b;
}

export function mathPow(a: f64, b: f64): f64 {
  return Math.pow(a, b);
}

export function mathfPow(a: f32, b: f32): f32 {
  return Mathf.pow(a, b);
}

// Repeated squaring with **=: a^(2^n), wrapping.
export function squareRepeatedly(a: i32, n: i32): i32 {
  for (let i = 0; i < n; i++) a **= 2;
  return a;
}

// ** binds tighter than * and is right-associative: 2 ** 3 ** 2 is 2 ** 9.
export function precedence(a: i32): i32 {
  return a * 2 ** 3 ** 2;
}

// Sum of k^3 for k < n, with ** on i64.
export function sumOfCubes(n: i32): i64 {
  let s: i64 = 0;
  for (let k: i64 = 0; k < <i64>n; k++) s += k ** 3;
  return s;
}
