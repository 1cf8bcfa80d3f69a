// The memoized query: computed once per key, cycles answered by the
// caller's fallback, undefined values remembered, and a computation that
// throws leaves its key free to be asked again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Query } from "../../src/query/memo.js";

test("a query computes each key once, and remembers undefined values too", () => {
  const calls: number[] = [];
  const q = new Query<number | undefined>("q", (k) => { calls.push(k); return k === 0 ? undefined : k * 2; });
  const never = (): number | undefined => { throw new Error("no cycle here"); };
  assert.equal(q.get(3, never), 6);
  assert.equal(q.get(3, never), 6);
  assert.equal(q.get(0, never), undefined);
  assert.equal(q.get(0, never), undefined);
  assert.deepEqual(calls, [3, 0]);
  q.drop(3);
  assert.equal(q.get(3, never), 6);
  assert.deepEqual(calls, [3, 0, 3]);
});

test("a key asked for while it is computed gets the fallback, and is in progress only meanwhile", () => {
  let q: Query<string>;
  const seen: boolean[] = [];
  q = new Query<string>("q", (k) => {
    seen.push(q.inProgress(k));
    return k === 1 ? `one(${q.get(2, () => "cycle")})` : `two(${q.get(1, () => "cycle")})`;
  });
  assert.equal(q.get(1, () => "outer"), "one(two(cycle))");
  assert.deepEqual(seen, [true, true]);
  assert.equal(q.inProgress(1), false);
  assert.equal(q.inProgress(2), false);
  assert.equal(q.get(2, () => "cycle"), "two(cycle)"); // remembered from inside the first computation
});

test("a computation that throws leaves its key neither in progress nor known", () => {
  let fail = true;
  const q = new Query<number>("q", (k) => { if (fail) throw new Error("boom"); return k; });
  assert.throws(() => q.get(5, () => -1), /boom/);
  assert.equal(q.inProgress(5), false);
  fail = false;
  assert.equal(q.get(5, () => -1), 5);
});

test("keys that share a low or a high half are kept apart", () => {
  const keys = [0, 5, 0xffff, 0x10000, (3 << 16) | 5, (5 << 16) | 3, 0x7fff_ffff, -1];
  const q = new Query<number>("q", (k) => k * 3);
  for (const k of keys) assert.equal(q.get(k, () => NaN), k * 3);
  for (const k of keys) assert.equal(q.get(k, () => NaN), k * 3);
  q.drop(5);
  assert.equal(q.inProgress(5), false);
  assert.equal(q.get((3 << 16) | 5, () => NaN), ((3 << 16) | 5) * 3, "dropping key 5 leaves (3 << 16) | 5");
});
