// The intern pool: one table of texts shared by every thread, so that equal
// texts have equal 32-bit ids everywhere. Owns its shared memory layout,
// locking and id encoding. It knows nothing of the language, and it must never
// move or renumber an entry once its id has been handed out.
//
// Memory (all SharedArrayBuffers, created up front so any thread can read any
// part without being told about new buffers):
// - per thread ("local"), appended to by that thread only:
//     bytes: the texts' WTF-8 bytes, back to back;
//     items: [byteOffset, byteLength] per entry; entry 0 is reserved so that
//            no pool id is 0 (0 means "empty" in the maps and NO_STRING);
// - per shard (64): an open-addressing map of [id, hash] slots, linear
//   probing; readers probe without locking (Atomics.load of the id slot),
//   writers take the shard's lock to insert. A full map is rehashed into a new
//   region of the shard's buffer and published with one Atomics.store, so a
//   reader still probing the old one sees a consistent, possibly stale, map
//   and falls back to the locked path.
// - control: thread counter, per-thread lengths, per-shard lock and map header.
//
// A pool id is positive: the owning thread in bits 27..30, the entry index in
// bits 0..26. Atoms (negative ids, see atoms.ts) never reach the pool.

import { atomFromBytes, atomFromString, atomLength, atomText, isAtom, atomBytes } from "./atoms.js";
import { hashBytes } from "./hash.js";
import type { StringId } from "./ids.js";
import { lockSlot, unlockSlot } from "./mutex.js";
import { CapacityError, ensureCapacity, growableBuffer, int32View } from "./shared-memory.js";
import { MAX_THREADS, ThreadLists } from "./thread-lists.js";
import { decodeWtf8, encodeWtf8, maxEncodedLength } from "./utf8.js";

const THREAD_SHIFT = 27;
const INDEX_MASK = (1 << THREAD_SHIFT) - 1;
const SHARD_BITS = 6;
const SHARDS = 1 << SHARD_BITS;
const INITIAL_SLOTS = 256;

const MAX_BYTES_PER_THREAD = 1 << 30;
const MAX_ITEMS_BYTES_PER_THREAD = 1 << 30;
const MAX_SHARD_BYTES = 1 << 28;

// control layout (Int32 slots)
const C_NEXT_THREAD = 0;
const C_ITEM_COUNT = 16; // + thread
const C_BYTE_COUNT = 32; // + thread
const C_SHARD = 64; // + 4 * shard: lock, map offset, entry count, end of used region
const CONTROL_SLOTS = C_SHARD + 4 * SHARDS;

/** What a worker needs to attach to a pool: structured-cloneable, sends no data. */
export interface InternPoolHandle {
  readonly control: SharedArrayBuffer;
  readonly bytes: readonly SharedArrayBuffer[];
  readonly items: readonly SharedArrayBuffer[];
  readonly shards: readonly SharedArrayBuffer[];
}

export class InternPool {
  readonly handle: InternPoolHandle;
  /** This thread's index: its entries' ids carry it in their high bits. */
  readonly thread: number;
  private readonly control: Int32Array;
  private readonly byteLists: ThreadLists<Uint8Array>;
  private readonly itemLists: ThreadLists<Int32Array>;
  private readonly shardViews: Int32Array[];
  /**
   * The map offset this thread last saw per shard. A superseded map is never
   * written again, so probing a stale one is safe: a hit is a hit, and a miss
   * takes the locked path, which reads the current offset.
   */
  private readonly mapOffsets = new Int32Array(SHARDS);
  private itemCount: number;
  private byteCount: number;
  private scratch = new Uint8Array(256);
  private readonly texts = new Map<number, string>();

