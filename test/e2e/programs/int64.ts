// i64 arithmetic: wrap-around at 64 bits, signed / and % with their traps,
// 64-bit constants, comparisons, and widening from i32 (sign-extending) and
// u32 (zero-extending). i64 crosses to JavaScript as BigInt.

export function add(a: i64, b: i64): i64 {
  return a + b;
}

export function sub(a: i64, b: i64): i64 {
  return a - b;
}

export function mul(a: i64, b: i64): i64 {
  return a * b;
}

export function div(a: i64, b: i64): i64 {
  return a / b;
}

export function rem(a: i64, b: i64): i64 {
  return a % b;
}

export function neg(a: i64): i64 {
  return -a;
}

export function less(a: i64, b: i64): bool {
  return a < b;
}

// Widening: an i32 sign-extends, a u32 zero-extends.
export function widenSigned(a: i32): i64 {
  return a;
}

export function widenUnsigned(a: u32): i64 {
  return a;
}

// Narrowing keeps the low 32 bits.
export function narrow(a: i64): i32 {
  return <i32>a;
}

// Factorial: exact up to 20!, wraps from 21! on.
export function factorial(n: i32): i64 {
  let r: i64 = 1;
  for (let i: i64 = 2; i <= <i64>n; i++) r *= i;
  return r;
}

// A 64-bit linear congruential generator (Knuth's MMIX constants), n steps.
export function lcg(seed: i64, n: i32): i64 {
  let x = seed;
  for (let i = 0; i < n; i++) x = x * 6364136223846793005 + 1442695040888963407;
  return x;
}

export function maxValue(bias: i64): i64 {
  return i64.MAX_VALUE + bias;
}
