// A memoized query: a pure function of an integer key, computed once and
// remembered, with cycle detection (a query that asks for itself gets the
// caller's fallback instead of recursing forever). Keys are ids, never text.
// This is the unit the incremental and parallel drivers will build on: it
// must stay free of any knowledge of what it computes.

export class Query<V> {
  private readonly done = new Map<number, V>();
  private readonly active = new Set<number>();

  constructor(readonly name: string, private readonly compute: (key: number) => V) {}

  /** The value for `key`; `onCycle()` when `key` is already being computed further up. */
  get(key: number, onCycle: () => V): V {
    const known = this.done.get(key);
    if (known !== undefined || this.done.has(key)) return known as V;
    if (this.active.has(key)) return onCycle();
    this.active.add(key);
    try {
      const v = this.compute(key);
      this.done.set(key, v);
      return v;
    } finally {
      this.active.delete(key);
    }
  }

  /** Whether `key` is being computed right now (an inference cycle through it). */
  inProgress(key: number): boolean { return this.active.has(key); }

  /** Forgets `key`'s value (a function's tables, once it is emitted). */
  drop(key: number): void { this.done.delete(key); }
}
