// A per-thread slab of uninitialised bytes from which short-lived per-file
// tables (a file's tokens, its parse tree) carve their columns. Creating an
// ArrayBuffer costs a few microseconds however small it is (about 5% of
// lexing, one per file), so tables share slabs instead. It never zero-fills
// and never frees: a slab lives while any table cut from it does, so it must
// not serve tables that outlive their siblings by much, nor anything that
// crosses threads in a transfer list (moving one view would detach the slab).
import { Buffer } from "node:buffer";

/** Requests above this get a buffer of their own, so one big file cannot strand most of a slab. */
const SLAB_BYTES = 1 << 20;
const OWN_BUFFER_ABOVE = SLAB_BYTES >> 2;

let slab: ArrayBuffer = new ArrayBuffer(0);
let used = 0;

/**
 * Reserves `bytes` (rounded up to 8, so views of any element size align) and
 * sets `arena.buffer`/`arena.offset` to where they start. Returns nothing so
 * the hot caller allocates no result object.
 */
export const arena = {
  buffer: slab,
  offset: 0,
  take(bytes: number): void {
    const n = (bytes + 7) & ~7;
    if (n > OWN_BUFFER_ABOVE) {
      arena.buffer = Buffer.allocUnsafeSlow(n).buffer;
      arena.offset = 0;
      return;
    }
    if (used + n > slab.byteLength) {
      slab = Buffer.allocUnsafeSlow(SLAB_BYTES).buffer;
      used = 0;
    }
    arena.buffer = slab;
    arena.offset = used;
    used += n;
  },
};
