import { test } from "node:test";
import assert from "node:assert/strict";
import { InternPool } from "../../src/base/intern-pool.js";
import { SpanTable } from "../../src/base/span.js";
import { WorkerClient } from "../../src/driver/worker-client.js";

const enc = new TextEncoder();

function ranges(words: string[]): { bytes: Uint8Array; starts: Int32Array; ends: Int32Array } {
  const bytes = enc.encode(words.join(" "));
  const starts = new Int32Array(words.length), ends = new Int32Array(words.length);
  let at = 0;
  words.forEach((w, i) => { starts[i] = at; at += enc.encode(w).length; ends[i] = at; at++; });
  return { bytes, starts, ends };
}

test("two workers intern into the main thread's pool and agree with it", { timeout: 30_000 }, async () => {
  const pool = InternPool.create();
  const spans = SpanTable.create();
  const a = new WorkerClient(pool, spans), b = new WorkerClient(pool, spans);
  try {
    const words = ["computeIndex", "x", "naïveName", "computeIndex", "anotherLongName", "if"];
    const [ia, ib] = await Promise.all([a.run({ kind: "intern", ...ranges(words) }), b.run({ kind: "intern", ...ranges([...words].reverse()) })]);
    words.forEach((w, i) => {
      assert.equal(ia[i], pool.intern(w), w);
      assert.equal(ib[words.length - 1 - i], ia[i]);
      assert.equal(pool.text(ia[i] as never), w);
    });
    assert.equal(pool.size(), 3, "three distinct non-atom texts");
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test("a job that fails answers an error and the worker keeps serving", { timeout: 30_000 }, async () => {
  const pool = InternPool.create();
  const w = new WorkerClient(pool, SpanTable.create());
  try {
    await assert.rejects(w.run({ kind: "nonsense" } as never), /unknown job kind 'nonsense'/);
    const ids = await w.run({ kind: "intern", ...ranges(["stillAlive"]) });
    assert.equal(pool.text(ids[0] as never), "stillAlive");
  } finally {
    await w.close();
  }
});

test("a worker that dies rejects its pending and later jobs instead of hanging", { timeout: 30_000 }, async () => {
  const pool = InternPool.create();
  const w = new WorkerClient(pool, SpanTable.create());
  const pending = w.run({ kind: "intern", ...ranges(["never"]) });
  await w.close();
  await assert.rejects(pending, /worker exited/);
  await assert.rejects(w.run({ kind: "intern", ...ranges(["after"]) }), /worker exited/);
});
