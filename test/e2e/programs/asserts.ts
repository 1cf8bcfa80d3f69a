// Failing on purpose: assert(cond, message) and abort() call env.abort with
// the message, file name, line and column, then trap; unreachable() traps
// without calling the host. Each function returns normally when its input
// is valid.

export function checkedDiv(a: i32, b: i32): i32 {
  assert(b != 0, "division by zero");
  return a / b;
}

export function positiveOnly(x: i32): i32 {
  if (x <= 0) abort("not positive");
  return x * 2;
}

export function noMessage(x: i32): i32 {
  assert(x < 100);
  return x + 1;
}

export function unreachableAbove(x: i32): i32 {
  if (x > 10) unreachable();
  return x;
}

// An assert deep in a recursion.
export function countdown(n: i32): i32 {
  assert(n >= 0, "negative");
  return n == 0 ? 0 : 1 + countdown(n - 2);
}

// Integer traps without an abort: division by zero and overflow of MIN / -1.
export function divTrap(a: i64, b: i64): i64 {
  return a / b;
}
