// Boolean logic: && and || short-circuit (the right side's side effects
// happen only when it is evaluated, counted in a global), ! on bools and
// integers, the ternary operator (nested, and as an operand), and
// comparisons chained through bools.

let evaluated: i32 = 0;

function touch(result: bool): bool {
  evaluated++;
  return result;
}

// Returns how many operands were evaluated * 10 + the result.
export function andCount(a: bool, b: bool): i32 {
  evaluated = 0;
  const r = touch(a) && touch(b);
  return evaluated * 10 + (r ? 1 : 0);
}

export function orCount(a: bool, b: bool): i32 {
  evaluated = 0;
  const r = touch(a) || touch(b);
  return evaluated * 10 + (r ? 1 : 0);
}

// a && b || c && !d, with every operand counted.
export function mixedCount(a: bool, b: bool, c: bool, d: bool): i32 {
  evaluated = 0;
  const r = touch(a) && touch(b) || touch(c) && !touch(d);
  return evaluated * 10 + (r ? 1 : 0);
}

// A guard that avoids a division by zero only through short-circuiting.
export function safeDivides(a: i32, b: i32): bool {
  return b != 0 && a % b == 0;
}

export function notInt(a: i32): bool {
  return !a;
}

export function xorBool(a: bool, b: bool): bool {
  return a != b;
}

// Nested ternaries: the sign of a, then a classification.
export function classify(a: i32): i32 {
  return a < 0 ? -1 : a == 0 ? 0 : a < 10 ? 1 : a < 100 ? 2 : 3;
}

// A ternary as an operand of arithmetic and as an argument.
export function clampAdd(a: i32, b: i32, lo: i32, hi: i32): i32 {
  return clamp(a + (b > 0 ? b : -b), lo, hi);
}

function clamp(x: i32, lo: i32, hi: i32): i32 {
  return x < lo ? lo : x > hi ? hi : x;
}

// Integers as conditions: non-zero is true.
export function truthy(a: i32, b: i64, c: f64): i32 {
  let r = 0;
  if (a) r |= 1;
  if (b) r |= 2;
  if (c) r |= 4;
  return r;
}

// De Morgan, checked for one input: true for every input.
export function deMorgan(a: bool, b: bool): bool {
  return (!(a && b)) == (!a || !b) && (!(a || b)) == (!a && !b);
}

// Is y in the half-open range [lo, hi)? Unsigned trick: one comparison.
export function inRange(y: i32, lo: i32, hi: i32): bool {
  return <u32>(y - lo) < <u32>(hi - lo);
}
