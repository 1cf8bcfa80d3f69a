// Walks the spans that span measurements use, until the parser makes real
// ones: every token of the simple scan, and every bracketed ( ) [ ] { } group
// as a stand-in for the longer spans of expression and block nodes. Files are
// laid out one after another in one position space, as the source map does.
import { simpleScan, ScanKind } from "./simple-scan.js";
import type { SourceFile } from "./inputs.js";

/** Calls visit(start, length, isGroup) for each span; returns the position after the last file. */
export function walkSpans(files: readonly SourceFile[], base: number, visit: (start: number, length: number, isGroup: boolean) => void): number {
  for (const f of files) {
    const t = simpleScan(f.bytes);
    const open: number[] = [];
    for (let k = 0; k < t.count; k++) {
      const s = t.start[k]!, e = t.end[k]!;
      visit(base + s, e - s, false);
      if (t.kind[k] !== ScanKind.Punct) continue;
      const ch = f.bytes[s];
      if (ch === 40 || ch === 91 || ch === 123) open.push(s);
      else if ((ch === 41 || ch === 93 || ch === 125) && open.length > 0) {
        const o = open.pop()!;
        visit(base + o, e - o, true);
      }
    }
    base += f.bytes.length + 1;
  }
  return base;
}
