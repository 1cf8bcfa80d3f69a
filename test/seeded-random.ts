// The tests' source of randomness: a deterministic stream for a seed
// (xorshift32), so that every fuzz test reproduces its failures.

/** Numbers in [0, 1), the same stream for the same seed. */
export function rng(seed: number): () => number {
  let s = seed | 0 || 1;
  return () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) / 4294967296; };
}
