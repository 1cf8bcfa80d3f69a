// A readable dump of a parse tree for `kiln parse --dump`: one node per line
// in source order, indented by depth, with its main token and position.
// It needs a tree parsed with its tokens kept (parseFile's keepTokens).
// A tool for people; it allocates freely and is never on a hot path.
import type { NodeId } from "../base/ids.js";
import type { SourceMap } from "../base/source-map.js";
import type { SpanTable } from "../base/span.js";
import { decodeWtf8 } from "../base/utf8.js";
import { childrenOf, flagsRepeatToken, keptTokens, N, type KeptTokens, type ParseTree } from "./nodes.js";
import type { ParsedFile } from "./parse-file.js";
import { Tok, tokText } from "./tokens.js";

export function dumpTree(file: ParsedFile, map: SourceMap, spans: SpanTable): string {
  const t = file.tree, kept = keptTokens(t);
  const lines: string[] = [];
  const visit = (n: NodeId, depth: number): void => {
    lines.push("  ".repeat(depth) + describeNode(file, t, kept, n, map, spans));
    for (const c of childrenOf(t, n)) visit(c, depth + 1);
  };
  visit((t.count - 1) as NodeId, 0);
  return lines.join("\n") + "\n";
}

function describeNode(file: ParsedFile, t: ParseTree, kept: KeptTokens, n: NodeId, map: SourceMap, spans: SpanTable): string {
  const kind = t.kind[n]! as N;
  let out = N[kind] ?? `kind${kind}`;
  const tk = kept.tokens, tok = kept.token[n]!;
  if (tk.kind[tok] !== Tok.EOF) {
    const text = decodeWtf8(file.src, tk.start[tok]!, tk.end[tok]!);
    out += ` ${JSON.stringify(text.length > 40 ? text.slice(0, 40) + "..." : text)}`;
  }
  const f = t.flags[n]!;
  if (f !== 0 && !flagsRepeatToken(kind)) { // the token's text is shown above
    const isOp = kind === N.Binary || kind === N.Assign || kind === N.Prefix || kind === N.Postfix;
    out += isOp ? ` op=${JSON.stringify(tokText(f as Tok))}` : ` flags=${f}`;
  }
  const at = map.lineCol(spans.start(t.span[n]! as never));
  return `${out} @${at.line}:${at.column}`;
}
