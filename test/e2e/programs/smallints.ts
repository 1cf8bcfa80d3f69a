// Small integer types i8, u8, i16, u16: values wrap to the type's width when
// stored (locals, parameters, globals, results) and arithmetic on them is
// done in the small type, so a u8 sum compared with 255 has already wrapped.
// Conversions between them sign- or zero-extend.

let counter8: u8 = 250;

export function addI8(a: i8, b: i8): i8 {
  return a + b;
}

export function addU8(a: u8, b: u8): u8 {
  return a + b;
}

export function mulI16(a: i16, b: i16): i16 {
  return a * b;
}

export function subU16(a: u16, b: u16): u16 {
  return a - b;
}

// The sum is a u8, wrapped before it is widened: 200 + 100 is 44.
export function sumExceeds(a: u8, b: u8, limit: i32): bool {
  return <i32>(a + b) > limit;
}

// Compared with another u8, the sum has wrapped too.
export function sumExceedsU8(a: u8, b: u8, limit: u8): bool {
  return a + b > limit;
}

// The same sum, widened first.
export function wideSumExceeds(a: u8, b: u8, limit: i32): bool {
  return <i32>a + <i32>b > limit;
}

// Storing an i32 into each small type.
export function storeI8(x: i32): i32 {
  const v: i8 = <i8>x;
  return v;
}

export function storeU8(x: i32): i32 {
  const v: u8 = <u8>x;
  return v;
}

export function storeI16(x: i32): i32 {
  const v: i16 = <i16>x;
  return v;
}

export function storeU16(x: i32): i32 {
  const v: u16 = <u16>x;
  return v;
}

// Re-reading a small type as another: i8 -> u8 -> i16 -> u16 -> i32.
export function chain(x: i32): i32 {
  const a = <i8>x;
  const b = <u8>a;
  const c = <i16>a;
  const d = <u16>c;
  return (<i32>b << 24) ^ (<i32>d << 4) ^ <i32>c;
}

// Counting with an 8-bit counter: it wraps to 0 after 255.
export function countU8(n: i32): i32 {
  let c: u8 = 0;
  for (let i = 0; i < n; i++) c++;
  return c;
}

export function countI8Down(n: i32): i32 {
  let c: i8 = 0;
  for (let i = 0; i < n; i++) c--;
  return c;
}

// A global u8 that starts at 250; each call adds `by` and returns the new value.
export function bumpGlobal(by: u8): u8 {
  counter8 += by;
  return counter8;
}

// Compound assignment on i16: *= then -= with wrapping at every step.
export function compoundI16(a: i16, n: i32): i16 {
  for (let i = 0; i < n; i++) {
    a *= 3;
    a -= 7;
  }
  return a;
}

// Division on small types happens after wrapping: i8 -128 / -1 is 128, stored back as -128.
export function divI8(a: i8, b: i8): i8 {
  return a / b;
}

export function remU8(a: u8, b: u8): u8 {
  return a % b;
}

// Negation and bitwise not on small types.
export function negU8(a: u8): u8 {
  return -a;
}

export function notI16(a: i16): i16 {
  return ~a;
}

// Equality after wrapping both sides to i8: (-1, 255) and (256, 0) are equal.
export function eqI8(x: i32, y: i32): bool {
  const a = <i8>x;
  return a == <i8>y;
}

// Parameters of a small type: wrapped on the way in, so 300 as an i8 is 44.
export function identityI8(a: i8): i8 {
  return a;
}

export function identityU16(a: u16): i32 {
  return a;
}
