// Makes a list of calls on several builds of one program on a worker thread,
// with a deadline. A wasm call runs to its end on the thread that makes it:
// node:test's timeout cannot interrupt it, so a miscompiled loop that never
// ends would hang the test run instead of failing it. On a worker, the
// deadline terminates the thread and the test fails naming the call.
import { Worker } from "node:worker_threads";

export interface Call { readonly fn: string; readonly args: readonly unknown[] }

/** What the worker is given (workerData). */
export interface WorkerCalls {
  readonly builds: readonly Uint8Array[];
  readonly calls: readonly Call[];
  /** One Int32: the index of the call under way. */
  readonly progress: SharedArrayBuffer;
}

/** Per build, per call: the value, "trap", or what else the call threw. */
export type WorkerResults = unknown[][];

export type Exports = Record<string, (...args: unknown[]) => unknown>;

/** A build's exports, instantiated with the imports a level-0 program may have (env.abort throws). */
export function exportsOf(wasm: Uint8Array): Exports {
  const imports = { env: { abort: () => { throw new Error("abort"); } }, Math: { pow: Math.pow } };
  return new WebAssembly.Instance(new WebAssembly.Module(wasm), imports).exports as unknown as Exports;
}

/**
 * Each call on each build (wasm bytes), in order; per build, the outcomes.
 * Rejects, naming the call, if the calls take longer than `deadlineMs` in all.
 */
export function callsOnAWorker(builds: readonly Uint8Array[], calls: readonly Call[], deadlineMs: number): Promise<WorkerResults> {
  const progress = new SharedArrayBuffer(4);
  const data: WorkerCalls = { builds, calls, progress };
  const worker = new Worker(new URL("./call-worker.js", import.meta.url), { workerData: data });
  return new Promise<WorkerResults>((resolve, reject) => {
    const timer = setTimeout(() => {
      const c = calls[Atomics.load(new Int32Array(progress), 0)]!;
      void worker.terminate();
      reject(new Error(`${c.fn}(${c.args.map(String).join(", ")}) did not return: the calls ran past their ${deadlineMs} ms deadline (counted from the worker's start): a loop that never ends?`));
    }, deadlineMs);
    worker.once("message", (r: WorkerResults) => { clearTimeout(timer); void worker.terminate(); resolve(r); });
    worker.once("error", (e) => { clearTimeout(timer); reject(e); });
    worker.once("exit", (code) => { clearTimeout(timer); reject(new Error(`the call worker exited (${code}) before answering`)); });
  });
}
