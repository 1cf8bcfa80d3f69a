import { test } from "node:test";
import assert from "node:assert/strict";
import type { Worker } from "node:worker_threads";
import { InternPool } from "../../src/base/intern-pool.js";
import { startPoolWorker } from "../../src/base/pool-worker.js";
import { expectedText } from "./fixtures/intern-workload.js";

const WORKERS = 4;
const PER_WORKER = 200_000;

function next<T>(w: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    w.once("message", resolve);
    w.once("error", reject);
  });
}

test("4 workers interning overlapping sets agree on one id per text", { timeout: 120_000 }, async () => {
  const pool = InternPool.create();
  const url = new URL("./fixtures/intern-worker.js", import.meta.url);
  const workers = Array.from({ length: WORKERS }, (_, worker) => startPoolWorker(url, pool, { worker, perWorker: PER_WORKER }));
  try {
    for (const w of workers) w.postMessage({ kind: "intern" });
    const results = await Promise.all(workers.map((w) => next<{ order: Int32Array; ids: Int32Array; thread: number }>(w)));
    assert.equal(new Set(results.map((r) => r.thread)).size, WORKERS, "each worker has its own thread index");

    const byText = new Map<string, number>();
    const texts = new Map<number, string>();
    results.forEach((r, w) => {
      for (let k = 0; k < r.ids.length; k++) {
        const text = expectedText(w, r.order[k]!, PER_WORKER);
        const id = r.ids[k]!;
        const seen = byText.get(text);
        if (seen === undefined) byText.set(text, id);
        else assert.equal(id, seen, `two ids for ${text}`);
        const other = texts.get(id);
        if (other === undefined) texts.set(id, text);
        else assert.equal(other, text, `one id for two texts`);
      }
    });
    const distinct = PER_WORKER / 2 + WORKERS * (PER_WORKER / 2);
    assert.equal(byText.size, distinct);
    assert.equal(pool.size(), distinct, "nothing was inserted twice");

    for (const [text, id] of byText) if (id % 97 === 0) assert.equal(pool.text(id as never), text);
    const ids = results.map((r) => r.ids);
    for (const w of workers) w.postMessage({ kind: "verify", ids });
    const checks = await Promise.all(workers.map((w) => next<{ wrong: number; checked: number }>(w)));
    for (const c of checks) {
      assert.equal(c.checked, WORKERS * PER_WORKER);
      assert.equal(c.wrong, 0);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
});
