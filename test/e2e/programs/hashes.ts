// Hashes over integers, as u32/u64 checksums: FNV-1a (32 and 64 bit) over
// the little-endian bytes of a range of i32s, the murmur3 finalizers fmix32
// and fmix64, xorshift32, and a combined hash. Relies on unsigned multiply
// wrapping and logical shifts.

export function fmix32(h: u32): u32 {
  h ^= h >> 16;
  h *= 0x85EBCA6B;
  h ^= h >> 13;
  h *= 0xC2B2AE35;
  h ^= h >> 16;
  return h;
}

export function fmix64(k: u64): u64 {
  k ^= k >> 33;
  k *= 0xFF51AFD7ED558CCD;
  k ^= k >> 33;
  k *= 0xC4CEB9FE1A85EC53;
  k ^= k >> 33;
  return k;
}

// FNV-1a, 32-bit, over the 4 little-endian bytes of each i in [from, to).
export function fnv1a32(from: i32, to: i32): u32 {
  let h: u32 = 0x811C9DC5;
  for (let i = from; i < to; i++) {
    for (let b = 0; b < 4; b++) {
      h ^= <u32>(i >> (b * 8)) & 0xFF;
      h *= 0x01000193;
    }
  }
  return h;
}

export function fnv1a64(from: i32, to: i32): u64 {
  let h: u64 = 0xCBF29CE484222325;
  for (let i = from; i < to; i++) {
    for (let b = 0; b < 4; b++) {
      h ^= <u64>((i >> (b * 8)) & 0xFF);
      h *= 0x100000001B3;
    }
  }
  return h;
}

export function xorshift32(seed: u32, steps: i32): u32 {
  let x = seed;
  for (let i = 0; i < steps; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
  }
  return x;
}

// murmur3-style mixing of a range into one value.
export function murmurRange(from: i32, to: i32, seed: u32): u32 {
  let h = seed;
  for (let i = from; i < to; i++) {
    let k = <u32>i * 0xCC9E2D51;
    k = rotl<u32>(k, 15) * 0x1B873593;
    h ^= k;
    h = rotl<u32>(h, 13) * 5 + 0xE6546B64;
  }
  h ^= <u32>(to - from) * 4;
  return fmix32(h);
}
