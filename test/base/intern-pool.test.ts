import { test } from "node:test";
import assert from "node:assert/strict";
import { InternPool } from "../../src/base/intern-pool.js";
import { NO_STRING } from "../../src/base/ids.js";

const enc = new TextEncoder();

test("equal texts get equal ids, different texts different ids", () => {
  const pool = InternPool.create();
  const words = ["computeIndex", "function", "x", "", "é", "naïve name", "a".repeat(1000), "returns", "return"];
  const ids = words.map((w) => pool.intern(w));
  assert.equal(new Set(ids).size, words.length);
  words.forEach((w, k) => {
    assert.equal(pool.intern(w), ids[k]);
    assert.equal(pool.text(ids[k]!), w);
    assert.notEqual(ids[k], NO_STRING);
  });
});

test("interning from bytes agrees with interning from strings", () => {
  const pool = InternPool.create();
  const src = enc.encode("let computeIndex = x + naïveName * 日本語;");
  const slices: [number, number, string][] = [[4, 16, "computeIndex"], [19, 20, "x"], [23, 33, "naïveName"], [36, 45, "日本語"]];
  for (const [s, e, text] of slices) {
    assert.equal(pool.internBytes(src, s, e), pool.intern(text), text);
    assert.equal(pool.byteLength(pool.intern(text)), e - s);
  }
});

test("empty string, lone surrogates and every plane round-trip", () => {
  const pool = InternPool.create();
  for (const s of ["", "\ud800", "a\udc00b", "😀", "\u0000\u0001", "\uffff", "x".repeat(7)]) {
    const id = pool.intern(s);
    assert.equal(pool.text(id), s);
    assert.equal(pool.intern(s), id);
  }
});

test("the longest atom and one character longer", () => {
  const pool = InternPool.create();
  const six = pool.intern("abcdef"), seven = pool.intern("abcdefg");
  const fiveUpper = pool.intern("ABCDE"), sixUpper = pool.intern("ABCDEF");
  assert.ok(six < 0 && fiveUpper < 0, "atoms are negative");
  assert.ok(seven > 0 && sixUpper > 0, "pool ids are positive");
  assert.equal(pool.size(), 2);
  assert.equal(pool.text(seven), "abcdefg");
  assert.equal(pool.text(sixUpper), "ABCDEF");
});

test("growth past the initial capacity keeps every id valid", () => {
  const pool = InternPool.create();
  const n = 60_000;
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = pool.intern(`identifier_${i}_${"z".repeat(i % 50)}`);
  assert.equal(pool.size(), n);
  for (let i = 0; i < n; i += 7) {
    const text = `identifier_${i}_${"z".repeat(i % 50)}`;
    assert.equal(pool.intern(text), ids[i]);
    assert.equal(pool.text(ids[i] as never), text);
  }
  assert.ok(pool.storedBytes() > 1 << 16, "text storage grew past its first buffer");
});

test("copyBytes writes the stored text", () => {
  const pool = InternPool.create();
  const out = new Uint8Array(32);
  const id = pool.intern("multiplier");
  assert.equal(pool.copyBytes(id, out, 3), 10);
  assert.equal(new TextDecoder().decode(out.subarray(3, 13)), "multiplier");
  const a = pool.intern("tiny");
  assert.equal(pool.copyBytes(a, out, 0), 4);
  assert.equal(new TextDecoder().decode(out.subarray(0, 4)), "tiny");
});

test("a second attachment on the same thread sees the first one's texts", () => {
  const pool = InternPool.create();
  const id = pool.intern("sharedTextHere");
  const other = InternPool.attach(pool.handle);
  assert.equal(other.thread, 1);
  assert.equal(other.intern("sharedTextHere"), id);
  const mine = other.intern("attachedOnly!");
  assert.equal(mine >>> 27, 1, "the new entry carries its thread in its high bits");
  assert.equal(pool.intern("attachedOnly!"), mine);
  assert.equal(pool.text(mine), "attachedOnly!");
});
