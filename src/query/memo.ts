// A memoized query: a pure function of an integer key, computed once and
// remembered, with cycle detection (a query that asks for itself gets the
// caller's fallback instead of recursing forever). Keys are ids, never text.
// This is the unit the incremental and parallel drivers will build on: it
// must stay free of any knowledge of what it computes.

/** What `done` holds for a key whose value is being computed: a cycle, if asked for again. */
const IN_PROGRESS: unique symbol = Symbol("in progress");

export class Query<V> {
  /**
   * Values, and IN_PROGRESS for keys being computed: one map rather than a
   * map and a set of active keys, so a first computation costs two lookups
   * and two stores instead of six operations (every function's body, result
   * and signature go through here).
   */
  private readonly done = new Map<number, V | typeof IN_PROGRESS>();

  constructor(readonly name: string, private readonly compute: (key: number) => V) {}

  /** The value for `key`; `onCycle()` when `key` is already being computed further up. */
  get(key: number, onCycle: () => V): V {
    const known = this.done.get(key);
    if (known !== undefined) return known === IN_PROGRESS ? onCycle() : known;
    if (this.done.has(key)) return known as V; // a value that is undefined
    this.done.set(key, IN_PROGRESS);
    let v: V;
    try {
      v = this.compute(key);
    } catch (e) {
      this.done.delete(key); // not in progress any more, and no value
      throw e;
    }
    this.done.set(key, v);
    return v;
  }

  /** Whether `key` is being computed right now (an inference cycle through it). */
  inProgress(key: number): boolean { return this.done.get(key) === IN_PROGRESS; }

  /** Forgets `key`'s value (a function's tables, once it is emitted). */
  drop(key: number): void { this.done.delete(key); }
}
