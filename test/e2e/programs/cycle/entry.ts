// An import cycle: even.ts and odd.ts import each other (mutual recursion
// across modules, plus constants each reads from the other), and this entry
// imports both. Also `import { x as y }`, and a re-export of a function
// from inside the cycle.

import { isEven, EVEN_BIAS } from "./even";
import { isOdd as odd, ODD_BIAS } from "./odd";

export { oddWeight } from "./odd";

export function parity(n: i32): i32 {
  return isEven(n) ? 0 : 1;
}

export function oddCheck(n: i32): bool {
  return odd(n);
}

// Sums each module's constant over 0..n-1, picking by parity.
export function biasSum(n: i32): i32 {
  let s = 0;
  for (let i = 0; i < n; i++) s += isEven(i) ? EVEN_BIAS : ODD_BIAS;
  return s;
}
