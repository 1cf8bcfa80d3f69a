// Span benchmark: the share of spans kiln's encoding stores inline, over token
// spans (and bracketed groups, standing in for node spans) of the 100k corpus
// and of AssemblyScript's standard library, made with the real SpanTable.
import { SpanTable, isInlineSpan } from "../src/base/span.js";
import { walkSpans } from "./util/span-walk.js";
import { asStdFiles, corpusFiles, type SourceFile } from "./util/inputs.js";
import { printTable } from "./util/stats.js";

interface Share { tokens: number; tokensInline: number; groups: number; groupsInline: number; end: number }

function share(table: SpanTable, files: readonly SourceFile[], base: number): Share {
  const r: Share = { tokens: 0, tokensInline: 0, groups: 0, groupsInline: 0, end: 0 };
  r.end = walkSpans(files, base, (start, length, isGroup) => {
    const inline = isInlineSpan(table.make(start, length));
    if (isGroup) { r.groups++; if (inline) r.groupsInline++; } else { r.tokens++; if (inline) r.tokensInline++; }
  });
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
