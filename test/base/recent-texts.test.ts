// The cache in front of the intern pool: it must answer exactly what the
// pool answers, for repeated names, for names that share a slot, across
// buffers (whose offsets mean different texts), and after the pool changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { hashBytes } from "../../src/base/hash.js";
import { InternPool } from "../../src/base/intern-pool.js";
import { RecentTexts } from "../../src/base/recent-texts.js";

const pool = InternPool.create();
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Interns every space-separated word of `text` through the cache; returns [word, id] pairs. */
function internWords(recent: RecentTexts, text: string, into = pool): [string, number][] {
  const src = enc(text);
  const out: [string, number][] = [];
  recent.begin(into);
  let start = 0;
  for (let i = 0; i <= src.length; i++) {
    if (i < src.length && src[i] !== 32) continue;
    if (i > start) out.push([text.slice(start, i), recent.intern(src, into, start, i, hashBytes(src, start, i))]);
    start = i + 1;
  }
  return out;
}

test("the cache gives the pool's id for every occurrence, first or repeated", () => {
  const recent = new RecentTexts();
  const words = "counter element counter value_of_it element counterX counter Counter counter".split(" ");
  for (const [word, id] of internWords(recent, words.join(" "))) assert.equal(id, pool.intern(word), word);
});

test("names that fall in the same slot are told apart by their bytes", () => {
  // Many distinct names of equal length: 886 of these 3000 land in a slot of the
  // 4096 that an earlier one took (counted with hashBytes), so slots are shared.
  const names = Array.from({ length: 3000 }, (_, i) => `name${String(i).padStart(5, "0")}`);
  const recent = new RecentTexts();
  const text = [...names, ...names.slice().reverse()].join(" ");
  for (const [word, id] of internWords(recent, text)) assert.equal(id, pool.intern(word), word);
});

test("a new buffer is answered from its own bytes, not from the last one's at the same offsets", () => {
  const recent = new RecentTexts();
  const first = internWords(recent, "alphabet gammaray alphabet");
  // Same offsets, same lengths, different text: a stale entry would answer 'alphabet'.
  const second = internWords(recent, "omicrons gammaray omicrons");
  assert.equal(first[0]![1], pool.intern("alphabet"));
  assert.equal(second[0]![1], pool.intern("omicrons"));
  assert.equal(second[2]![1], pool.intern("omicrons"));
  assert.notEqual(second[0]![1], first[0]![1]);
  // The hash cannot tell these apart (x31: '0'*31 + 'n' = '2'*31 + '0'), only the bytes can.
  assert.equal(hashBytes(enc("n000000n"), 0, 8), hashBytes(enc("n0000020"), 0, 8));
  internWords(recent, "n000000n");
  assert.deepEqual(internWords(recent, "n0000020"), [["n0000020", pool.intern("n0000020")]]);
});

test("a new pool empties the cache: ids are the new pool's", () => {
  const recent = new RecentTexts();
  const first = internWords(recent, "alphabet gammaray");
  const other = InternPool.create();
  // Other texts first, so that the same words get other ids in the new pool.
  for (const w of ["zeroeth", "oneness", "twofold"]) other.intern(w);
  const second = internWords(recent, "alphabet gammaray", other);
  assert.deepEqual(second, [["alphabet", other.intern("alphabet")], ["gammaray", other.intern("gammaray")]]);
  assert.notEqual(second[0]![1], first[0]![1]);
});
