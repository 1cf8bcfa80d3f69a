// Compact spans: a span is one 32-bit integer over the single position space
// of the source map. Owns the encoding and the side table for spans that do
// not fit inline; it must never need to know which file a span is in.
//
// Layout, chosen by bench/span-layout.ts (AssemblyScript's std first, then the
// gen.mjs corpus, in one position space):
//
//   | layout  | std tokens | std groups | 100k tokens | 100k groups | 100k all |
//   |---------|-----------:|-----------:|------------:|------------:|---------:|
//   | P25 L6  | 100.00% | 82.92% | 100.00% | 82.06% | 98.31% |
//   | P24 L7  | 100.00% | 90.39% | 100.00% | 88.70% | 98.94% |
//   | P23 L8  | 100.00% | 94.16% | 100.00% | 92.97% | 99.34% |
//   | P21 L10 | 100.00% | 98.22% |  56.81% |  54.31% | 56.57% |
//
// ("groups" are bracketed ( ) [ ] { } ranges, standing in for node spans.)
// So an inline span is non-negative: position in bits 8..30 (8 MiB of source,
// about a quarter of a million lines), length in bits 0..7 (< 256 bytes).
// Anything else is negative: bit 31 set, then the creating thread in bits
// 26..29 and an index into that thread's side-table list in bits 0..25.

import type { Span } from "./ids.js";
import { CapacityError } from "./shared-memory.js";
import { MAX_THREADS, ThreadLists } from "./thread-lists.js";

export const SPAN_POS_BITS = 23;
export const SPAN_LEN_BITS = 8;
const LEN_MASK = (1 << SPAN_LEN_BITS) - 1;
const POS_LIMIT = 2 ** SPAN_POS_BITS;
const SIDE_THREAD_SHIFT = 26;
const SIDE_INDEX_MASK = (1 << SIDE_THREAD_SHIFT) - 1;
const MAX_SIDE_BYTES = (SIDE_INDEX_MASK + 1) * 8;

/**
 * A value that is never a span, for a span not made yet: inline spans are
 * non-negative, and the side table stops one entry short of the index that
 * would give -1 (the last one of the last thread).
 */
export const NOT_A_SPAN = -1;

/** True when `span` is stored inline (no side-table entry). */
export function isInlineSpan(span: Span): boolean { return span >= 0; }

/** The inline encoding of (start, length), or -1 when it does not fit. */
export function inlineSpan(start: number, length: number): number {
  return start < POS_LIMIT && length <= LEN_MASK ? (start << SPAN_LEN_BITS) | length : -1;
}

export interface SpanTableHandle { readonly control: SharedArrayBuffer; readonly lists: readonly SharedArrayBuffer[] }

/**
 * Makes and reads spans. Shared by every thread like the intern pool: each
 * thread appends side-table entries to its own list, and any thread can read
 * any span. Attach in a worker with the same thread index as its intern pool.
 */
export class SpanTable {
  private readonly counts: Int32Array;
  private readonly lists: ThreadLists<Int32Array>;
  private count: number;

  private constructor(readonly handle: SpanTableHandle, readonly thread: number) {
    this.counts = new Int32Array(handle.control);
    this.lists = ThreadLists.int32(handle.lists, "span side table");
    this.count = Atomics.load(this.counts, thread);
  }

  static create(): SpanTable {
    const control = new SharedArrayBuffer(MAX_THREADS * 4);
    return new SpanTable({ control, lists: ThreadLists.createBuffers(MAX_THREADS, 1 << 12, MAX_SIDE_BYTES) }, 0);
  }

  static attach(handle: SpanTableHandle, thread: number): SpanTable {
    if (!(thread >= 0 && thread < MAX_THREADS)) throw new CapacityError(`span table: no thread ${thread}`);
    return new SpanTable(handle, thread);
  }

  /** The span of [start, start + length) in the position space. */
  make(start: number, length: number): Span {
    const inline = inlineSpan(start, length);
    return inline >= 0 ? (inline as Span) : this.side(start, length);
  }

  /** A side-table entry for a span that does not fit inline. */
  private side(start: number, length: number): Span {
    const index = this.count;
    if (index >= SIDE_INDEX_MASK) throw new CapacityError(`span side table of thread ${this.thread} is full`);
    const list = this.lists.reserve(this.thread, 2 * index + 2);
    list[2 * index] = start;
    list[2 * index + 1] = length;
    this.count = index + 1;
    // A plain store: readers need only the entries, which the message that
    // hands a span to another thread publishes; the count is for statistics.
    this.counts[this.thread] = this.count;
    return ((this.thread << SIDE_THREAD_SHIFT) | index | 0x80000000) as Span;
  }

  /** The span from the start of `a` to the end of `b`. */
  join(a: Span, b: Span): Span {
    const start = this.start(a);
    return this.make(start, this.end(b) - start);
  }

  start(span: Span): number {
    if (span >= 0) return span >>> SPAN_LEN_BITS;
    const t = (span >>> SIDE_THREAD_SHIFT) & (MAX_THREADS - 1), i = span & SIDE_INDEX_MASK;
    return this.lists.read(t, 2 * i + 2)[2 * i]! >>> 0;
  }

  length(span: Span): number {
    if (span >= 0) return span & LEN_MASK;
    const t = (span >>> SIDE_THREAD_SHIFT) & (MAX_THREADS - 1), i = span & SIDE_INDEX_MASK;
    return this.lists.read(t, 2 * i + 2)[2 * i + 1]! >>> 0;
  }

  end(span: Span): number { return this.start(span) + this.length(span); }

  /** Side-table entries made by all threads so far. */
  sideEntries(): number {
    let n = 0;
    for (let t = 0; t < MAX_THREADS; t++) n += Atomics.load(this.counts, t);
    return n;
  }
}
