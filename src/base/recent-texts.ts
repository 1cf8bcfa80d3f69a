// A small cache in front of the intern pool for the texts of one source
// buffer: most names recur within a file, and comparing a name with its
// earlier occurrence in the same buffer (recently read, so in the CPU's
// cache) costs less than a probe of the shared pool, which reads a map slot,
// an entry list and the stored text, three places in memory. Owns only the
// cache; ids come from the pool, which stays the one authority on them. It
// must never answer for a buffer other than the one its entries came from:
// begin() empties it for each new buffer.
import type { StringId } from "./ids.js";
import type { InternPool } from "./intern-pool.js";

const SLOTS = 1024;

export class RecentTexts {
  /** Per slot: hash, id, start and length of the occurrence that filled it. */
  private readonly entries = new Int32Array(4 * SLOTS);
  /** The buffer generation that filled each slot; a slot of another generation is empty. */
  private readonly generations = new Int32Array(SLOTS);
  private generation = 0;

  /** Starts a new source buffer (and, possibly, a new pool). */
  begin(): void {
    this.generation = (this.generation + 1) | 0;
    if (this.generation === 0) { this.generations.fill(0); this.generation = 1; }
  }

  /**
   * The id of src[start, end), whose hashBytes is `hash`: from the cache when
   * the slot holds an equal earlier occurrence, else from `pool` (and cached).
   * `src` and `pool` must stay the same from one begin() to the next.
   */
  intern(src: Uint8Array, pool: InternPool, start: number, end: number, hash: number): StringId {
    const slot = hash & (SLOTS - 1), at = slot << 2, len = end - start, e = this.entries;
    if (this.generations[slot] === this.generation && e[at] === hash && e[at + 3] === len) {
      const prev = e[at + 2]!;
      let j = 0;
      while (j < len && src[prev + j] === src[start + j]) j++;
      if (j === len) return e[at + 1]! as StringId;
    }
    const id = pool.internBytesHashed(src, start, end, hash);
    this.generations[slot] = this.generation;
    e[at] = hash; e[at + 1] = id; e[at + 2] = start; e[at + 3] = len;
    return id;
  }
}
