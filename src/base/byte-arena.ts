// Slabs of uninitialised bytes from which many small typed arrays of like
// lifetime carve their memory: a file's parse tree (and its tokens, when a
// tool keeps them) and a function's emitted code (a function's checking
// tables are reused instead: see FactColumns in check/facts.ts).
// Creating an ArrayBuffer costs half a microsecond or more however small it
// is (about 5% of lexing, one per file), so arrays share slabs instead. An
// arena never zero-fills and never frees: a slab lives while any array cut
// from it does, so each arena must serve arrays that die together, and
// nothing from it may be moved to another thread in a transfer list (moving
// one view would detach the slab).
import { Buffer } from "node:buffer";

export class ByteArena {
  /** Where the last take() put its bytes. */
  buffer: ArrayBuffer = new ArrayBuffer(0);
  offset = 0;
  private slab: ArrayBuffer = this.buffer;
  private used = 0;

  /** Requests above a quarter slab get a buffer of their own, so one big request cannot strand most of a slab. */
  constructor(private readonly slabBytes = 1 << 20) {}

  /**
   * Reserves `bytes` (rounded up to 8, so views of any element size align) and
   * sets `buffer`/`offset` to where they start. Returns nothing, so the hot
   * caller allocates no result object.
   */
  take(bytes: number): void {
    const n = (bytes + 7) & ~7;
    if (n > this.slabBytes >> 2) {
      this.buffer = Buffer.allocUnsafeSlow(n).buffer;
      this.offset = 0;
      return;
    }
    if (this.used + n > this.slab.byteLength) {
      this.slab = Buffer.allocUnsafeSlow(this.slabBytes).buffer;
      this.used = 0;
    }
    this.buffer = this.slab;
    this.offset = this.used;
    this.used += n;
  }
}

/** This thread's arena for the per-file tables of the lexer and the parser. */
export const fileTables = new ByteArena();
