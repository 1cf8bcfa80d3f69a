// A global filled by a loop at start: see entry.ts.
import { record } from "./log";

export let sumOfSquares: i32 = 0;
for (let i = 1; i <= 10; i++) {
  sumOfSquares += i * i;
}
record(2);

export function squaresUpTo(n: i32): i32 {
  let s = 0;
  for (let i = 1; i <= n; i++) s += i * i;
  return s;
}
