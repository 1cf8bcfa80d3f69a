// Globals: const and let and var at top level, with constant and computed
// initializers (one calls a function, so it runs in the start function),
// mutated by exported functions so that state carries from call to call
// (the calls of a case run in order on one instance), i64/f64/bool globals,
// and a local shadowing a global.

const LIMIT: i32 = 1000;
const SCALE = 3;
const HALF: f64 = 0.5;
let total: i32 = 0;
let calls: i64 = 0;
var average: f64 = 0;
let flag: bool = false;
let derived: i32 = square(SCALE) + LIMIT; // 1009, computed at start

function square(x: i32): i32 {
  return x * x;
}

// Adds to the running total (capped at LIMIT) and returns it.
export function accumulate(x: i32): i32 {
  calls++;
  total += x * SCALE;
  if (total > LIMIT) total = LIMIT;
  average = <f64>total / <f64>calls;
  return total;
}

export function callCount(plus: i64): i64 {
  return calls + plus;
}

export function averageTimes(k: f64): f64 {
  return average * k;
}

export function toggle(times: i32): bool {
  for (let i = 0; i < times; i++) flag = !flag;
  return flag;
}

export function reset(to: i32): i32 {
  const old = total;
  total = to;
  calls = 0;
  average = 0;
  return old;
}

export function getDerived(add: i32): i32 {
  return derived + add;
}

// A local named like a global hides it; the global is unchanged.
export function shadow(x: i32): i32 {
  let total = x * 2;
  total++;
  return total * 100000 + getTotal();
}

function getTotal(): i32 {
  return total;
}

export function halfOf(x: f64): f64 {
  return x * HALF;
}
