// The byte arena: every take() gets bytes of its own, aligned for any view,
// and big requests do not come out of a slab.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ByteArena } from "../../src/base/byte-arena.js";

test("blocks from one arena never overlap and start 8-aligned", () => {
  const arena = new ByteArena(4096);
  const blocks: Uint8Array[] = [];
  const sizes = [1, 7, 8, 13, 100, 500, 1000, 3, 1024, 900, 17, 1000, 1000, 5];
  sizes.forEach((n, k) => {
    arena.take(n);
    assert.equal(arena.offset % 8, 0, `block ${k} starts at ${arena.offset}`);
    const b = new Uint8Array(arena.buffer, arena.offset, n);
    b.fill(k + 1);
    blocks.push(b);
  });
  // Each block still holds only its own fill: no later block wrote over it.
  blocks.forEach((b, k) => assert.ok(b.every((x) => x === k + 1), `block ${k} was overwritten`));
  // A Float64Array fits at any offset the arena gives.
  arena.take(24);
  assert.doesNotThrow(() => new Float64Array(arena.buffer, arena.offset, 3));
});

test("a request above a quarter slab gets a buffer of its own", () => {
  const arena = new ByteArena(4096);
  arena.take(16);
  const slab = arena.buffer;
  arena.take(1025);
  assert.notEqual(arena.buffer, slab);
  assert.equal(arena.offset, 0);
  assert.ok(arena.buffer.byteLength >= 1025);
  // The slab goes on serving small requests after it.
  arena.take(16);
  assert.equal(arena.buffer, slab);
  assert.equal(arena.offset, 16);
});
