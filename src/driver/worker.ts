// Entry point of kiln's worker threads (bundled as dist/worker.js): attaches
// to the main thread's intern pool and span table, then runs the jobs it is
// sent. A failing job answers an error message; it must never take the
// worker down silently or leave the main thread waiting.
import { parentPort } from "node:worker_threads";
import { attachPoolInWorker } from "../base/pool-worker.js";
import { SpanTable } from "../base/span.js";
import type { Job, JobReply, JobRequest, WorkerSetup } from "./worker-protocol.js";

const { pool, data } = attachPoolInWorker<WorkerSetup>();
SpanTable.attach(data.spans, pool.thread);
const port = parentPort!;

function run(job: Job): Int32Array {
  switch (job.kind) {
    case "intern": {
      const ids = new Int32Array(job.starts.length);
      for (let i = 0; i < ids.length; i++) ids[i] = pool.internBytes(job.bytes, job.starts[i]!, job.ends[i]!);
      return ids;
    }
    default:
      throw new Error(`unknown job kind '${(job as { kind: string }).kind}'`);
  }
}

port.on("message", (req: JobRequest) => {
  let reply: JobReply;
  try {
    reply = { seq: req.seq, ok: true, ids: run(req.job) };
  } catch (e) {
    reply = { seq: req.seq, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply, reply.ok ? [reply.ids.buffer as ArrayBuffer] : []);
});