  private constructor(handle: InternPoolHandle, thread: number) {
    this.handle = handle;
    this.thread = thread;
    this.control = new Int32Array(handle.control);
    this.byteLists = ThreadLists.bytes(handle.bytes, "intern pool text storage");
    this.itemLists = ThreadLists.int32(handle.items, "intern pool entry list");
    this.shardViews = handle.shards.map(int32View);
    this.itemCount = Atomics.load(this.control, C_ITEM_COUNT + thread);
    this.byteCount = Atomics.load(this.control, C_BYTE_COUNT + thread);
  }

  /** Creates an empty pool; the calling thread becomes thread 0. */
  static create(): InternPool {
    const control = new SharedArrayBuffer(CONTROL_SLOTS * 4);
    const c = new Int32Array(control);
    const bytes = ThreadLists.createBuffers(MAX_THREADS, 1 << 16, MAX_BYTES_PER_THREAD);
    const items = ThreadLists.createBuffers(MAX_THREADS, 1 << 16, MAX_ITEMS_BYTES_PER_THREAD);
    const shards: SharedArrayBuffer[] = [];
    for (let t = 0; t < MAX_THREADS; t++) c[C_ITEM_COUNT + t] = 1;
    const mapInts = 2 + 2 * INITIAL_SLOTS;
    for (let s = 0; s < SHARDS; s++) {
      const buf = growableBuffer(mapInts * 4 * 4, MAX_SHARD_BYTES);
      new Int32Array(buf)[0] = INITIAL_SLOTS;
      shards.push(buf);
      c[C_SHARD + 4 * s + 1] = 0;
      c[C_SHARD + 4 * s + 3] = mapInts;
    }
    c[C_NEXT_THREAD] = 1;
    return new InternPool({ control, bytes, items, shards }, 0);
  }

  /**
   * Attaches to a pool created elsewhere (typically in a worker, with the
   * handle received by postMessage). Takes the next free thread index, or
   * `thread` to continue the lists of a thread that has ended; the caller
   * must then make sure no live thread uses that index.
   */
  static attach(handle: InternPoolHandle, thread?: number): InternPool {
    const control = new Int32Array(handle.control);
    const t = thread ?? Atomics.add(control, C_NEXT_THREAD, 1);
    if (!(t >= 0 && t < MAX_THREADS)) {
      throw new CapacityError(`intern pool: at most ${MAX_THREADS} threads can attach (asked for thread ${t})`);
    }
    return new InternPool(handle, t);
  }

  /** Interns a JavaScript string. */
  intern(text: string): StringId {
    const a = atomFromString(text);
    if (a !== 0) return a as StringId;
    const need = maxEncodedLength(text);
    if (this.scratch.length < need) this.scratch = new Uint8Array(Math.max(need, this.scratch.length * 2));
    const n = encodeWtf8(text, this.scratch);
    return this.find(this.scratch, 0, n, hashBytes(this.scratch, 0, n));
  }

  /** Interns the UTF-8 (WTF-8) text b[start, end) without making a string. */
  internBytes(b: Uint8Array, start: number, end: number): StringId {
    if (end - start <= 6) {
      const a = atomFromBytes(b, start, end);
      if (a !== 0) return a as StringId;
    }
    return this.find(b, start, end, hashBytes(b, start, end));
  }

  /**
   * Like internBytes, with the hash already computed by the caller (a lexer
   * that fused hashStep into its scan). `hash` must equal hashBytes(b, start, end).
   */
  internBytesHashed(b: Uint8Array, start: number, end: number, hash: number): StringId {
    if (end - start <= 6) {
      const a = atomFromBytes(b, start, end);
      if (a !== 0) return a as StringId;
    }
    return this.find(b, start, end, hash);
  }

  /** The text of an id, decoded once per thread and cached. */
  text(id: StringId): string {
    if (isAtom(id)) return atomText(id);
    let s = this.texts.get(id);
    if (s === undefined) {
      const items = this.items(id);
      const at = 2 * (id & INDEX_MASK);
      const off = items[at]!, len = items[at + 1]!;
      s = decodeWtf8(this.bytes(id, off + len), off, off + len);
      this.texts.set(id, s);
    }
    return s;
  }

