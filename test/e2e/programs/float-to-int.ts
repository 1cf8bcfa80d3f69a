// Float -> integer conversions with the three cast spellings (<T>x, x as T,
// T(x)). They truncate toward zero and saturate: NaN gives 0, values beyond
// the range give the type's MIN/MAX (for i32, u32, i64, u64). A small target
// type (i8 … u16) saturates at 32 bits first and then wraps to its width,
// so 300.0 as i8 is 44 and 1e10 as i8 is -1 (0x7FFFFFFF wrapped).

export function toI32(x: f64): i32 {
  return <i32>x;
}

export function toI32As(x: f64): i32 {
  return x as i32;
}

export function toI32Call(x: f64): i32 {
  return i32(x);
}

export function toU32(x: f64): u32 {
  return <u32>x;
}

export function toI64(x: f64): i64 {
  return <i64>x;
}

export function toU64(x: f64): u64 {
  return x as u64;
}

export function f32ToI32(x: f32): i32 {
  return <i32>x;
}

export function f32ToU64(x: f32): u64 {
  return u64(x);
}

export function toI8(x: f64): i8 {
  return <i8>x;
}

export function toU8(x: f64): u8 {
  return <u8>x;
}

export function toI16(x: f32): i16 {
  return i16(x);
}

export function toU16(x: f64): u16 {
  return x as u16;
}

// Rounding to nearest before converting, the usual idiom.
export function roundToI32(x: f64): i32 {
  return <i32>Math.floor(x + 0.5);
}

// A float computation whose result is converted: the integer part of a/b.
export function quotient(a: f64, b: f64): i32 {
  return <i32>(a / b);
}

// Bool from a float: false for 0, -0 and NaN.
export function toBool(x: f64): bool {
  return bool(x);
}
