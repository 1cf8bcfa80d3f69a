import { test } from "node:test";
import assert from "node:assert/strict";
import type { Worker } from "node:worker_threads";
import { SpanTable, isInlineSpan, inlineSpan, SPAN_POS_BITS, SPAN_LEN_BITS } from "../../src/base/span.js";

const POS_MAX = 2 ** SPAN_POS_BITS - 1;
const LEN_MAX = 2 ** SPAN_LEN_BITS - 1;

test("spans at the inline limits stay inline; one past goes to the side table", () => {
  const t = SpanTable.create();
  const cases: [number, number, boolean][] = [
    [0, 0, true], [0, LEN_MAX, true], [POS_MAX, 0, true], [POS_MAX, LEN_MAX, true],
    [0, LEN_MAX + 1, false], [POS_MAX + 1, 0, false], [POS_MAX + 1, LEN_MAX + 1, false], [0xfffffff0, 5, false], [7, 1_000_000, false],
  ];
  for (const [start, length, inline] of cases) {
    const s = t.make(start, length);
    assert.equal(isInlineSpan(s), inline, `${start}+${length}`);
    assert.equal(inlineSpan(start, length) >= 0, inline);
    assert.equal(t.start(s), start);
    assert.equal(t.length(s), length);
    assert.equal(t.end(s), start + length);
  }
  assert.equal(t.sideEntries(), 5);
});

test("join covers both spans, inline or not", () => {
  const t = SpanTable.create();
  const a = t.make(100, 3), b = t.make(400, 10);
  const j = t.join(a, b);
  assert.equal(t.start(j), 100);
  assert.equal(t.end(j), 410);
  assert.ok(!isInlineSpan(j));
  const near = t.join(t.make(10, 2), t.make(20, 5));
  assert.ok(isInlineSpan(near));
  assert.equal(t.length(near), 15);
});

test("the side table grows past its first buffer", () => {
  const t = SpanTable.create();
  const spans: number[] = [];
  for (let i = 0; i < 5000; i++) spans.push(t.make(i * 3, 300 + i));
  spans.forEach((s, i) => { assert.equal(t.start(s as never), i * 3); assert.equal(t.length(s as never), 300 + i); });
});

test("a worker reads side-table spans made on the main thread and makes its own", async () => {
  const { Worker } = await import("node:worker_threads");
  const t = SpanTable.create();
  const mine = t.make(5, 100_000);
  const code = `
    const { workerData, parentPort } = require("node:worker_threads");
    import(workerData.url).then(({ SpanTable }) => {
      const t = SpanTable.attach(workerData.handle, 1);
      const theirs = t.make(9, 70_000);
      parentPort.postMessage({ start: t.start(workerData.mine), length: t.length(workerData.mine), theirs });
    });`;
  const url = new URL("../../src/base/span.js", import.meta.url).href;
  const w: Worker = new Worker(code, { eval: true, workerData: { handle: t.handle, mine, url } });
  const got = await new Promise<{ start: number; length: number; theirs: number }>((res, rej) => { w.once("message", res); w.once("error", rej); });
  await w.terminate();
  assert.deepEqual([got.start, got.length], [5, 100_000]);
  assert.equal(t.start(got.theirs as never), 9);
  assert.equal(t.length(got.theirs as never), 70_000);
});