  /** The length in bytes of the id's WTF-8 text. */
  byteLength(id: StringId): number {
    if (isAtom(id)) return atomLength(id);
    return this.items(id)[2 * (id & INDEX_MASK) + 1]!;
  }

  /** Copies the id's bytes into `out` at `at` (which must have room) and returns the count. */
  copyBytes(id: StringId, out: Uint8Array, at: number): number {
    if (isAtom(id)) return atomBytes(id, out, at);
    const items = this.items(id);
    const k = 2 * (id & INDEX_MASK);
    const off = items[k]!, len = items[k + 1]!;
    out.set(this.bytes(id, off + len).subarray(off, off + len), at);
    return len;
  }

  /** Number of texts stored in the pool (atoms are not stored). */
  size(): number {
    let n = 0;
    for (let t = 0; t < MAX_THREADS; t++) n += Atomics.load(this.control, C_ITEM_COUNT + t) - 1;
    return n;
  }

  /** Bytes of text stored in the pool. */
  storedBytes(): number {
    let n = 0;
    for (let t = 0; t < MAX_THREADS; t++) n += Atomics.load(this.control, C_BYTE_COUNT + t);
    return n;
  }

  private items(id: number): Int32Array {
    return this.itemLists.read(id >>> THREAD_SHIFT, 2 * (id & INDEX_MASK) + 2);
  }

  private bytes(id: number, end: number): Uint8Array {
    return this.byteLists.read(id >>> THREAD_SHIFT, end);
  }

  private shardView(shard: number, end: number): Int32Array {
    let v = this.shardViews[shard]!;
    if (end > v.length) v = this.shardViews[shard] = int32View(this.handle.shards[shard]!);
    return v;
  }

  /** Finds the text in its shard's map, inserting it if absent. */
  private find(b: Uint8Array, start: number, end: number, hash: number): StringId {
    const shard = hash >>> (32 - SHARD_BITS);
    const off = this.mapOffsets[shard]!;
    const found = this.probe(shard, off, b, start, end, hash, true);
    return (found > 0 ? found : this.insert(shard, off, ~found, b, start, end, hash)) as StringId;
  }

