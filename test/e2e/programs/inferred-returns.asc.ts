// inferred-returns.ts with the return types written out, for asc.

function twice(x: i32): i32 {
  return x * 2;
}

function wide(x: i32): i64 {
  return <i64>x << 32;
}

function half(x: f64): f64 {
  return x / 2;
}

function third(x: f32): f32 {
  return x / 3;
}

function positive(x: i32): bool {
  return x > 0;
}

function sign(x: i64): i32 {
  if (x < 0) return -1;
  if (x == 0) return 0;
  return 1;
}

export function inferred(x: i32): i32 {
  return twice(x) + (positive(x) ? 1 : 0);
}

export function inferredWide(x: i32): i64 {
  return wide(x) + 1;
}

export function inferredHalf(x: f64): f64 {
  return half(x) + 0.25;
}

export function inferredThird(x: f32): f32 {
  return third(x);
}

export function inferredSign(x: i64): i32 {
  return sign(x) * 7;
}
