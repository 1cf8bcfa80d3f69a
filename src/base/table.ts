// Struct-of-arrays tables: one growable typed array per column, rows named by
// a branded id. Stages build their per-item tables (declarations) from this
// instead of arrays of objects; the token table and the parse tree, written
// once per token and per node, lay their columns out in one unzeroed block
// of a byte arena (byte-arena.ts) instead, and grow it themselves. A table
// knows nothing of what its columns mean. Columns are replaced when the
// table grows, so re-read `cols` after add/reserve rather than holding a
// column across them.

export type ColumnType =
  | Int8ArrayConstructor | Uint8ArrayConstructor | Int16ArrayConstructor | Uint16ArrayConstructor
  | Int32ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

export type Schema = Record<string, ColumnType>;
export type Columns<S extends Schema> = { [K in keyof S]: InstanceType<S[K]> };

export class Table<RowId extends number, S extends Schema> {
  cols: Columns<S>;
  private size = 0;
  private capacity: number;
  private readonly names: (keyof S)[];

  constructor(schema: S, initialCapacity = 64) {
    this.capacity = Math.max(1, initialCapacity);
    this.names = Object.keys(schema) as (keyof S)[];
    const cols = {} as Columns<S>;
    for (const k of this.names) cols[k] = new schema[k](this.capacity) as InstanceType<S[keyof S]>;
    this.cols = cols;
  }

  get length(): number { return this.size; }

  /** Appends a zeroed row and returns its id. */
  add(): RowId {
    if (this.size === this.capacity) this.grow(this.size + 1);
    return this.size++ as RowId;
  }

  /** Makes room for `n` more rows without adding them. */
  reserve(n: number): void {
    if (this.size + n > this.capacity) this.grow(this.size + n);
  }

  /** Forgets every row, keeping the memory. */
  clear(): void {
    for (const k of this.names) this.cols[k].fill(0, 0, this.size);
    this.size = 0;
  }

  /** Each column trimmed to the rows in use (views, not copies). */
  trimmed(): Columns<S> {
    const out = {} as Columns<S>;
    for (const k of this.names) out[k] = this.cols[k].subarray(0, this.size) as InstanceType<S[keyof S]>;
    return out;
  }

  private grow(min: number): void {
    let cap = this.capacity * 2;
    while (cap < min) cap *= 2;
    for (const k of this.names) this.cols[k] = grownColumn(this.cols[k], cap);
    this.capacity = cap;
  }
}

/** A column of the same type with `capacity` rows: `col`'s rows, then zeros. */
export function grownColumn<C extends ArrayLike<number> & { set(rows: ArrayLike<number>): void }>(col: C, capacity: number): C {
  const out = new (col.constructor as new (n: number) => C)(capacity);
  out.set(col);
  return out;
}
