import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeWtf8, encodeWtf8, maxEncodedLength } from "../../src/base/utf8.js";
import { HASH_SEED, hashBytes, hashFinish, hashStep } from "../../src/base/hash.js";

test("WTF-8 matches UTF-8 on well-formed text and keeps lone surrogates", () => {
  for (const s of ["", "abc", "é", "日本語", "😀 ok", "\u0000", "\u07ff\u0800\uffff"]) {
    const out = new Uint8Array(maxEncodedLength(s));
    const n = encodeWtf8(s, out);
    assert.deepEqual(out.subarray(0, n), new TextEncoder().encode(s), s);
    assert.equal(decodeWtf8(out, 0, n), s);
  }
  for (const s of ["\ud800", "x\udfffy", "\udc00\ud800"]) {
    const out = new Uint8Array(maxEncodedLength(s));
    const n = encodeWtf8(s, out);
    assert.equal(decodeWtf8(out, 0, n), s);
  }
  assert.equal(encodeWtf8("abc", new Uint8Array(2)), -1, "reports a too small buffer");
});

test("decoding a range: ASCII of any length, and ASCII up to a character that is not", () => {
  const enc = new TextEncoder();
  const long = Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(32 + (i % 95))).join(""); // past one 4096-byte chunk
  for (const s of ["", "m/fn", long, long + "é", "é" + long, "abc\u0000def"]) {
    const inner = enc.encode(s);
    const framed = new Uint8Array(inner.length + 6);
    framed.set([0xff, 0xc3, 0x80], 0); // non-ASCII bytes on both sides of the range
    framed.set(inner, 3);
    framed.set([0xe2, 0x82, 0xac], 3 + inner.length);
    assert.equal(decodeWtf8(framed, 3, 3 + inner.length), s, s.slice(0, 20));
  }
});

test("malformed bytes decode to U+FFFD without throwing", () => {
  const bad = new Uint8Array([0x61, 0xff, 0xc3, 0x62, 0xe2, 0x82, 0xf0, 0x9f]);
  assert.equal(decodeWtf8(bad, 0, bad.length), "a\ufffd\ufffdb\ufffd\ufffd\ufffd\ufffd");
  assert.equal(decodeWtf8(new Uint8Array([0xc0, 0x80]), 0, 2), "\ufffd\ufffd", "overlong form rejected");
});

test("the incremental hash equals the whole-range hash and spreads short names", () => {
  const b = new TextEncoder().encode("xx computeIndex yy");
  let h = HASH_SEED;
  for (let i = 3; i < 15; i++) h = hashStep(h, b[i]!);
  assert.equal(hashFinish(h, 12), hashBytes(b, 3, 15));
  const shards = new Set<number>();
  for (let i = 0; i < 1000; i++) {
    const t = new TextEncoder().encode(`v${i}`);
    shards.add(hashBytes(t, 0, t.length) >>> 26);
  }
  assert.equal(shards.size, 64, "1000 similar names reach all 64 shards");
  assert.notEqual(hashBytes(new Uint8Array([0, 97]), 0, 2), hashBytes(new Uint8Array([97]), 0, 1));
});
