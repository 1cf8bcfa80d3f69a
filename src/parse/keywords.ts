// Reserved words and the contextual words the parser asks about, as interned
// ids of one pool. Short words are atoms (constants); longer ones live in the
// pool, so the table is built once per pool and cached. Owns the id -> keyword
// lookup the lexer runs for every identifier; it must stay a single probe of
// a small typed array.
import type { StringId } from "../base/ids.js";
import type { InternPool } from "../base/intern-pool.js";
import { FIRST_KEYWORD, KEYWORDS, Tok } from "./tokens.js";

const SLOTS = 256; // > 4x the keyword count: a probe rarely goes past its first slot

/** Contextual words: identifiers to the lexer, meaningful to the parser in some places. */
const CONTEXTUAL = [
  "type", "declare", "namespace", "module", "abstract", "readonly", "get", "set", "as", "is", "of", "from",
  "keyof", "infer", "async", "await", "asserts", "global", "unique", "satisfies", "override", "constructor",
  "require", "accessor", "any", "unknown", "never", "undefined", "symbol", "object", "out",
] as const;

export type ContextualWord = (typeof CONTEXTUAL)[number];

export class Keywords {
  private readonly keys = new Int32Array(SLOTS);
  private readonly kinds = new Uint8Array(SLOTS);
  /** Ids of the contextual words, for the parser. */
  readonly word: Readonly<Record<ContextualWord, StringId>>;

  private constructor(pool: InternPool) {
    KEYWORDS.forEach((w, i) => this.insert(pool.intern(w), FIRST_KEYWORD + i));
    // Made in one step: filled one property at a time, V8 turned the object
    // into a dictionary after 20 of them, and every `p.kw.word.as` in the
    // parser became a hash lookup.
    this.word = Object.fromEntries(CONTEXTUAL.map((w) => [w, pool.intern(w)])) as Record<ContextualWord, StringId>;
  }

  private static cache = new WeakMap<InternPool, Keywords>();

  static of(pool: InternPool): Keywords {
    let k = Keywords.cache.get(pool);
    if (!k) { k = new Keywords(pool); Keywords.cache.set(pool, k); }
    return k;
  }

  private insert(id: number, kind: Tok): void {
    let i = slotOf(id);
    while (this.keys[i] !== 0) i = (i + 1) & (SLOTS - 1);
    this.keys[i] = id;
    this.kinds[i] = kind;
  }

  /** The keyword kind of an interned identifier, or Tok.Ident. */
  kindOf(id: number): Tok {
    for (let i = slotOf(id); ; i = (i + 1) & (SLOTS - 1)) {
      const k = this.keys[i]!;
      if (k === id) return this.kinds[i]!;
      if (k === 0) return Tok.Ident;
    }
  }
}

function slotOf(id: number): number { return Math.imul(id, 0x9e3779b1) >>> 24; }
