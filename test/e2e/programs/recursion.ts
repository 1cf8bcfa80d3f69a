// Recursion: direct (factorial, fib, gcd, Ackermann), mutual recursion
// between two functions declared in either order, recursion with an
// accumulator, and deep-ish recursion (a few thousand frames).

export function factorial(n: i32): i64 {
  return n <= 1 ? 1 : <i64>n * factorial(n - 1);
}

export function fib(n: i32): i32 {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

export function gcd(a: i32, b: i32): i32 {
  return b == 0 ? a : gcd(b, a % b);
}

export function ackermann(m: i32, n: i32): i32 {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

export function isEven(n: i32): bool {
  return n == 0 ? true : isOdd(n - 1);
}

function isOdd(n: i32): bool {
  return n == 0 ? false : isEven(n - 1);
}

// Sum 1..n with an accumulator, n frames deep.
export function sumDown(n: i32): i64 {
  return sumAcc(n, 0);
}

function sumAcc(n: i32, acc: i64): i64 {
  if (n == 0) return acc;
  return sumAcc(n - 1, acc + <i64>n);
}

// Number of ways to climb n stairs taking 1, 2 or 3 steps, by recursion.
export function stairs(n: i32): i32 {
  if (n < 0) return 0;
  if (n == 0) return 1;
  return stairs(n - 1) + stairs(n - 2) + stairs(n - 3);
}

// Binary exponentiation modulo m, recursively.
export function powMod(base: i64, exp: i64, m: i64): i64 {
  if (exp == 0) return 1 % m;
  const half = powMod(base, exp / 2, m);
  const sq = half * half % m;
  return exp % 2 == 0 ? sq : sq * (base % m) % m;
}

// Hofstadter's Q-free female/male sequences: mutual recursion on two functions.
export function hofstadterF(n: i32): i32 {
  return n == 0 ? 1 : n - hofstadterM(hofstadterF(n - 1));
}

function hofstadterM(n: i32): i32 {
  return n == 0 ? 0 : n - hofstadterF(hofstadterM(n - 1));
}
