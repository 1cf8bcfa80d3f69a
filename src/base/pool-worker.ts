// Helpers to start a worker_threads worker that shares this thread's intern
// pool, and to attach to it inside the worker. The pool's memory is shared,
// never copied: only the handle of SharedArrayBuffers crosses.
// node:worker_threads is loaded on first use, not imported: loading it costs
// about 1.5 ms, which a build on one thread (the default) never needs.
import type { Worker } from "node:worker_threads";
import { InternPool, type InternPoolHandle } from "./intern-pool.js";

interface PoolWorkerData<T> { readonly pool: InternPoolHandle; readonly data: T }

/** Starts `script` as a worker that can call attachPoolInWorker() to share `pool`. */
export function startPoolWorker<T>(script: URL | string, pool: InternPool, data: T): Worker {
  const wd: PoolWorkerData<T> = { pool: pool.handle, data };
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  return new Worker(script, { workerData: wd });
}

/** Inside a worker started by startPoolWorker: attaches to the shared pool and returns it with the data. */
export function attachPoolInWorker<T>(): { pool: InternPool; data: T } {
  const wd = process.getBuiltinModule("node:worker_threads").workerData as PoolWorkerData<T> | undefined;
  if (!wd || !wd.pool) throw new Error("this worker was not started by startPoolWorker");
  return { pool: InternPool.attach(wd.pool), data: wd.data };
}
