import { test } from "node:test";
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { keepShape } from "../../src/base/keep-shape.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
/** WeakRef targets stay alive until the current job ends. */
const nextJob = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

class Shaped { constructor(readonly n: number) { keepShape(this); } }
class Other { constructor() { keepShape(this); } }

test("keepShape keeps the newest object of each class alive and lets the older ones go", async () => {
  const refs: WeakRef<Shaped>[] = [];
  for (let n = 0; n < 4; n++) refs.push(new WeakRef(new Shaped(n)));
  const other = new WeakRef(new Other());
  await nextJob();
  gc();
  assert.deepEqual(refs.map((r) => r.deref()?.n), [undefined, undefined, undefined, 3]);
  assert.ok(other.deref() instanceof Other, "each class keeps its own newest object");
});
