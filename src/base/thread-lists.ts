// One append-only list per thread, each in its own growable SharedArrayBuffer:
// only the owning thread appends (so no two threads write the same memory),
// any thread reads. Every buffer exists from the start, so a reader never
// needs to be told about new memory, and an element never moves. Owns the
// buffers and the views over them; the meaning of the elements and the list
// lengths belong to the caller.
import { byteView, ensureCapacity, growableBuffer, int32View } from "./shared-memory.js";

export type ListView = Int32Array | Uint8Array;

/**
 * Threads that can own lists: 4 bits of an id. The intern pool and the span
 * table both use it, so a worker's thread index is valid in both.
 */
export const MAX_THREADS = 16;

export class ThreadLists<V extends ListView> {
  private readonly views: V[];

  constructor(
    readonly buffers: readonly SharedArrayBuffer[],
    private readonly makeView: (buf: SharedArrayBuffer) => V,
    private readonly what: string,
  ) {
    this.views = buffers.map(makeView);
  }

  /** Buffers for `threads` lists: thread 0's starts with `initialBytes`, others empty. */
  static createBuffers(threads: number, initialBytes: number, maxBytes: number): SharedArrayBuffer[] {
    return Array.from({ length: threads }, (_, t) => growableBuffer(t === 0 ? initialBytes : 0, maxBytes));
  }

  static int32(buffers: readonly SharedArrayBuffer[], what: string): ThreadLists<Int32Array> {
    return new ThreadLists(buffers, int32View, what);
  }

  static bytes(buffers: readonly SharedArrayBuffer[], what: string): ThreadLists<Uint8Array> {
    return new ThreadLists(buffers, byteView, what);
  }

  /** A view of thread `t`'s list that covers elements [0, end). */
  read(t: number, end: number): V {
    const v = this.views[t]!;
    return end <= v.length ? v : (this.views[t] = this.makeView(this.buffers[t]!));
  }

  /** Like read, but first grows the list's buffer to hold `end` elements; for the owner only. */
  reserve(t: number, end: number): V {
    const v = this.views[t]!;
    if (end <= v.length) return v;
    ensureCapacity(this.buffers[t]!, end * v.BYTES_PER_ELEMENT, this.what);
    return (this.views[t] = this.makeView(this.buffers[t]!));
  }
}
