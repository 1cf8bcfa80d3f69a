// Shifts: the count is taken modulo the width (31 or 63 for i32/i64, and for
// the small types their own width), so counts >= width and negative counts
// wrap around; `>>` is arithmetic on signed types and logical on unsigned
// ones; `>>>` is always logical at 32/64 bits.

export function shl(a: i32, b: i32): i32 {
  return a << b;
}

export function sar(a: i32, b: i32): i32 {
  return a >> b;
}

export function shr(a: i32, b: i32): i32 {
  return a >>> b;
}

// `>>` on an unsigned type is a logical shift.
export function shrUnsigned(a: u32, b: u32): u32 {
  return a >> b;
}

export function shrUnsignedTriple(a: u32, b: u32): u32 {
  return a >>> b;
}

export function shl64(a: i64, b: i64): i64 {
  return a << b;
}

export function sar64(a: i64, b: i64): i64 {
  return a >> b;
}

export function shr64(a: i64, b: i64): i64 {
  return a >>> b;
}

export function shrUnsigned64(a: u64, b: u64): u64 {
  return a >> b;
}

// Shift counts of a small type are masked to its width: x << 9 on a u8 is x << 1.
export function shlU8(a: u8, b: u8): u8 {
  return a << b;
}

export function sarI8(a: i8, b: i8): i8 {
  return a >> b;
}

export function shrU16(a: u16, b: u16): u16 {
  return a >> b;
}

// `>>>` on a signed small type shifts the sign-extended 32-bit value and
// wraps the result back: (-2 as i16) >>> 1 is -1, not 32767.
export function shrI16(a: i16, b: i16): i16 {
  return a >>> b;
}

// Shift counts from a wider computation: (a + b) as the count.
export function shlSum(x: i32, a: i32, b: i32): i32 {
  return x << (a + b);
}

// Compound shift assignment, in a loop: halves with sign until it sticks.
export function sarSteps(a: i32): i32 {
  let steps = 0;
  while (a != 0 && a != -1) {
    a >>= 1;
    steps++;
  }
  return steps * 10 + (a & 1);
}

// Sign of an i32 with shifts only: -1, 0 or 1.
export function sign(a: i32): i32 {
  return (a >> 31) | (<i32>(<u32>-a >> 31));
}
