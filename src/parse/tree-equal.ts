// Structural equality of two parse trees, ignoring positions: same kinds,
// flags and shapes, and the same token at each node as far as meaning goes
// (kind, interned text, numeric value). The printer's round-trip tests and
// the fuzzer use it. Returns a description of the first difference, or "".
import type { ParsedFile } from "./parse-file.js";
import { N } from "./nodes.js";
import { Tok } from "./tokens.js";

export function treeDifference(a: ParsedFile, b: ParsedFile): string {
  const x = a.tree, y = b.tree;
  if (x.count !== y.count) return `node counts differ: ${x.count} vs ${y.count}`;
  const tx = x.tokens, ty = y.tokens;
  for (let i = 0; i < x.count; i++) {
    const what = `node ${i} (${N[x.kind[i]!]})`;
    if (x.kind[i] !== y.kind[i]) return `${what}: kind ${N[x.kind[i]!]} vs ${N[y.kind[i]!]}`;
    if (x.flags[i] !== y.flags[i]) return `${what}: flags ${x.flags[i]} vs ${y.flags[i]}`;
    if (x.size[i] !== y.size[i]) return `${what}: size ${x.size[i]} vs ${y.size[i]}`;
    const ka = x.token[i]!, kb = y.token[i]!;
    const k = tx.kind[ka]!;
    if (k !== ty.kind[kb]) return `${what}: token kind ${k} vs ${ty.kind[kb]}`;
    if (k === Tok.Number) {
      const va = tx.numbers[tx.value[ka]!], vb = ty.numbers[ty.value[kb]!];
      if (!Object.is(va, vb)) return `${what}: number ${va} vs ${vb}`;
    } else if (k === Tok.EOF) {
      // the root: nothing to compare
    } else if (tx.value[ka] !== ty.value[kb]) {
      return `${what}: token text differs`;
    }
  }
  return "";
}
