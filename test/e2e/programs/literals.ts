// Literals and constants: decimal, hex, octal, binary, `_` separators, float
// exponents, literals taking their contextual type (an i64, u32, u8, f32
// context), the MIN_VALUE/MAX_VALUE constants, and type aliases.

type Index = i32;
type Wide = i64;
type Real = f64;

export function intLiterals(which: Index): i32 {
  switch (which) {
    case 0: return 0x7FFF_FFFF;
    case 1: return 0o777;
    case 2: return 0b1010_1010;
    case 3: return 1_000_000;
    case 4: return 0xFFFFFFFF; // the bit pattern, as i32: -1
    case 5: return -0x80000000;
    default: return 0xdead;
  }
}

export function wideLiterals(which: Index): Wide {
  switch (which) {
    case 0: return 0x7FFF_FFFF_FFFF_FFFF;
    case 1: return 0x1_0000_0000;
    case 2: return -9_007_199_254_740_993; // not representable as f64
    case 3: return 0b1 << 40;
    default: return 0o7777_7777_7777;
  }
}

export function floatLiterals(which: Index): Real {
  switch (which) {
    case 0: return 1e3;
    case 1: return 1.5e-3;
    case 2: return 2.5E+2;
    case 3: return .5;
    case 4: return 1_000.000_1;
    case 5: return 0.1;
    default: return 1e308 * 10;
  }
}

// 0.1 as an f32 literal is rounded to f32.
export function f32Literal(scale: f32): f32 {
  const x: f32 = 0.1;
  return x * scale;
}

export function u8Literal(add: u8): u8 {
  const x: u8 = 250;
  return x + add;
}

export function u32Literal(add: u32): u32 {
  const x: u32 = 4_000_000_000;
  return x + add;
}

export function limits(which: Index): i64 {
  switch (which) {
    case 0: return <i64>i8.MIN_VALUE;
    case 1: return <i64>i8.MAX_VALUE;
    case 2: return <i64>u8.MAX_VALUE;
    case 3: return <i64>i16.MIN_VALUE;
    case 4: return <i64>u16.MAX_VALUE;
    case 5: return <i64>i32.MIN_VALUE;
    case 6: return <i64>u32.MAX_VALUE;
    case 7: return i64.MIN_VALUE;
    case 8: return <i64>u64.MAX_VALUE;
    case 9: return <i64>isize.MAX_VALUE;
    default: return <i64>usize.MAX_VALUE;
  }
}
