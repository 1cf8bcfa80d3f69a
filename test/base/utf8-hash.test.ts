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
