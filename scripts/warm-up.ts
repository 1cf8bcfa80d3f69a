// A kiln program, not part of kiln: the build compiles it once to fill V8's
// code cache for dist/compiler.cjs (see src/driver/launch.ts). It reaches the
// examples and a spread of level-0 forms, so that the cached bytecode covers
// what a typical build runs.
import { main as primes } from "../examples/primes";
import { main as collatz } from "../examples/collatz";
import { main as mandelbrot } from "../examples/mandelbrot";
import { main as hash } from "../examples/hash";

const SCALE: f64 = 1.5;
let counter: i64 = 0;

function mix(a: u8, b: i16, c: u64, d: f32, e: bool = true): i32 {
  let x: i32 = <i32>a + <i32>b;
  switch (x & 3) {
    case 0: x ^= 0x5bd1e995; break;
    case 1: x = rotl<i32>(x, 7); break;
    default: x = <i32>(c >> 3) + i32(d * 2.0);
  }
  do { x >>>= 1; } while (x > 1000);
  for (let i = 0; i < 4; i++) x += e ? i : -i;
  counter += <i64>x;
  return x % 97 + <i32>(f64(x) ** 2.0 % SCALE) + <i32>(counter ** 2);
}

export function main(): i32 {
  return primes() + <i32>collatz() + mandelbrot() + <i32>hash() + mix(200, -3, 1 << 40, 0.5);
}
