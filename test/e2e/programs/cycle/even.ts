// Half of an import cycle: see entry.ts.
import { isOdd, ODD_BIAS } from "./odd";

export const EVEN_BIAS: i32 = 2;

export function isEven(n: i32): bool {
  if (n < 0) n = -n;
  return n == 0 ? true : isOdd(n - 1);
}

export function evenWeight(n: i32): i32 {
  return isEven(n) ? EVEN_BIAS : ODD_BIAS * 10;
}
