// The one hash function of the intern pool: 32 bits over a byte range, well
// mixed in both the low bits (slot) and the high bits (shard). Chosen by
// measurement in bench/hash-choice.ts (100k corpus identifiers; 32k distinct
// names for probe lengths): x31 with murmur3's finalizer probes like an ideal
// hash (1.50 at 50% load) and runs within ~10% of murmur3 over 4-byte words
// (15.7 vs 14.3 ns/identifier; FNV-1a 15.4 with worse low bits), and unlike a
// word-at-a-time hash it can be computed one byte at a time, fused into a
// lexer's scanning loop (HASH_SEED, hashStep, hashFinish). It must stay a pure function of the
// bytes: every thread computes the same hash for the same text.

export const HASH_SEED = 0;

/** Folds one byte into a running hash. */
export function hashStep(h: number, byte: number): number { return (Math.imul(h, 31) + byte) | 0; }

/** Finishes a running hash of `length` bytes. Returns a signed 32-bit value (a small integer to V8, never a heap number). */
export function hashFinish(h: number, length: number): number {
  h ^= Math.imul(length, 0x9e3779b1);
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Hashes b[start, end), like hashFinish a signed 32-bit value. Four bytes a step:
 * h*31^4 + b0*31^3 + b1*31^2 + b2*31 + b3 is exactly four hashSteps, with a
 * dependency chain a quarter as long.
 */
export function hashBytes(b: Uint8Array, start: number, end: number): number {
  let h = HASH_SEED;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    h = (Math.imul(h, 923521) + Math.imul(b[i]!, 29791) + Math.imul(b[i + 1]!, 961) + Math.imul(b[i + 2]!, 31) + b[i + 3]!) | 0;
  }
  for (; i < end; i++) h = (Math.imul(h, 31) + b[i]!) | 0;
  return hashFinish(h, end - start);
}
