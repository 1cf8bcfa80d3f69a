// f32 and f64 arithmetic: each operation rounds to its own type, so f32
// sums drift where f64 sums do not; f32 literals and constants; NaN and
// infinity propagate; comparisons with NaN are false; -0 == 0.

export function addF32(a: f32, b: f32): f32 {
  return a + b;
}

export function addF64(a: f64, b: f64): f64 {
  return a + b;
}

export function mulF32(a: f32, b: f32): f32 {
  return a * b;
}

export function divF32(a: f32, b: f32): f32 {
  return a / b;
}

export function divF64(a: f64, b: f64): f64 {
  return a / b;
}

// Sums 0.1 n times, in f32 and f64.
export function sumTenthsF32(n: i32): f32 {
  let s: f32 = 0;
  for (let i = 0; i < n; i++) s += 0.1;
  return s;
}

export function sumTenthsF64(n: i32): f64 {
  let s: f64 = 0;
  for (let i = 0; i < n; i++) s += 0.1;
  return s;
}

// The same expression in both precisions, then compared in f64.
export function sameInBoth(a: f64, b: f64): bool {
  const x32: f32 = <f32>a * <f32>b + <f32>1;
  const x64: f64 = a * b + 1;
  return <f64>x32 == x64;
}

// 1 + eps == 1: the largest power of two that still changes the sum.
export function epsilonF32(scale: f32): f32 {
  let e: f32 = 1;
  while (scale + e / 2 != scale) e /= 2;
  return e;
}

export function epsilonF64(scale: f64): f64 {
  let e: f64 = 1;
  while (scale + e / 2 != scale) e /= 2;
  return e;
}

export function lessF64(a: f64, b: f64): bool {
  return a < b;
}

export function equalF64(a: f64, b: f64): bool {
  return a == b;
}

export function notEqualF32(a: f32, b: f32): bool {
  return a != b;
}

export function isNaNF64(a: f64): bool {
  return isNaN(a);
}

export function isFiniteF32(a: f32): bool {
  return isFinite(a);
}

export function negF64(a: f64): f64 {
  return -a;
}

// A harmonic sum, summed from small to large terms, in f32.
export function harmonicF32(n: i32): f32 {
  let s: f32 = 0;
  for (let i = n; i >= 1; i--) s += <f32>1 / <f32>i;
  return s;
}

export function constants(which: i32): f64 {
  switch (which) {
    case 0: return f64.EPSILON;
    case 1: return <f64>f32.EPSILON;
    case 2: return f64.MAX_VALUE;
    case 3: return <f64>f32.MAX_VALUE;
    case 4: return f64.MIN_VALUE;
    case 5: return <f64>f32.MIN_VALUE;
    case 6: return f64.MAX_SAFE_INTEGER;
    default: return f64.NaN;
  }
}
