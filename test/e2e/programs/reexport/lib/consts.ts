// A constant and a function using it, imported by ../entry.ts.
import { mul } from "./arith";

export const SCALE: i32 = 7;

export function scaled(x: i32): i32 {
  return mul(x, SCALE);
}
