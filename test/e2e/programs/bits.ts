// Bit builtins: clz ctz popcnt rotl rotr bswap on i32/u32/i64 (generic, with
// and without a type argument), with 0 and all-ones inputs, rotate counts
// beyond the width and negative ones, and bit tricks built from them.

export function clz32(a: i32): i32 {
  return clz<i32>(a);
}

export function ctz32(a: i32): i32 {
  return ctz(a);
}

export function popcnt32(a: u32): u32 {
  return popcnt<u32>(a);
}

export function rotl32(a: i32, b: i32): i32 {
  return rotl<i32>(a, b);
}

export function rotr32(a: u32, b: u32): u32 {
  return rotr<u32>(a, b);
}

export function clz64(a: i64): i64 {
  return clz<i64>(a);
}

export function ctz64(a: u64): u64 {
  return ctz<u64>(a);
}

export function popcnt64(a: i64): i64 {
  return popcnt(a);
}

export function rotl64(a: i64, b: i64): i64 {
  return rotl<i64>(a, b);
}

export function rotr64(a: i64, b: i64): i64 {
  return rotr<i64>(a, b);
}

export function bswap32(a: u32): u32 {
  return bswap<u32>(a);
}

export function bswap64(a: u64): u64 {
  return bswap<u64>(a);
}

// The next power of two >= a (for 1 <= a <= 2^31), via clz.
export function nextPow2(a: u32): u32 {
  return a <= 1 ? 1 : <u32>1 << (32 - clz<u32>(a - 1));
}

// floor(log2(a)) for a > 0, and -1 for 0.
export function log2(a: u32): i32 {
  return 31 - <i32>clz<u32>(a);
}

// Parity of the set bits of a 64-bit value.
export function parity(a: u64): bool {
  return (popcnt<u64>(a) & 1) != 0;
}

// Isolates the lowest set bit, then its index with ctz.
export function lowestBitIndex(a: i32): i32 {
  return ctz<i32>(a & -a);
}

// Mixes a value with rotations and counts, as a checksum over 0..n-1.
export function bitMix(n: i32): i32 {
  let h: i32 = 0;
  for (let i = 0; i < n; i++) {
    h = rotl<i32>(h ^ i, 5) + popcnt<i32>(i) * 31 + clz<i32>(i + 1) - ctz<i32>(i | 0x10000);
  }
  return h;
}
