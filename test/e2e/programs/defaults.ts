// Default parameter values (constants, expressions of earlier parameters,
// and of globals; calls that omit some or all of them), and local types
// inferred from initializers. Exported functions with defaults are called
// from JavaScript with every argument (the wasm signature has them all), and
// from inside the program with arguments omitted. (asc also exports a helper,
// __setArgumentsLength, for them.) Inferred return types are in
// inferred-returns.ts.

const BASE: i32 = 100;

function scaled(x: i32, factor: i32 = 2, offset: i32 = BASE): i32 {
  return x * factor + offset;
}

function range(lo: i32, hi: i32 = lo + 10, step: i32 = 1): i32 {
  let count = 0;
  for (let i = lo; i < hi; i += step) count++;
  return count;
}

export function callScaled(x: i32, which: i32): i32 {
  if (which == 0) return scaled(x);
  if (which == 1) return scaled(x, 3);
  return scaled(x, 3, 7);
}

export function callRange(lo: i32, which: i32): i32 {
  if (which == 0) return range(lo);
  if (which == 1) return range(lo, lo + 3);
  return range(lo, lo + 20, 4);
}

// Exported with a default: from JavaScript every argument is passed.
export function withDefault(a: i32, b: i32 = 5): i32 {
  return a * 10 + b;
}

// The same function called from inside with the default used.
export function callWithDefault(a: i32): i32 {
  return withDefault(a);
}

// Inferred local types from initializers: i32, f64, i64, bool.
export function inferredLocals(x: i32): f64 {
  const a = x + 1;
  const b = 1.5;
  const c = <i64>a * 3;
  const d = a > 2;
  return <f64>a + b + <f64>c + (d ? 1000.0 : 0.0);
}
