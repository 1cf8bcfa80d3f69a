// Finds the start below 100 000 with the longest Collatz chain (n -> n / 2
// when even, 3n + 1 when odd, until 1), counting steps in u64 since the
// values climb far above the start.
//
// main() returns 77031, whose chain takes 350 steps (checked with asc 0.28).

const LIMIT: u32 = 100000;

export function steps(start: u64): i32 {
  let n = start;
  let count = 0;
  while (n > 1) {
    n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
    count++;
  }
  return count;
}

/** The start below `limit` whose chain is longest (the smallest such start). */
export function longestBelow(limit: u32): u32 {
  let best: u32 = 1;
  let bestSteps = 0;
  for (let i: u32 = 2; i < limit; i++) {
    const s = steps(i);
    if (s > bestSteps) {
      best = i;
      bestSteps = s;
    }
  }
  return best;
}

export function main(): u32 {
  return longestBelow(LIMIT);
}
