// Hashes the integers 0 … 99 999 two ways: FNV-1a (32-bit) over the four
// little-endian bytes of each integer, and the sum of the murmur3 32-bit
// finalizer (fmix32) of each integer; main() is the FNV-1a hash XOR fmix32
// of that sum. u32 arithmetic throughout: multiplication wraps, >> is a
// logical shift.
//
// main() returns 0xCF66B89B = 3479615643, a u32 that JavaScript receives as
// the i32 -815351653 (checked with asc 0.28 and in JavaScript).

const COUNT: i32 = 100000;

function fmix32(h: u32): u32 {
  h ^= h >> 16;
  h *= 0x85EBCA6B;
  h ^= h >> 13;
  h *= 0xC2B2AE35;
  h ^= h >> 16;
  return h;
}

export function fnv1a(count: i32): u32 {
  let h: u32 = 0x811C9DC5;
  for (let i = 0; i < count; i++) {
    const v = <u32>i;
    h = (h ^ (v & 0xFF)) * 0x01000193;
    h = (h ^ ((v >> 8) & 0xFF)) * 0x01000193;
    h = (h ^ ((v >> 16) & 0xFF)) * 0x01000193;
    h = (h ^ (v >> 24)) * 0x01000193;
  }
  return h;
}

export function murmurSum(count: i32): u32 {
  let s: u32 = 0;
  for (let i = 0; i < count; i++) s += fmix32(<u32>i);
  return s;
}

export function main(): u32 {
  return fnv1a(COUNT) ^ fmix32(murmurSum(COUNT));
}
