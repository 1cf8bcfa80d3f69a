// A small cache in front of the intern pool, keyed by hash: most names recur,
// within a file and across the files of one program, and comparing a name
// with an earlier occurrence of it (bytes of a source still in the CPU's
// cache) costs less than a probe of the shared pool, which reads a map slot,
// an entry list and the stored text, three places in memory. Owns only the
// cache; ids come from the pool, which stays the one authority on them. An
// entry names the source buffer it was found in, so it never answers from a
// buffer's offsets for another buffer; it never answers for another pool
// either: begin() empties it when the pool changes. It keeps those buffers
// alive until their slots are reused, and the last pool until the next one.
import type { StringId } from "./ids.js";
import type { InternPool } from "./intern-pool.js";

const SLOTS = 4096;

export class RecentTexts {
  /** Per slot: hash, id, start and length of the occurrence that filled it. */
  private readonly entries = new Int32Array(4 * SLOTS);
  /** Per slot: the buffer of that occurrence, or undefined for an empty slot. */
  private readonly sources: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(SLOTS).fill(undefined);
  private pool: InternPool | undefined = undefined;

  /** Starts a source buffer whose texts go into `pool`. */
  begin(pool: InternPool): void {
    if (pool === this.pool) return;
    this.pool = pool;
    this.sources.fill(undefined);
  }

  /**
   * The id of src[start, end), whose hashBytes is `hash`: from the cache when
   * the slot holds an equal earlier occurrence, else from `pool` (and cached).
   * `pool` must be the one given to the last begin().
   */
  intern(src: Uint8Array, pool: InternPool, start: number, end: number, hash: number): StringId {
    const slot = hash & (SLOTS - 1), at = slot << 2, len = end - start, e = this.entries;
    const seen = this.sources[slot];
    if (seen !== undefined && e[at] === hash && e[at + 3] === len) {
      const prev = e[at + 2]!;
      let j = 0;
      while (j < len && seen[prev + j] === src[start + j]) j++;
      if (j === len) return e[at + 1]! as StringId;
    }
    const id = pool.internBytesHashed(src, start, end, hash);
    this.sources[slot] = src;
    e[at] = hash; e[at + 1] = id; e[at + 2] = start; e[at + 3] = len;
    return id;
  }
}
