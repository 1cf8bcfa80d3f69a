// Small helpers every benchmark uses: timing runs, medians, table printing.
// Benchmarks report medians and ratios measured in the same run; nothing here
// asserts a speed.

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Runs `fn` `rounds` times after `warmup` unmeasured runs; returns the median
 * milliseconds. `setup` runs untimed before each call and its result is passed in.
 */
export function timeMedian<T = void>(rounds: number, warmup: number, fn: (state: T) => void, setup?: () => T): number {
  for (let i = 0; i < warmup; i++) fn(setup?.() as T);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const state = setup?.() as T;
    const t0 = performance.now();
    fn(state);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Measures each variant `processes` times, alternating variants so machine
 * noise hits them alike, and returns each one's median. Each run is a
 * closure that starts its own process and returns the milliseconds it
 * printed: a process per measurement keeps one variant's JIT state and heap
 * from colouring another's, and the median over processes keeps one
 * process's luck (code layout, compile timing) out of the figure.
 */
export function medianOverProcesses<V extends string>(runs: Readonly<Record<V, () => number>>, processes: number): Record<V, number> {
  const names = Object.keys(runs) as V[];
  const times = Object.fromEntries(names.map((v) => [v, [] as number[]])) as unknown as Record<V, number[]>;
  for (let k = 0; k < processes; k++) for (const v of names) times[v].push(runs[v]());
  return Object.fromEntries(names.map((v) => [v, median(times[v])])) as Record<V, number>;
}

export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  console.log(`\n### ${title}\n`);
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}

export const fmt = (x: number, digits = 2): string => x.toFixed(digits);
