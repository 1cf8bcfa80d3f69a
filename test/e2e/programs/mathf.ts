// Mathf (f32) functions: sqrt abs floor ceil trunc min max pow, computed in
// f32 (results are f32 values, so sqrt(2) is not the f64 sqrt(2)), with NaN,
// infinities and -0, and f32 accumulation.

export function sqrt(x: f32): f32 {
  return Mathf.sqrt(x);
}

export function abs(x: f32): f32 {
  return Mathf.abs(x);
}

export function floor(x: f32): f32 {
  return Mathf.floor(x);
}

export function ceil(x: f32): f32 {
  return Mathf.ceil(x);
}

export function trunc(x: f32): f32 {
  return Mathf.trunc(x);
}

export function min(a: f32, b: f32): f32 {
  return Mathf.min(a, b);
}

export function max(a: f32, b: f32): f32 {
  return Mathf.max(a, b);
}

export function pow(a: f32, b: f32): f32 {
  return Mathf.pow(a, b);
}

// Distance in f32 vs the same computed in f64 and rounded once at the end.
export function distanceF32(x: f32, y: f32): f32 {
  return Mathf.sqrt(x * x + y * y);
}

export function distanceViaF64(x: f32, y: f32): f32 {
  const dx = <f64>x, dy = <f64>y;
  return <f32>Math.sqrt(dx * dx + dy * dy);
}

// Sum of square roots 1..n in f32.
export function sqrtSum(n: i32): f32 {
  let s: f32 = 0;
  for (let i = 1; i <= n; i++) s += Mathf.sqrt(<f32>i);
  return s;
}

export function pi(scale: f32): f32 {
  return Mathf.PI * scale;
}
