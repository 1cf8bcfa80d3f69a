// Compound assignment with every operator (+= -= *= /= %= **= <<= >>= >>>=
// &= |= ^=) on i32, i64, u8 and f64, and prefix/postfix ++/-- as values:
// x++ yields the old value, ++x the new one, and the side effects happen in
// order left to right.

export function allOpsI32(x: i32, y: i32): i32 {
  let a = x;
  a += y;
  a -= 3;
  a *= y;
  a /= 2;
  a %= 1000;
  a <<= 3;
  a >>= 1;
  a >>>= 1;
  a &= 0xFFFF;
  a |= 0x10000;
  a ^= y;
  return a;
}

export function allOpsI64(x: i64, y: i64): i64 {
  let a = x;
  a += y;
  a *= y;
  a -= 7;
  a /= 3;
  a %= 1000000007;
  a <<= 5;
  a >>= 2;
  a >>>= 1;
  a &= 0xFFFFFFFFFF;
  a |= 1;
  a ^= y;
  a **= 2;
  return a;
}

export function allOpsU8(x: u8, y: u8): u8 {
  let a = x;
  a += y;
  a *= 3;
  a -= 1;
  a <<= 1;
  a >>= 1;
  a |= 0x80;
  a ^= y;
  a %= 100;
  return a;
}

export function allOpsF64(x: f64, y: f64): f64 {
  let a = x;
  a += y;
  a *= 1.5;
  a -= 0.25;
  a /= y;
  a %= 10;
  a **= 2;
  return a;
}

// Postfix yields the old value, prefix the new one.
export function incDec(x: i32): i32 {
  let a = x;
  const p = a++;
  const q = ++a;
  const r = a--;
  const s = --a;
  return p * 1000 + q * 100 + r * 10 + s - x * 1111;
}

// Operands are evaluated left to right: i++ + i++ * ++i.
export function evaluationOrder(i: i32): i32 {
  return i++ + i++ * ++i;
}

// Assignment is an expression: a = b = c, and x += (y -= 1).
export function chained(x: i32): i32 {
  let a: i32, b: i32;
  a = b = x * 2;
  let y = 10;
  a += (y -= 1);
  return a * 1000 + b * 10 + y;
}

// ++ on an i64 and on a u16 at their limits.
export function incrementI64(x: i64): i64 {
  return ++x;
}

export function decrementU16(x: u16): u16 {
  x--;
  return x;
}
