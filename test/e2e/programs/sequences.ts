// Integer sequences as checksums: Fibonacci (i32 wrapping, i64, u64 mod 2^64),
// Collatz stopping times and the longest chain below n, gcd/lcm with i64,
// and integer square root by Newton's method.

export function fib32(n: i32): i32 {
  let a = 0, b = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}

export function fib64(n: i32): i64 {
  let a: i64 = 0, b: i64 = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}

// Fibonacci numbers mod 2^64, summed: an unsigned checksum.
export function fibSumU64(n: i32): u64 {
  let a: u64 = 0, b: u64 = 1, s: u64 = 0;
  for (let i = 0; i < n; i++) {
    s += a;
    const t = a + b;
    a = b;
    b = t;
  }
  return s;
}

// Steps to reach 1 (0 for n <= 1).
export function collatzSteps(n: i64): i32 {
  let steps = 0;
  while (n > 1) {
    n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
    steps++;
  }
  return steps;
}

// The start below `limit` with the longest Collatz chain, encoded as
// start * 1000 + steps.
export function longestCollatz(limit: i32): i64 {
  let best = 1, bestSteps = 0;
  for (let i = 1; i < limit; i++) {
    const s = collatzSteps(i);
    if (s > bestSteps) {
      best = i;
      bestSteps = s;
    }
  }
  return <i64>best * 1000 + bestSteps;
}

export function gcd(a: i64, b: i64): i64 {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function lcm(a: i64, b: i64): i64 {
  return a / gcd(a, b) * b;
}

// lcm(1, 2, …, n): wraps past n = 42.
export function lcmUpTo(n: i32): i64 {
  let l: i64 = 1;
  for (let i = 2; i <= n; i++) l = lcm(l, i);
  return l;
}

export function isqrt(n: u32): u32 {
  if (n < 2) return n;
  let x: u32 = n;
  let y: u32 = (x >> 1) + (x & 1); // (x + 1) / 2 without overflow
  while (y < x) {
    x = y;
    y = (x + n / x) / 2;
  }
  return x;
}
