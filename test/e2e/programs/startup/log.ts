// Records the order in which modules' top-level statements run: see entry.ts.
let steps: i32 = 0;

export function record(step: i32): void {
  steps = steps * 10 + step;
}

export function trail(): i32 {
  return steps;
}

record(1);
