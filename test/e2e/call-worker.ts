// The worker side of calls-on-a-worker.ts: instantiates the two builds of a
// program and makes every call in both, on this thread, so that a call that
// never returns (a miscompiled loop) can be stopped from outside. Before each
// call it stores the call's index in the shared progress cell, so the test
// can say which call hung. Results go back in one message.
import { parentPort, workerData } from "node:worker_threads";
import { exportsOf, type WorkerCalls, type WorkerResults } from "./calls-on-a-worker.js";

const job = workerData as WorkerCalls;
const progress = new Int32Array(job.progress);

/** A call's value, or "trap" for a wasm trap, or what else it threw. */
function call(fn: ((...args: unknown[]) => unknown) | undefined, args: readonly unknown[]): unknown {
  if (fn === undefined) return "no such export";
  try { return fn(...args); } catch (e) { return e instanceof WebAssembly.RuntimeError ? "trap" : `threw ${String(e)}`; }
}

const builds = job.builds.map(exportsOf);
const results: WorkerResults = builds.map(() => []);
for (let i = 0; i < job.calls.length; i++) {
  Atomics.store(progress, 0, i);
  const c = job.calls[i]!;
  builds.forEach((exports, b) => results[b]!.push(call(exports[c.fn], c.args)));
}
parentPort!.postMessage(results);
