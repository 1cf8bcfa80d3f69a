// Instantiates a compiled program whatever compiler made it and times calls of
// its exported main(): the imports are made up from what the module asks for
// (AssemblyScript's env.abort and friends). Owns no reporting.
import { readFileSync } from "node:fs";
import { median } from "./stats.js";

export type MainFn = () => unknown;

/** Stand-ins for the host functions AssemblyScript programs may import. */
const KNOWN_FUNCTIONS: Record<string, (...args: never[]) => unknown> = {
  "env.abort": () => { throw new Error("the program called abort()"); },
  "env.trace": () => undefined,
  // Math.random's seed: a fixed one keeps runs of both builds comparable.
  "env.seed": () => 12345,
};

/** Makes an import object for `module`; throws on an import it cannot supply. */
function importsFor(module: WebAssembly.Module): WebAssembly.Imports {
  const imports: WebAssembly.Imports = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    const key = `${imp.module}.${imp.name}`;
    let value: WebAssembly.ImportValue;
    if (imp.kind === "function") {
      // An unknown function is supplied but fails loudly if the program ever calls it.
      value = KNOWN_FUNCTIONS[key] ?? ((): never => { throw new Error(`the program called the unexpected import ${key}`); });
    } else if (imp.kind === "memory") {
      value = new WebAssembly.Memory({ initial: 256 });
    } else {
      throw new Error(`cannot supply the ${imp.kind} import ${key}`);
    }
    (imports[imp.module] ??= {})[imp.name] = value;
  }
  return imports;
}

/** Loads a .wasm file and returns its exported main(). */
export function loadMain(wasmPath: string): MainFn {
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, importsFor(module));
  const main = instance.exports["main"];
  if (typeof main !== "function") throw new Error(`${wasmPath} exports no main function`);
  return main as MainFn;
}

/** How many calls of `fn` take about `targetMs`, measured after a few warm-up calls. */
export function callsPerBatch(fn: MainFn, targetMs: number): number {
  for (let i = 0; i < 5; i++) fn();
  let calls = 1;
  for (;;) {
    const ms = timeBatch(fn, calls);
    if (ms >= targetMs / 4 || calls >= 1 << 24) return Math.max(1, Math.round(calls * targetMs / Math.max(ms, 1e-3)));
    calls *= 4;
  }
}

/** Milliseconds for `calls` back-to-back calls of `fn`. */
export function timeBatch(fn: MainFn, calls: number): number {
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) fn();
  return performance.now() - t0;
}

/**
 * Median milliseconds per call of each function, their batches interleaved
 * (a, b, a, b, …) so that machine noise hits both alike.
 */
export function timeInterleaved(fns: readonly MainFn[], batches: number, targetBatchMs: number): number[] {
  const calls = fns.map((f) => callsPerBatch(f, targetBatchMs));
  const samples: number[][] = fns.map(() => []);
  for (let b = 0; b < batches; b++) {
    fns.forEach((f, i) => samples[i]!.push(timeBatch(f, calls[i]!) / calls[i]!));
  }
  return samples.map(median);
}
