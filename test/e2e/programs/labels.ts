// Labeled break and continue: out of nested for loops, a labeled while and
// do-while, continue to an outer loop (which still runs the outer update),
// and a label on a block left with break. asc 0.28 cannot parse labeled
// statements (AssemblyScript issue #2889), so the expectations come from
// labels.asc.ts, the same functions with the labels replaced by flags; the
// recorder also runs this file as JavaScript (the values stay small) and
// checks it agrees.

// The first pair (i, j) with i * j == target, i <= j, encoded as i * 1000 + j.
export function findFactors(target: i32): i32 {
  let found = -1;
  outer: for (let i = 2; i < 1000; i++) {
    for (let j = i; j < 1000; j++) {
      if (i * j > target) continue outer;
      if (i * j == target) {
        found = i * 1000 + j;
        break outer;
      }
    }
  }
  return found;
}

// Counts (i, j) pairs: j skips multiples of i, and the row ends early once
// j > 2i (continue to the outer while).
export function labeledWhile(n: i32): i32 {
  let count = 0;
  let i = 0;
  rows: while (i < n) {
    i++;
    let j = 0;
    while (j < n) {
      j++;
      if (j % i == 0) continue;
      if (j > 2 * i) continue rows;
      count++;
    }
  }
  return count;
}

// A labeled do-while left from an inner for loop.
export function labeledDo(n: i32): i32 {
  let total = 0;
  let k = 0;
  outer: do {
    for (let m = 0; m < 10; m++) {
      if (m * k > n) break outer;
      total += m;
    }
    k++;
  } while (k < 100);
  return total * 100 + k;
}

// Three levels; continue to the middle loop, break out of the outermost.
export function threeLevels(n: i32): i32 {
  let acc = 0;
  a: for (let i = 0; i < n; i++) {
    b: for (let j = 0; j < n; j++) {
      for (let k = 0; k < n; k++) {
        if (k > j) continue b;
        if (i + j + k > n + 2) break a;
        acc += i * 100 + j * 10 + k;
      }
    }
  }
  return acc;
}

// break out of a labeled block (not a loop).
export function labeledBlock(x: i32): i32 {
  let r = 1;
  check: {
    if (x < 0) break check;
    r = 2;
    if (x == 0) break check;
    r = 3;
  }
  return r * 10;
}
