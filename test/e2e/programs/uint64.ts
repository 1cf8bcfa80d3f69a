// u64 arithmetic: unsigned / and %, unsigned comparisons, wrap-around, u64
// to f64 conversion (unsigned, rounded), and u64 crossing to JavaScript as a
// BigInt read as signed (0xFFFFFFFFFFFFFFFF comes back as -1n).

export function add(a: u64, b: u64): u64 {
  return a + b;
}

export function sub(a: u64, b: u64): u64 {
  return a - b;
}

export function mul(a: u64, b: u64): u64 {
  return a * b;
}

export function div(a: u64, b: u64): u64 {
  return a / b;
}

export function rem(a: u64, b: u64): u64 {
  return a % b;
}

export function less(a: u64, b: u64): bool {
  return a < b;
}

export function lessOrEqual(a: u64, b: u64): bool {
  return a <= b;
}

export function toF64(a: u64): f64 {
  return <f64>a;
}

// The high and low 32 bits of a u64, as u32.
export function high(a: u64): u32 {
  return <u32>(a >> 32);
}

export function low(a: u64): u32 {
  return <u32>a;
}

// 64x64 -> high 64 bits of the 128-bit product, from 32-bit halves.
export function mulHigh(a: u64, b: u64): u64 {
  const aLo = a & 0xFFFFFFFF, aHi = a >> 32;
  const bLo = b & 0xFFFFFFFF, bHi = b >> 32;
  const ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
  const mid = (ll >> 32) + (lh & 0xFFFFFFFF) + (hl & 0xFFFFFFFF);
  return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

// Square root by bisection over the whole unsigned range.
export function isqrt(n: u64): u64 {
  let lo: u64 = 0, hi: u64 = 0xFFFFFFFF;
  while (lo < hi) {
    const mid = lo + (hi - lo + 1) / 2;
    if (mid * mid <= n) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
