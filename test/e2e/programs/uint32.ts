// u32 arithmetic: wrap-around, unsigned / and %, unsigned comparisons
// (0xFFFFFFFF is the largest value, not -1), conversion to f64 without a
// sign, and u32 results crossing to JavaScript (as signed i32 numbers, since
// wasm has no unsigned types).

export function add(a: u32, b: u32): u32 {
  return a + b;
}

export function sub(a: u32, b: u32): u32 {
  return a - b;
}

export function mul(a: u32, b: u32): u32 {
  return a * b;
}

export function div(a: u32, b: u32): u32 {
  return a / b;
}

export function rem(a: u32, b: u32): u32 {
  return a % b;
}

export function less(a: u32, b: u32): bool {
  return a < b;
}

export function greaterOrEqual(a: u32, b: u32): bool {
  return a >= b;
}

export function max(a: u32, b: u32): u32 {
  return a > b ? a : b;
}

// The value as a float: unsigned, so 0xFFFFFFFF is 4294967295.
export function toF64(a: u32): f64 {
  return <f64>a;
}

// Counts the steps from a down to 0 in steps of `step`, without going below:
// the unsigned loop condition must not be signed.
export function stepsDown(a: u32, step: u32): u32 {
  let n: u32 = 0;
  while (a >= step) {
    a -= step;
    n++;
  }
  return n;
}

// Decimal digits of an unsigned number.
export function digits(a: u32): i32 {
  let n = 1;
  while (a >= 10) {
    a /= 10;
    n++;
  }
  return n;
}

// Sum of decimal digits.
export function digitSum(a: u32): u32 {
  let s: u32 = 0;
  do {
    s += a % 10;
    a /= 10;
  } while (a != 0);
  return s;
}
