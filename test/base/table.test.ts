import { test } from "node:test";
import assert from "node:assert/strict";
import { Table } from "../../src/base/table.js";
import type { Id, NodeId, StringId, TypeId } from "../../src/base/ids.js";

test("rows grow past the initial capacity and keep their values", () => {
  const t = new Table<NodeId, { kind: Uint8ArrayConstructor; span: Int32ArrayConstructor; size: Uint32ArrayConstructor }>(
    { kind: Uint8Array, span: Int32Array, size: Uint32Array }, 4);
  for (let i = 0; i < 1000; i++) {
    const row = t.add();
    assert.equal(row, i);
    t.cols.kind[row] = i & 255;
    t.cols.span[row] = -i;
    t.cols.size[row] = i * 3;
  }
  assert.equal(t.length, 1000);
  for (let i = 0; i < 1000; i += 37) {
    assert.equal(t.cols.kind[i], i & 255);
    assert.equal(t.cols.span[i], -i | 0);
    assert.equal(t.cols.size[i], i * 3);
  }
  const trimmed = t.trimmed();
  assert.equal(trimmed.kind.length, 1000);
  t.clear();
  assert.equal(t.length, 0);
  assert.equal(t.cols.kind[5], 0, "cleared rows are zero again");
  t.reserve(5000);
  assert.ok(t.cols.size.length >= 5000);
});

test("branded ids cannot be mixed up (checked by tsc)", () => {
  const takesType = (t: TypeId): number => t;
  const s = 7 as StringId;
  // @ts-expect-error a StringId is not a TypeId
  takesType(s);
  // @ts-expect-error a bare number is not an id
  takesType(3);
  type Other = Id<"Other">;
  const o = 1 as Other;
  // @ts-expect-error ids of different tags differ
  const n: NodeId = o;
  assert.equal(typeof n, "number");
  assert.equal(takesType(5 as TypeId), 5);
});
