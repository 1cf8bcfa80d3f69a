// Prime checksums with loops only (no arrays): counting primes by trial
// division, the n-th prime, the sum of primes below n as an i64, and the
// largest prime factor of an i64 by trial division.

function isPrime(n: i32): bool {
  if (n < 2) return false;
  if (n < 4) return true;
  if (n % 2 == 0 || n % 3 == 0) return false;
  for (let d = 5; d * d <= n; d += 6) {
    if (n % d == 0 || n % (d + 2) == 0) return false;
  }
  return true;
}

export function countPrimes(limit: i32): i32 {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    if (isPrime(n)) count++;
  }
  return count;
}

export function nthPrime(k: i32): i32 {
  let n = 1;
  while (k > 0) {
    n++;
    if (isPrime(n)) k--;
  }
  return n;
}

export function sumPrimes(limit: i32): i64 {
  let s: i64 = 0;
  for (let n = 2; n < limit; n++) {
    if (isPrime(n)) s += n;
  }
  return s;
}

export function largestPrimeFactor(n: i64): i64 {
  let largest: i64 = 1;
  let d: i64 = 2;
  while (d * d <= n) {
    while (n % d == 0) {
      largest = d;
      n /= d;
    }
    d += d == 2 ? 1 : 2;
  }
  return n > 1 ? n : largest;
}

// Twin primes below the limit, and a checksum of their positions.
export function twinChecksum(limit: i32): i32 {
  let h = 0;
  let prev = 2;
  for (let n = 3; n < limit; n += 2) {
    if (!isPrime(n)) continue;
    if (n - prev == 2) h = h * 31 + n;
    prev = n;
  }
  return h;
}
