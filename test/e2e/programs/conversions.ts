// Conversions that change or keep bits: integer widening (sign/zero-extend),
// narrowing (keeps the low bits), integer -> float (rounds to nearest even
// when not exact: 16777217 is not an f32, 2^53 + 1 is not an f64), f64 ->
// f32 rounding, and reinterpret<T>() between floats and integers. Also
// isize/usize (32-bit on wasm32) and bool <-> integer.

export function i32ToI64(a: i32): i64 {
  return <i64>a;
}

export function u32ToU64(a: u32): u64 {
  return <u64>a;
}

export function i32ToU64(a: i32): u64 {
  return <u64>a;
}

export function u64ToI32(a: u64): i32 {
  return <i32>a;
}

export function i64ToU8(a: i64): u8 {
  return <u8>a;
}

export function i32ToF32(a: i32): f32 {
  return <f32>a;
}

export function u32ToF32(a: u32): f32 {
  return <f32>a;
}

export function i64ToF64(a: i64): f64 {
  return <f64>a;
}

export function u64ToF32(a: u64): f32 {
  return <f32>a;
}

export function f64ToF32(a: f64): f32 {
  return <f32>a;
}

export function f32ToF64(a: f32): f64 {
  return <f64>a;
}

// Bits of floats and back.
export function f32Bits(a: f32): i32 {
  return reinterpret<i32>(a);
}

export function f64Bits(a: f64): i64 {
  return reinterpret<i64>(a);
}

export function bitsToF32(a: i32): f32 {
  return reinterpret<f32>(a);
}

export function bitsToF64(a: i64): f64 {
  return reinterpret<f64>(a);
}

// isize and usize behave as i32 and u32.
export function isizeHalf(a: isize): isize {
  return a / 2;
}

export function usizeHalf(a: usize): usize {
  return a / 2;
}

// Bools convert to 0/1; integers to bool are "!= 0".
export function boolToI32(a: i32, b: i32): i32 {
  return i32(a < b) * 10 + i32(a == b);
}

export function i64ToBool(a: i64): bool {
  return bool(a);
}

// An exactness check: does the f32 round trip keep the value?
export function exactInF32(a: i32): bool {
  return <i32>(<f32>a) == a;
}
