// Declarations that let tsc type-check the level-0 programs in this folder
// and in examples/ (tsc -p test/e2e/programs): the numeric types, conversion
// functions and builtins of kiln's level 0, as AssemblyScript declares them
// for portable code. Declarations only. tsc sees every integer type as
// number, so it checks names, arity and shape, not the integer semantics.
// Once kiln ships its own type declarations, this file can go.

declare type bool = boolean;
declare type f32 = number;
declare type f64 = number;

declare type i8 = number;
declare type i16 = number;
declare type i32 = number;
declare type i64 = number;
declare type isize = number;
declare type u8 = number;
declare type u16 = number;
declare type u32 = number;
declare type u64 = number;
declare type usize = number;

/** Converts to i8: integers wrap to its width, floats truncate toward zero. */
declare function i8(value: number | boolean): i8;
declare namespace i8 { const MIN_VALUE: i8; const MAX_VALUE: i8; }
/** Converts to i16: integers wrap to its width, floats truncate toward zero. */
declare function i16(value: number | boolean): i16;
declare namespace i16 { const MIN_VALUE: i16; const MAX_VALUE: i16; }
/** Converts to i32: integers wrap to its width, floats truncate toward zero. */
declare function i32(value: number | boolean): i32;
declare namespace i32 { const MIN_VALUE: i32; const MAX_VALUE: i32; }
/** Converts to i64: integers wrap to its width, floats truncate toward zero. */
declare function i64(value: number | boolean): i64;
declare namespace i64 { const MIN_VALUE: i64; const MAX_VALUE: i64; }
/** Converts to isize: integers wrap to its width, floats truncate toward zero. */
declare function isize(value: number | boolean): isize;
declare namespace isize { const MIN_VALUE: isize; const MAX_VALUE: isize; }
/** Converts to u8: integers wrap to its width, floats truncate toward zero. */
declare function u8(value: number | boolean): u8;
declare namespace u8 { const MIN_VALUE: u8; const MAX_VALUE: u8; }
/** Converts to u16: integers wrap to its width, floats truncate toward zero. */
declare function u16(value: number | boolean): u16;
declare namespace u16 { const MIN_VALUE: u16; const MAX_VALUE: u16; }
/** Converts to u32: integers wrap to its width, floats truncate toward zero. */
declare function u32(value: number | boolean): u32;
declare namespace u32 { const MIN_VALUE: u32; const MAX_VALUE: u32; }
/** Converts to u64: integers wrap to its width, floats truncate toward zero. */
declare function u64(value: number | boolean): u64;
declare namespace u64 { const MIN_VALUE: u64; const MAX_VALUE: u64; }
/** Converts to usize: integers wrap to its width, floats truncate toward zero. */
declare function usize(value: number | boolean): usize;
declare namespace usize { const MIN_VALUE: usize; const MAX_VALUE: usize; }
declare function f32(value: number | boolean): f32;
declare namespace f32 {
  const MIN_VALUE: f32; const MAX_VALUE: f32; const MIN_NORMAL_VALUE: f32;
  const MIN_SAFE_INTEGER: f32; const MAX_SAFE_INTEGER: f32; const EPSILON: f32;
  const POSITIVE_INFINITY: f32; const NEGATIVE_INFINITY: f32; const NaN: f32;
}
declare function f64(value: number | boolean): f64;
declare namespace f64 {
  const MIN_VALUE: f64; const MAX_VALUE: f64; const MIN_NORMAL_VALUE: f64;
  const MIN_SAFE_INTEGER: f64; const MAX_SAFE_INTEGER: f64; const EPSILON: f64;
  const POSITIVE_INFINITY: f64; const NEGATIVE_INFINITY: f64; const NaN: f64;
}
declare function bool(value: number | boolean): bool;

// Bit operations on an integer type T (i32 when not given).
declare function clz<T extends number = i32>(value: T): T;
declare function ctz<T extends number = i32>(value: T): T;
declare function popcnt<T extends number = i32>(value: T): T;
declare function rotl<T extends number = i32>(value: T, shift: T): T;
declare function rotr<T extends number = i32>(value: T, shift: T): T;
declare function bswap<T extends number = i32>(value: T): T;
declare function reinterpret<T extends number>(value: number): T;

declare function assert<T>(isTrueish: T, message?: string): T;
declare function unreachable(): never;
declare function abort(message?: string | null, fileName?: string | null, lineNumber?: u32, columnNumber?: u32): never;

/** Math on f32. */
declare const Mathf: Math;
// Builtins on f32 or f64, as in AssemblyScript (not members of Math there).
declare function nearest<T extends number = f64>(value: T): T;
declare function copysign<T extends number = f64>(x: T, y: T): T;
