// i32 arithmetic: two's complement wrap-around of + - * and unary minus,
// signed / and % (truncating toward zero; the remainder takes the dividend's
// sign), the traps of division by zero and MIN_VALUE / -1, and
// MIN_VALUE % -1, which is 0 rather than a trap.

export function add(a: i32, b: i32): i32 {
  return a + b;
}

export function sub(a: i32, b: i32): i32 {
  return a - b;
}

export function mul(a: i32, b: i32): i32 {
  return a * b;
}

export function neg(a: i32): i32 {
  return -a;
}

export function div(a: i32, b: i32): i32 {
  return a / b;
}

export function rem(a: i32, b: i32): i32 {
  return a % b;
}

// Wraps past MAX_VALUE one step at a time, n times.
export function incrementFromMax(n: i32): i32 {
  let x: i32 = i32.MAX_VALUE;
  for (let i = 0; i < n; i++) x++;
  return x;
}

// Multiplies by 3 repeatedly: overflows after 20 steps and keeps wrapping.
export function powerOfThree(n: i32): i32 {
  let x: i32 = 1;
  while (n-- > 0) x *= 3;
  return x;
}

// Absolute value the naive way: abs(MIN_VALUE) stays MIN_VALUE.
export function absNaive(a: i32): i32 {
  return a < 0 ? -a : a;
}

// Floor division and modulo built from the truncating operators.
export function floorDiv(a: i32, b: i32): i32 {
  let q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

export function floorMod(a: i32, b: i32): i32 {
  let r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// The integer average that does not overflow: (a & b) + ((a ^ b) >> 1).
export function average(a: i32, b: i32): i32 {
  return (a & b) + ((a ^ b) >> 1);
}
