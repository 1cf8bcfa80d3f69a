// Half of an import cycle: see entry.ts.
import { isEven, evenWeight } from "./even";

export const ODD_BIAS: i32 = 3;

export function isOdd(n: i32): bool {
  if (n < 0) n = -n;
  return n == 0 ? false : isEven(n - 1);
}

export function oddWeight(n: i32): i32 {
  return evenWeight(n + 1) + ODD_BIAS;
}
