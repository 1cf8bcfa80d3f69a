// Test helpers for the front end: parse a snippet with a fresh pool and show
// its tree as a compact s-expression, e.g. (Binary:+ (Ident a) (Ident b)).
import type { NodeId } from "../../src/base/ids.js";
import { InternPool } from "../../src/base/intern-pool.js";
import { SourceMap } from "../../src/base/source-map.js";
import { SpanTable } from "../../src/base/span.js";
import { Diagnostics } from "../../src/diagnostics/diagnostics.js";
import { decodeWtf8 } from "../../src/base/utf8.js";
import { childrenOf, flagsRepeatToken, keptTokens, N, type ParseTree } from "../../src/parse/nodes.js";
import { parseFile, type ParsedFile } from "../../src/parse/parse-file.js";
import { Tok, tokText } from "../../src/parse/tokens.js";

export interface Parsed {
  file: ParsedFile;
  diags: Diagnostics;
  pool: InternPool;
  spans: SpanTable;
  map: SourceMap;
}

export function parse(text: string, pool = InternPool.create(), spans = SpanTable.create()): Parsed {
  const src = new TextEncoder().encode(text);
  const map = new SourceMap();
  const id = map.addFile("test.ts", src);
  const diags = new Diagnostics();
  const file = parseFile(src, map.base(id), pool, spans, diags, true);
  return { file, diags, pool, spans, map };
}

/** Nodes that show their token's text. */
const SHOW_TEXT = new Set<N>([
  N.Ident, N.Name, N.NumberLit, N.StringLit, N.Modifier, N.TypeRef, N.KeywordType, N.Param, N.VarDecl, N.FunctionDecl,
  N.ClassDecl, N.InterfaceDecl, N.EnumDecl, N.EnumMember, N.TypeAlias, N.Namespace, N.Property, N.Method, N.Getter,
  N.Setter, N.Member, N.TypeParam, N.ImportSpecifier, N.ExportSpecifier, N.LiteralType, N.PropAssign, N.Shorthand,
  N.Labeled, N.NamedTupleMember, N.TypePredicate, N.PrivateName, N.VarStatement, N.VarList, N.TypeOperator, N.RegexLit,
  N.NoSubstTemplate, N.ImportEquals, N.Case,
]);

function node(f: ParsedFile, t: ParseTree, n: NodeId): string {
  const kind = t.kind[n]! as N;
  let head = N[kind]!;
  const flags = t.flags[n]!;
  if (kind === N.Binary || kind === N.Assign || kind === N.Prefix || kind === N.Postfix) head += ":" + tokText(flags as Tok);
  else if (flags && !flagsRepeatToken(kind)) head += `/${flags}`; // the token's text is shown
  const { tokens, token } = keptTokens(t), tok = token[n]!;
  if (SHOW_TEXT.has(kind) && tokens.kind[tok] !== Tok.EOF) head += " " + decodeWtf8(f.src, tokens.start[tok]!, tokens.end[tok]!);
  const kids = childrenOf(t, n);
  return kids.length ? `(${head} ${kids.map((k) => node(f, t, k)).join(" ")})` : `(${head})`;
}

/** The tree of `text` as s-expressions, one per top-level statement; throws if it has errors. */
export function sexpr(text: string): string {
  const r = parse(text);
  if (r.diags.errorCount > 0) throw new Error(`unexpected errors in ${JSON.stringify(text)}: ${r.diags.list.map((d) => d.message).join("; ")}`);
  const t = r.file.tree;
  return childrenOf(t, (t.count - 1) as NodeId).map((k) => node(r.file, t, k)).join(" ");
}

/** Messages with 1-based line:col, in source order. */
export function errors(text: string): string[] {
  const r = parse(text);
  return [...r.diags.list]
    .sort((a, b) => r.spans.start(a.span) - r.spans.start(b.span))
    .map((d) => { const at = r.map.lineCol(r.spans.start(d.span)); return `${at.line}:${at.column} K${d.code} ${d.message}`; });
}