  /**
   * Looks the text up in the shard map at `off`; returns its id, or ~i for the
   * empty slot i that ended the probe. Lock-free when `atomic` (a reader racing
   * an insert); plain reads under the lock.
   */
  private probe(shard: number, off: number, b: Uint8Array, start: number, end: number, hash: number, atomic: boolean): number {
    let map = this.shardViews[shard]!;
    if (off + 2 > map.length) map = this.shardView(shard, off + 2);
    const cap = map[off]!;
    if (off + 2 + 2 * cap > map.length) map = this.shardView(shard, off + 2 + 2 * cap);
    const mask = cap - 1, len = end - start;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = off + 2 + 2 * i;
      const id = atomic ? Atomics.load(map, slot) : map[slot]!;
      if (id === 0) return ~i;
      if (map[slot + 1] !== hash) continue;
      const k = 2 * (id & INDEX_MASK);
      const items = this.itemLists.read(id >>> THREAD_SHIFT, k + 2);
      if (items[k + 1] !== len) continue;
      const o = items[k]!;
      if (sameBytes(this.byteLists.read(id >>> THREAD_SHIFT, o + len), o, b, start, len)) return id;
    }
  }

  /**
   * The locked path. The lock-free probe of map `seenOff` ended at empty slot
   * `emptyAt`; if that map is still current and the slot still empty, nobody
   * has inserted this text since (slots are never cleared, so an insert of it
   * would have taken the first empty slot of its probe sequence: this one) and
   * the probe need not be repeated. Then appends the text and publishes it.
   */
  private insert(shard: number, seenOff: number, emptyAt: number, b: Uint8Array, start: number, end: number, hash: number): number {
    const header = C_SHARD + 4 * shard;
    lockSlot(this.control, header);
    try {
      let off = this.control[header + 1]!;
      let at = emptyAt;
      if (off !== seenOff || this.shardViews[shard]![off + 2 + 2 * emptyAt] !== 0) {
        this.mapOffsets[shard] = off;
        const found = this.probe(shard, off, b, start, end, hash, false);
        if (found > 0) return found;
        at = ~found;
      }
      const id = this.append(b, start, end);
      let map = this.shardViews[shard]!;
      const cap = map[off]!;
      const count = this.control[header + 2]! + 1;
      if (2 * count > cap) {
        off = this.rehash(shard, header, off, cap);
        this.mapOffsets[shard] = off;
        map = this.shardViews[shard]!;
        const mask = 2 * cap - 1;
        at = hash & mask;
        while (map[off + 2 + 2 * at] !== 0) at = (at + 1) & mask;
      }
      map[off + 3 + 2 * at] = hash;
      Atomics.store(map, off + 2 + 2 * at, id);
      this.control[header + 2] = count;
      return id;
    } finally {
      unlockSlot(this.control, header);
    }
  }

  /** Appends a text to this thread's local lists and returns its id. */
  private append(b: Uint8Array, start: number, end: number): number {
    const len = end - start;
    const index = this.itemCount;
    if (index > INDEX_MASK) throw new CapacityError(`intern pool: thread ${this.thread} holds ${INDEX_MASK} texts, the most it can`);
    const t = this.thread;
    const bytes = this.byteLists.reserve(t, this.byteCount + len);
    // A loop, not set(subarray()): most texts are short and a subarray is an allocation.
    for (let i = 0, at = this.byteCount; i < len; i++) bytes[at + i] = b[start + i]!;
    const items = this.itemLists.reserve(t, 2 * index + 2);
    items[2 * index] = this.byteCount;
    items[2 * index + 1] = len;
    this.byteCount += len;
    this.itemCount = index + 1;
    // Plain stores: the caller's Atomics.store of the map slot, and the unlock
    // after it, publish these; a seq-cst store here costs a fence per new text.
    this.control[C_BYTE_COUNT + t] = this.byteCount;
    this.control[C_ITEM_COUNT + t] = this.itemCount;
    return (t << THREAD_SHIFT) | index;
  }

  /** Rebuilds a shard's map at twice the size in fresh space and publishes it. Caller holds the lock. */
  private rehash(shard: number, header: number, off: number, cap: number): number {
    const newCap = cap * 2;
    const newOff = this.control[header + 3]!;
    const newEnd = newOff + 2 + 2 * newCap;
    ensureCapacity(this.handle.shards[shard]!, newEnd * 4, "intern pool map");
    const map = this.shardView(shard, newEnd);
    const mask = newCap - 1;
    map[newOff] = newCap;
    for (let k = 0; k < cap; k++) {
      const id = map[off + 2 + 2 * k]!;
      if (id === 0) continue;
      const h = map[off + 3 + 2 * k]!;
      let i = h & mask;
      while (map[newOff + 2 + 2 * i] !== 0) i = (i + 1) & mask;
      map[newOff + 2 + 2 * i] = id;
      map[newOff + 3 + 2 * i] = h;
    }
    this.control[header + 3] = newEnd;
    Atomics.store(this.control, header + 1, newOff);
    return newOff;
  }
}

/** x[xo, xo + n) == y[yo, yo + n); unrolled because these loops dominate a hit. */
function sameBytes(x: Uint8Array, xo: number, y: Uint8Array, yo: number, n: number): boolean {
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    if (x[xo + j] !== y[yo + j] || x[xo + j + 1] !== y[yo + j + 1] || x[xo + j + 2] !== y[yo + j + 2] || x[xo + j + 3] !== y[yo + j + 3]) return false;
  }
  for (; j < n; j++) if (x[xo + j] !== y[yo + j]) return false;
  return true;
}
