// The layout the lexer's token table and the parser's tree share: rows of
// three int32 columns and two byte columns in one block of memory, the int
// columns one after another (`cap` rows each), then the byte columns. Two
// views per table, one per column width, leave V8 more registers in the
// loops that write them than five would (see TokenTable in parse/lexer.ts).
// Owns the layout and the copy into a larger block; never allocates a block.

/** Bytes a row takes: three int32s and two bytes. */
export const ROW_BYTES = 14;

/** The three int columns of a block of `cap` rows at byte `at` of `buf`, as one view. */
export function intColumns(buf: ArrayBuffer, at: number, cap: number): Int32Array {
  return new Int32Array(buf, at, 3 * cap);
}

/** The two byte columns of the same block, as one view. */
export function byteColumns(buf: ArrayBuffer, at: number, cap: number): Uint8Array {
  return new Uint8Array(buf, at + cap * 12, 2 * cap);
}

/** Copies the first `n` rows of every column from a block of `cap` rows into one of `toCap` rows. */
export function copyRows(ints: Int32Array, bytes: Uint8Array, cap: number, toInts: Int32Array, toBytes: Uint8Array, toCap: number, n: number): void {
  for (let c = 0; c < 3; c++) toInts.set(ints.subarray(c * cap, c * cap + n), c * toCap);
  for (let c = 0; c < 2; c++) toBytes.set(bytes.subarray(c * cap, c * cap + n), c * toCap);
}
