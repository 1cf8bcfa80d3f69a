// Structural equality of two parse trees, ignoring positions: same kinds,
// flags and shapes, and the same token at each node as far as the tree keeps
// it (interned text, numeric value; a token kind that matters is in the
// flags). The printer's round-trip tests and the fuzzer use it. Returns a
// description of the first difference, or "".
import type { ParsedFile } from "./parse-file.js";
import { N, valueIsNumber } from "./nodes.js";

export function treeDifference(a: ParsedFile, b: ParsedFile): string {
  const x = a.tree, y = b.tree;
  if (x.count !== y.count) return `node counts differ: ${x.count} vs ${y.count}`;
  for (let i = 0; i < x.count; i++) {
    const what = `node ${i} (${N[x.kind[i]!]})`;
    if (x.kind[i] !== y.kind[i]) return `${what}: kind ${N[x.kind[i]!]} vs ${N[y.kind[i]!]}`;
    if (x.flags[i] !== y.flags[i]) return `${what}: flags ${x.flags[i]} vs ${y.flags[i]}`;
    if (x.size[i] !== y.size[i]) return `${what}: size ${x.size[i]} vs ${y.size[i]}`;
    if (valueIsNumber(x, i)) {
      const va = x.numbers[x.tokValue[i]!], vb = y.numbers[y.tokValue[i]!];
      if (!Object.is(va, vb)) return `${what}: number ${va} vs ${vb}`;
      // Past 2^53 the doubles round: two different integers can share one.
      const ba = x.bigs.get(x.tokValue[i]!), bb = y.bigs.get(y.tokValue[i]!);
      if (ba !== bb) return `${what}: integer ${ba ?? va} vs ${bb ?? vb}`;
    } else if (x.tokValue[i] !== y.tokValue[i]) {
      return `${what}: token text differs`;
    }
  }
  return "";
}
