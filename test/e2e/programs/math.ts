// Math (f64) functions: sqrt abs floor ceil trunc min max pow, their
// behaviour at NaN, infinities and -0 (min(-0, 0) is -0; floor, ceil and
// trunc keep -0; sqrt(-1) is NaN), and the constants. AssemblyScript's Math
// has no nearest or copysign: those are in nearest-copysign.ts.

export function sqrt(x: f64): f64 {
  return Math.sqrt(x);
}

export function abs(x: f64): f64 {
  return Math.abs(x);
}

export function floor(x: f64): f64 {
  return Math.floor(x);
}

export function ceil(x: f64): f64 {
  return Math.ceil(x);
}

export function trunc(x: f64): f64 {
  return Math.trunc(x);
}

export function min(a: f64, b: f64): f64 {
  return Math.min(a, b);
}

export function max(a: f64, b: f64): f64 {
  return Math.max(a, b);
}

export function pow(a: f64, b: f64): f64 {
  return Math.pow(a, b);
}

export function hypot(a: f64, b: f64): f64 {
  return Math.sqrt(a * a + b * b);
}

export function constant(which: i32): f64 {
  if (which == 0) return Math.PI;
  if (which == 1) return Math.E;
  if (which == 2) return Math.SQRT2;
  if (which == 3) return Math.LN2;
  return Math.LOG2E;
}

// Newton's method for the square root, compared with Math.sqrt: the number
// of iterations until they agree.
export function newtonSteps(x: f64): i32 {
  const target = Math.sqrt(x);
  let g = x > 1 ? x : 1.0;
  let steps = 0;
  while (g != target && steps < 100) {
    g = (g + x / g) / 2;
    steps++;
  }
  return steps;
}
