// Counts the primes below a limit by trial division with odd divisors up to
// the square root: small, exact, and easy to check (1229 primes below 10000).

function isPrime(n: i32): bool {
  if (n < 2) return false;
  if (n % 2 == 0) return n == 2;
  for (let d: i32 = 3; d * d <= n; d += 2) {
    if (n % d == 0) return false;
  }
  return true;
}

export function countPrimes(limit: i32): i32 {
  let count = 0;
  for (let n: i32 = 2; n < limit; n++) {
    if (isPrime(n)) count++;
  }
  return count;
}

export function main(): i32 {
  return countPrimes(10000); // 1229
}
