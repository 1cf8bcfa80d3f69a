// Arithmetic helpers re-exported by ../entry.ts.
export function add(a: i32, b: i32): i32 {
  return a + b;
}

export function mul(a: i32, b: i32): i32 {
  return a * b;
}

export function square(x: i32): i32 {
  return mul(x, x);
}
