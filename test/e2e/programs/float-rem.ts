// `%` on floats is C's fmod: the result has the dividend's sign, is exact,
// x % 0 and Infinity % y are NaN, x % Infinity is x, and -0 stays -0.

export function remF64(a: f64, b: f64): f64 {
  return a % b;
}

export function remF32(a: f32, b: f32): f32 {
  return a % b;
}

// Compound %= in a loop: reduces an angle into [0, 360).
export function normalizeDegrees(a: f64): f64 {
  a %= 360;
  if (a < 0) a += 360;
  return a;
}

// fmod against the naive a - trunc(a / b) * b, which loses precision.
export function naiveRem(a: f64, b: f64): f64 {
  return a - Math.trunc(a / b) * b;
}

export function remMatchesNaive(a: f64, b: f64): bool {
  return a % b == a - Math.trunc(a / b) * b;
}

// Sum of i % 7.5 over i < n, as a check of many remainders at once.
export function remSum(n: i32): f64 {
  let s: f64 = 0;
  for (let i = 0; i < n; i++) s += <f64>i % 7.5;
  return s;
}
