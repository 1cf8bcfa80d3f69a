// Span benchmark: the share of spans kiln's encoding stores inline, over token
// spans (and bracketed groups, standing in for node spans) of the 100k corpus
// and of AssemblyScript's standard library, made with the real SpanTable.
import { SpanTable, isInlineSpan } from "../src/base/span.js";
import { simpleScan, ScanKind } from "./util/simple-scan.js";
import { asStdFiles, corpusFiles, type SourceFile } from "./util/inputs.js";
import { printTable } from "./util/stats.js";

interface Share { tokens: number; tokensInline: number; groups: number; groupsInline: number; end: number }

function share(table: SpanTable, files: readonly SourceFile[], base: number): Share {
  const r: Share = { tokens: 0, tokensInline: 0, groups: 0, groupsInline: 0, end: 0 };
  for (const f of files) {
    const t = simpleScan(f.bytes);
    const open: number[] = [];
    for (let k = 0; k < t.count; k++) {
      const s = t.start[k]!, e = t.end[k]!;
      r.tokens++;
      if (isInlineSpan(table.make(base + s, e - s))) r.tokensInline++;
      if (t.kind[k] !== ScanKind.Punct) continue;
      const ch = f.bytes[s];
      if (ch === 40 || ch === 91 || ch === 123) open.push(s);
      else if ((ch === 41 || ch === 93 || ch === 125) && open.length > 0) {
        const o = open.pop()!;
        r.groups++;
        if (isInlineSpan(table.make(base + o, e - o))) r.groupsInline++;
      }
    }
    base += f.bytes.length + 1;
  }
  r.end = base;
  return r;
}

export function benchSpans(): void {
  const table = SpanTable.create();
  const a = share(table, asStdFiles(), 0);
  // The corpus is laid out after the standard library, as the compiler loads it.
  const b = share(table, corpusFiles(), a.end);
  const pct = (x: number, all: number): string => `${(100 * x / all).toFixed(2)}%`;
  const row = (name: string, s: Share): string[] => [name, String(s.tokens), pct(s.tokensInline, s.tokens), String(s.groups),
    pct(s.groupsInline, s.groups), pct(s.tokensInline + s.groupsInline, s.tokens + s.groups)];
  printTable("Spans stored inline by SpanTable.make (target >= 99%)", ["input", "tokens", "tokens inline", "groups", "groups inline", "all inline"],
    [row("AssemblyScript std/assembly", a), row("100k corpus (after std)", b)]);
}
