import { test } from "node:test";
import assert from "node:assert/strict";
import { atom, atomFromBytes, atomFromString, atomLength, atomText, isAtom, ATOM5_CODES } from "../../src/base/atoms.js";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

test("every name of up to five identifier characters is an atom and round-trips", () => {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$";
  const samples = ["", "i", "x", "$", "_", "len", "push", "i32", "f64", "ZZZZZ", "$$$$$", "a_b$9", "while", "class"];
  for (let k = 0; k < 2000; k++) {
    const n = k % 6;
    let s = "";
    for (let j = 0; j < n; j++) s += alphabet[(k * 7 + j * 13 + (k >> 3)) % 64];
    samples.push(s);
  }
  for (const s of samples) {
    const id = atomFromString(s);
    assert.ok(isAtom(id), `${s} should be an atom`);
    assert.equal(atomText(id), s);
    assert.equal(atomLength(id), s.length);
    const b = bytes(`..${s}..`);
    assert.equal(atomFromBytes(b, 2, 2 + s.length), id, "bytes and string agree");
  }
});

test("six lower-case characters are an atom; six with upper case or seven are not", () => {
  for (const s of ["return", "export", "length", "a_b_c0", "zzzzzz", "______", "333333"]) {
    const id = atomFromString(s);
    assert.ok(id < 0, s);
    assert.equal(atomText(id), s);
    assert.equal(atomLength(id), 6);
    assert.ok((id & 0x7fffffff) >= ATOM5_CODES);
  }
  for (const s of ["Return", "lengtH", "abc$de", "abc4de", "returns", "function"]) assert.equal(atomFromString(s), 0, s);
});

test("non-ASCII and punctuation are never atoms", () => {
  for (const s of ["é", "ab c", "a-b", "π", "\u0000", "a.b"]) {
    assert.equal(atomFromString(s), 0, s);
    const b = bytes(s);
    assert.equal(atomFromBytes(b, 0, b.length), 0, s);
  }
});

test("distinct atoms have distinct ids and fit a signed 32-bit integer", () => {
  const seen = new Map<number, string>();
  for (const s of ["", "a", "b", "aa", "ab", "ba", "abcde", "abcdef", "$", "$$", "$a", "a$", "zzzzz", "_____"]) {
    const id = atomFromString(s);
    assert.ok(id >= -0x80000000 && id < 0);
    assert.equal(seen.get(id), undefined, `${s} collides with ${seen.get(id)}`);
    seen.set(id, s);
  }
});

test("atom() makes compile-time constants and rejects names that cannot be atoms", () => {
  assert.equal(atom("if"), atomFromString("if"));
  assert.throws(() => atom("function"), /cannot be an atom/);
});

test("bytes at the very end of a buffer take the same atom as anywhere else", () => {
  // The fast path reads five bytes from `start`; near the end it must fall back.
  for (const s of ["", "a", "ab", "abc", "abcd", "abcde", "a-c", "abcdef"]) {
    const tail = bytes(s);
    const padded = bytes(`${s}.....`);
    assert.equal(atomFromBytes(tail, 0, tail.length), atomFromBytes(padded, 0, s.length), s);
    assert.equal(atomFromBytes(tail, 0, tail.length), atomFromString(s), s);
  }
});
