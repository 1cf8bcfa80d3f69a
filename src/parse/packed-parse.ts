// A file's tokens and parse tree in one SharedArrayBuffer, so that a tree
// parsed on one worker can be read by the main thread and every other worker
// without a copy per reader. Owns only the layout; it must never interpret
// the columns (they are the lexer's and the parser's).
import type { ParseTree } from "./nodes.js";
import type { TokenList } from "./tokens.js";

/** What crosses threads: the shared buffer, the row counts, and the rare exact big integers. */
export interface PackedParse {
  readonly buffer: SharedArrayBuffer;
  readonly tokens: number;
  readonly numbers: number;
  readonly nodes: number;
  /** TokenList.bigs as pairs (integer literals beyond 2^53 are rare). */
  readonly bigs: readonly (readonly [number, bigint])[];
}

/** Byte offsets of the columns: 8-byte values first, then 4-byte, then bytes, so every view is aligned. */
function layout(tokens: number, numbers: number, nodes: number) {
  const numbersAt = 0;
  const tokStart = numbersAt + numbers * 8;
  const tokEnd = tokStart + tokens * 4;
  const tokValue = tokEnd + tokens * 4;
  const nodeToken = tokValue + tokens * 4;
  const nodeSize = nodeToken + nodes * 4;
  const nodeSpan = nodeSize + nodes * 4;
  const tokKind = nodeSpan + nodes * 4;
  const tokFlags = tokKind + tokens;
  const nodeKind = tokFlags + tokens;
  const nodeFlags = nodeKind + nodes;
  const bytes = nodeFlags + nodes;
  return { numbersAt, tokStart, tokEnd, tokValue, nodeToken, nodeSize, nodeSpan, tokKind, tokFlags, nodeKind, nodeFlags, bytes };
}

export function packParse(tree: ParseTree): PackedParse {
  const t = tree.tokens, nt = t.count, nn = t.numbers.length, nodes = tree.count;
  const at = layout(nt, nn, nodes);
  const buffer = new SharedArrayBuffer(at.bytes);
  new Float64Array(buffer, at.numbersAt, nn).set(t.numbers.subarray(0, nn));
  new Int32Array(buffer, at.tokStart, nt).set(t.start.subarray(0, nt));
  new Int32Array(buffer, at.tokEnd, nt).set(t.end.subarray(0, nt));
  new Int32Array(buffer, at.tokValue, nt).set(t.value.subarray(0, nt));
  new Int32Array(buffer, at.nodeToken, nodes).set(tree.token.subarray(0, nodes));
  new Int32Array(buffer, at.nodeSize, nodes).set(tree.size.subarray(0, nodes));
  new Int32Array(buffer, at.nodeSpan, nodes).set(tree.span.subarray(0, nodes));
  new Uint8Array(buffer, at.tokKind, nt).set(t.kind.subarray(0, nt));
  new Uint8Array(buffer, at.tokFlags, nt).set(t.flags.subarray(0, nt));
  new Uint8Array(buffer, at.nodeKind, nodes).set(tree.kind.subarray(0, nodes));
  new Uint8Array(buffer, at.nodeFlags, nodes).set(tree.flags.subarray(0, nodes));
  return { buffer, tokens: nt, numbers: nn, nodes, bigs: [...t.bigs] };
}

/** Views over a packed parse: nothing is copied. */
export function unpackParse(p: PackedParse): ParseTree {
  const { buffer: b, tokens: nt, numbers: nn, nodes } = p;
  const at = layout(nt, nn, nodes);
  const tokens: TokenList = {
    count: nt,
    kind: new Uint8Array(b, at.tokKind, nt),
    flags: new Uint8Array(b, at.tokFlags, nt),
    start: new Int32Array(b, at.tokStart, nt),
    end: new Int32Array(b, at.tokEnd, nt),
    value: new Int32Array(b, at.tokValue, nt),
    numbers: new Float64Array(b, at.numbersAt, nn),
    bigs: new Map(p.bigs),
  };
  return {
    tokens,
    count: nodes,
    kind: new Uint8Array(b, at.nodeKind, nodes),
    flags: new Uint8Array(b, at.nodeFlags, nodes),
    token: new Int32Array(b, at.nodeToken, nodes),
    size: new Int32Array(b, at.nodeSize, nodes),
    span: new Int32Array(b, at.nodeSpan, nodes),
  };
}
