// A file's parse tree in one SharedArrayBuffer, so that a tree parsed on one
// worker can be read by the main thread and every other worker without a
// copy per reader. Owns only the layout; it must never interpret the columns
// (they are the parser's). The token table never crosses: it dies with the
// parse (see ParseTree), and a kept one stays on its thread.
import type { ParseTree } from "./nodes.js";

/** What crosses threads: the shared buffer, the row counts, and the rare exact big integers. */
export interface PackedParse {
  readonly buffer: SharedArrayBuffer;
  readonly numbers: number;
  readonly nodes: number;
  /** ParseTree.bigs as pairs (integer literals beyond 2^53 are rare). */
  readonly bigs: readonly (readonly [number, bigint])[];
}

/** Byte offsets of the columns: 8-byte values first, then 4-byte, then bytes, so every view is aligned. */
function layout(numbers: number, nodes: number) {
  const numbersAt = 0;
  const tokValue = numbersAt + numbers * 8;
  const size = tokValue + nodes * 4;
  const span = size + nodes * 4;
  const kind = span + nodes * 4;
  const flags = kind + nodes;
  const bytes = flags + nodes;
  return { numbersAt, tokValue, size, span, kind, flags, bytes };
}

export function packParse(tree: ParseTree): PackedParse {
  const nn = tree.numbers.length, nodes = tree.count;
  const at = layout(nn, nodes);
  const buffer = new SharedArrayBuffer(at.bytes);
  new Float64Array(buffer, at.numbersAt, nn).set(tree.numbers.subarray(0, nn));
  new Int32Array(buffer, at.tokValue, nodes).set(tree.tokValue.subarray(0, nodes));
  new Int32Array(buffer, at.size, nodes).set(tree.size.subarray(0, nodes));
  new Int32Array(buffer, at.span, nodes).set(tree.span.subarray(0, nodes));
  new Uint8Array(buffer, at.kind, nodes).set(tree.kind.subarray(0, nodes));
  new Uint8Array(buffer, at.flags, nodes).set(tree.flags.subarray(0, nodes));
  return { buffer, numbers: nn, nodes, bigs: [...tree.bigs] };
}

/** Views over a packed parse: nothing is copied. */
export function unpackParse(p: PackedParse): ParseTree {
  const { buffer: b, numbers: nn, nodes } = p;
  const at = layout(nn, nodes);
  return {
    count: nodes,
    kind: new Uint8Array(b, at.kind, nodes),
    flags: new Uint8Array(b, at.flags, nodes),
    tokValue: new Int32Array(b, at.tokValue, nodes),
    size: new Int32Array(b, at.size, nodes),
    span: new Int32Array(b, at.span, nodes),
    numbers: new Float64Array(b, at.numbersAt, nn),
    bigs: new Map(p.bigs),
  };
}
