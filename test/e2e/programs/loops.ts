// Loops: for, while, do-while (the body runs at least once), break and
// continue (continue in a for loop still runs the update), loops with empty
// bodies or no condition, a loop variable declared outside the loop, var
// scoping, and shadowing. Labeled loops are in labels.ts.

export function sumTo(n: i32): i32 {
  let s = 0;
  for (let i = 1; i <= n; i++) s += i;
  return s;
}

// do-while runs once even when the condition is false at the start.
export function doWhileCount(n: i32): i32 {
  let count = 0;
  do {
    count++;
    n--;
  } while (n > 0);
  return count;
}

// for (;;) with break, and a loop variable declared before the loop.
export function firstSquareAbove(n: i32): i32 {
  let i: i32;
  for (i = 0; ; i++) {
    if (i * i > n) break;
  }
  return i;
}

// An empty loop body: the work is in the header.
export function countBits(a: u32): i32 {
  let n = 0;
  for (; a != 0; a &= a - 1, n++) {}
  return n;
}

// continue in a for loop still runs the update expression.
export function sumOdd(n: i32): i32 {
  let s = 0;
  for (let i = 0; i < n; i++) {
    if ((i & 1) == 0) continue;
    s += i;
  }
  return s;
}

// var is function-scoped: the value after the loop is visible.
export function varAfterLoop(n: i32): i32 {
  for (var i: i32 = 0; i < n; i++) {
    if (i == 7) break;
  }
  return i;
}

// Nested loops with a block-scoped variable shadowing an outer one.
export function shadowing(n: i32): i32 {
  let x = 1;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    let x = i * 2;
    acc += x;
  }
  return acc * 10 + x;
}
