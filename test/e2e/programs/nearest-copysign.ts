// The float builtins nearest<T>() (round half to even, wasm's fNN.nearest)
// and copysign<T>(), on f64 and f32, with type arguments and inferred. In
// AssemblyScript these are global builtins; Math.nearest and Math.copysign
// do not exist there, although kiln's LANGUAGE.md lists them under Math.

export function nearestF64(x: f64): f64 {
  return nearest<f64>(x);
}

export function nearestF32(x: f32): f32 {
  return nearest(x);
}

export function copysignF64(a: f64, b: f64): f64 {
  return copysign<f64>(a, b);
}

export function copysignF32(a: f32, b: f32): f32 {
  return copysign(a, b);
}

// Round half away from zero, built from the builtins.
export function roundHalfAway(x: f64): f64 {
  return copysign<f64>(Math.floor(Math.abs(x) + 0.5), x);
}

// Banker's rounding of n / 2 for n in [-count, count), summed.
export function nearestSum(count: i32): f64 {
  let s: f64 = 0;
  for (let n = -count; n < count; n++) s += nearest<f64>(<f64>n / 2);
  return s;
}
