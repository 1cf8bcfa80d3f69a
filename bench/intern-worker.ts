// Worker of the intern benchmark: for each round it attaches to the round's
// fresh pool, waits at a barrier so all workers start together, interns its
// share of identifier ranges, and reports how long that took.
import { parentPort } from "node:worker_threads";
import { InternPool, type InternPoolHandle } from "../src/base/intern-pool.js";

interface Round { pool: InternPoolHandle; barrier: Int32Array; parties: number; bytes: Uint8Array; starts: Int32Array; ends: Int32Array }

parentPort!.on("message", (r: Round) => {
  const pool = InternPool.attach(r.pool);
  Atomics.add(r.barrier, 0, 1);
  Atomics.notify(r.barrier, 0);
  while (Atomics.load(r.barrier, 0) < r.parties) Atomics.wait(r.barrier, 0, Atomics.load(r.barrier, 0), 5);
  const t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < r.starts.length; i++) sink ^= pool.internBytes(r.bytes, r.starts[i]!, r.ends[i]!);
  parentPort!.postMessage({ ms: performance.now() - t0, sink });
});
