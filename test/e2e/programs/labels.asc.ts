// labels.ts for asc, which has no labeled statements: the same functions,
// with each labeled break/continue replaced by a flag and plain break. See
// labels.ts for what each computes.

export function findFactors(target: i32): i32 {
  let found = -1;
  for (let i = 2; i < 1000; i++) {
    let done = false;
    for (let j = i; j < 1000; j++) {
      if (i * j > target) break; // continue outer
      if (i * j == target) {
        found = i * 1000 + j;
        done = true;
        break;
      }
    }
    if (done) break;
  }
  return found;
}

export function labeledWhile(n: i32): i32 {
  let count = 0;
  let i = 0;
  while (i < n) {
    i++;
    let j = 0;
    while (j < n) {
      j++;
      if (j % i == 0) continue;
      if (j > 2 * i) break; // continue rows: nothing follows the inner loop
      count++;
    }
  }
  return count;
}

export function labeledDo(n: i32): i32 {
  let total = 0;
  let k = 0;
  do {
    let done = false;
    for (let m = 0; m < 10; m++) {
      if (m * k > n) {
        done = true;
        break;
      }
      total += m;
    }
    if (done) break;
    k++;
  } while (k < 100);
  return total * 100 + k;
}

export function threeLevels(n: i32): i32 {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    let done = false;
    for (let j = 0; j < n; j++) {
      for (let k = 0; k < n; k++) {
        if (k > j) break; // continue b: nothing follows the k loop
        if (i + j + k > n + 2) {
          done = true;
          break;
        }
        acc += i * 100 + j * 10 + k;
      }
      if (done) break;
    }
    if (done) break;
  }
  return acc;
}

export function labeledBlock(x: i32): i32 {
  let r = 1;
  do {
    if (x < 0) break;
    r = 2;
    if (x == 0) break;
    r = 3;
  } while (false);
  return r * 10;
}
