// Small helpers every benchmark uses: timing runs (in this process or in
// processes of their own), medians, table printing.
// Benchmarks report medians and ratios measured in the same run; nothing here
// asserts a speed.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { benchEnv } from "./process-stats.js";

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

/**
 * Runs the benchmark module at `moduleUrl` in a new process as
 * `--variant=<variant> args...` and returns the milliseconds it printed (see
 * answerVariant, its other half).
 */
export function timeInProcess(moduleUrl: string, variant: string, ...args: string[]): number {
  return Number(execFileSync(process.execPath, [fileURLToPath(moduleUrl), `--variant=${variant}`, ...args], { encoding: "utf8", env: benchEnv() }).trim());
}

/**
 * In a benchmark module: when this process was started by timeInProcess,
 * times the variant it names with `time(variant, args)` and prints the
 * milliseconds; when the module was only imported, does nothing.
 */
export function answerVariant(time: (variant: string, args: string[]) => number): void {
  const at = process.argv.findIndex((a) => a.startsWith("--variant="));
  if (at >= 0) process.stdout.write(`${time(process.argv[at]!.slice("--variant=".length), process.argv.slice(at + 1))}\n`);
}

export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  console.log(`\n### ${title}\n`);
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}

export const fmt = (x: number, digits = 2): string => x.toFixed(digits);
