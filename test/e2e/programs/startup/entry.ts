// Top-level statements run once at start, dependencies first: log.ts, then
// table.ts (which imports log.ts too), then this file. Each records a digit
// in log.ts, so the order shows in trail(). table.ts fills a global with a
// loop at start; this file initializes one with an if/else statement.

import { record, trail } from "./log";
import { sumOfSquares, squaresUpTo } from "./table";

let mode: i32 = 0;
if (sumOfSquares > 300) {
  mode = 2;
} else {
  mode = 1;
}
record(3);

export function startOrder(extra: i32): i32 {
  return trail() * 10 + extra;
}

export function getMode(add: i32): i32 {
  return mode + add;
}

export function squares(plus: i32): i32 {
  return sumOfSquares + plus;
}

export function squaresAt(n: i32): i32 {
  return squaresUpTo(n);
}
