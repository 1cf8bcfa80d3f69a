// Return types inferred from the return statements when the annotation is
// left out: i32, i64, f64, f32, bool, through calls of other inferred
// functions, and an exported one. asc 0.28 requires return types (it stops
// at "Type expected"), so the expectations come from inferred-returns.asc.ts,
// this file with the types written out.

function twice(x: i32) {
  return x * 2;
}

function wide(x: i32) {
  return <i64>x << 32;
}

function half(x: f64) {
  return x / 2;
}

function third(x: f32) {
  return x / 3;
}

function positive(x: i32) {
  return x > 0;
}

// Several returns of the same type.
function sign(x: i64) {
  if (x < 0) return -1;
  if (x == 0) return 0;
  return 1;
}

export function inferred(x: i32) {
  return twice(x) + (positive(x) ? 1 : 0);
}

// Overflows i32 if the result were i32: the inferred type must be i64.
export function inferredWide(x: i32): i64 {
  return wide(x) + 1;
}

export function inferredHalf(x: f64): f64 {
  return half(x) + 0.25;
}

// f32 division, not f64: 1/3 rounds to the f32 value.
export function inferredThird(x: f32): f32 {
  return third(x);
}

export function inferredSign(x: i64): i32 {
  return sign(x) * 7;
}
