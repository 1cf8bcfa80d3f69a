// The main thread's side of one kiln worker: starts it on the shared pool and
// span table, sends jobs, and settles each job's promise with its reply, or
// with an error if the worker dies first. Knows nothing of scheduling.
import type { Worker } from "node:worker_threads";
import type { InternPool } from "../base/intern-pool.js";
import { startPoolWorker } from "../base/pool-worker.js";
import type { SpanTable } from "../base/span.js";
import type { Job, JobReply, ResultOf, WorkerSetup } from "./worker-protocol.js";

export class WorkerClient {
  private readonly worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  private dead: Error | undefined;

  constructor(
    pool: InternPool,
    spans: SpanTable,
    options: { trace?: boolean; fault?: string | undefined } = {},
    script: URL = new URL("./worker.js", import.meta.url),
  ) {
    const setup: WorkerSetup = { spans: spans.handle, trace: options.trace ?? false, fault: options.fault };
    this.worker = startPoolWorker(script, pool, setup);
    this.worker.on("message", (r: JobReply) => {
      const p = this.pending.get(r.seq);
      if (!p) return;
      this.pending.delete(r.seq);
      if (r.ok) p.resolve(r.result); else p.reject(new Error(r.error));
    });
    const fail = (e: Error): void => {
      this.dead ??= e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on("error", (e) => fail(new Error(`worker failed: ${e.message}`)));
    this.worker.on("exit", (code) => fail(new Error(`worker exited (code ${code})`)));
  }

  /** The worker's thread id, for trace tracks. */
  get threadId(): number { return this.worker.threadId; }

  /** Runs a job; `transfer` lists buffers to move rather than copy. */
  run<J extends Job>(job: J, transfer: ArrayBuffer[] = []): Promise<ResultOf<J>> {
    if (this.dead) return Promise.reject(this.dead);
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (r: unknown) => void, reject });
      this.worker.postMessage({ seq, job }, transfer);
    });
  }

  async close(): Promise<void> { await this.worker.terminate(); }
}
