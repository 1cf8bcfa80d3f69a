// Compares candidate hash functions for the intern pool on real identifiers:
// speed over every identifier occurrence of the corpus, and distribution
// quality (linear-probe length at 50% and 75% load, using low bits for the
// slot as the pool does, and high bits for the shard). The winner lives in
// src/base/hash.ts; this file keeps the losers so the choice can be re-checked.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { asStdFiles, corpusFiles, largeJs } from "./util/inputs.js";
import { identifierRanges } from "./util/identifiers.js";
import { median } from "./util/stats.js";
import { hashBytes } from "../src/base/hash.js";

type HashFn = (b: Uint8Array, s: number, e: number) => number;

function fmix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const fnv1a: HashFn = (b, s, e) => {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return h >>> 0;
};
const fnv1aMixed: HashFn = (b, s, e) => fmix(fnv1a(b, s, e));
const x31Mixed: HashFn = (b, s, e) => {
  let h = e - s;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + b[i]!) | 0;
  return fmix(h);
};
const murmurWords: HashFn = (b, s, e) => {
  let h = 0x9747b28c ^ (e - s);
  let i = s;
  for (; i + 4 <= e; i += 4) {
    let k = b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);
    k = Math.imul(k, 0xcc9e2d51); k = (k << 15) | (k >>> 17); k = Math.imul(k, 0x1b873593);
    h ^= k; h = (h << 13) | (h >>> 19); h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const rest = e - i;
  if (rest > 0) {
    let k = b[i]!;
    if (rest > 1) k ^= b[i + 1]! << 8;
    if (rest > 2) k ^= b[i + 2]! << 16;
    k = Math.imul(k, 0xcc9e2d51); k = (k << 15) | (k >>> 17); h ^= Math.imul(k, 0x1b873593);
  }
  return fmix(h);
};

const candidates: [string, HashFn][] = [
  ["FNV-1a 32", fnv1a], ["FNV-1a + fmix32", fnv1aMixed], ["x31 + fmix32", x31Mixed],
  ["murmur3 words", murmurWords], ["src/base/hash.ts (chosen)", hashBytes],
];

function probeLength(fn: HashFn, keys: Uint8Array[], load: number, useHighBits: boolean): number {
  let cap = 1; while (cap < keys.length) cap <<= 1;
  const bits = Math.log2(cap);
  const table = new Uint8Array(cap);
  const n = Math.floor(cap * load);
  let probes = 0;
  for (const k of keys.slice(0, n)) {
    const h = fn(k, 0, k.length);
    let i = useHighBits ? (h >>> (32 - bits)) & (cap - 1) : h & (cap - 1);
    let p = 1;
    while (table[i]) { i = (i + 1) & (cap - 1); p++; }
    table[i] = 1; probes += p;
  }
  return probes / n;
}

const tokens = identifierRanges(corpusFiles());
const only = process.argv.find((a) => a.startsWith("--only="));
if (only) {
  // Timed alone in its own process so that the call site sees one function.
  const fn = candidates[Number(only.slice(7))]![1];
  const times: number[] = [];
  const { bytes, starts, ends } = tokens;
  let sink = 0;
  for (let r = 0; r < 9; r++) {
    const t0 = performance.now();
    for (let k = 0; k < starts.length; k++) sink ^= fn(bytes, starts[k]!, ends[k]!);
    times.push(performance.now() - t0);
  }
  process.stdout.write(`${(median(times) * 1e6 / starts.length).toFixed(2)} ${sink}\n`);
  process.exit(0);
}
const distinct = new Map<string, Uint8Array>();
const enc = new TextEncoder();
const dec = new TextDecoder();
for (const files of [asStdFiles(), largeJs(), corpusFiles()]) {
  const r = identifierRanges(files);
  for (let k = 0; k < r.starts.length; k++) {
    const text = dec.decode(r.bytes.subarray(r.starts[k]!, r.ends[k]!));
    if (!distinct.has(text)) distinct.set(text, enc.encode(text));
  }
}
const keys = [...distinct.values()];
const occurrences = tokens.starts.length;
console.log(`hash candidates: ${occurrences} identifier occurrences (100k corpus), ${keys.length} distinct identifiers (std + typescript.js + corpus)`);
console.log("| hash | ns / identifier (median of 9, own process) | probes @50% low bits | probes @75% low bits | probes @50% high bits |");
console.log("|---|---:|---:|---:|---:|");
for (const [name, fn] of candidates) {
  const ns = execFileSync(process.execPath, [fileURLToPath(import.meta.url), `--only=${candidates.findIndex((c) => c[1] === fn)}`]).toString().split(" ")[0];
  console.log(`| ${name} | ${ns} | ${probeLength(fn, keys, 0.5, false).toFixed(3)} | ${probeLength(fn, keys, 0.75, false).toFixed(3)} | ${probeLength(fn, keys, 0.5, true).toFixed(3)} |`);
}
console.log("(ideal linear probing, uniform hash: 1.500 at 50% load, 2.500 at 75%)");
