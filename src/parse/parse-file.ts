// Lex and parse one file: the front end's entry point. Owns nothing but the
// order of the two steps; both report into the caller's Diagnostics and never
// throw on any input.
import type { InternPool } from "../base/intern-pool.js";
import type { SpanTable } from "../base/span.js";
import type { Diagnostics } from "../diagnostics/diagnostics.js";
import { Keywords } from "./keywords.js";
import { lex } from "./lexer.js";
import type { ParseTree } from "./nodes.js";
import { parseSourceFile } from "./parse-statements.js";
import { Parser } from "./parser.js";

export interface ParsedFile {
  readonly src: Uint8Array;
  /** The file's first position in the position space. */
  readonly base: number;
  readonly tree: ParseTree;
}

/** `keepTokens`: keep the token table in the tree (ParseTree.kept), for the printer and dumps. */
export function parseFile(src: Uint8Array, base: number, pool: InternPool, spans: SpanTable, diags: Diagnostics, keepTokens = false): ParsedFile {
  const kw = Keywords.of(pool);
  const tokens = lex(src, base, pool, spans, diags, kw, keepTokens);
  const p = new Parser(tokens, src, base, spans, diags, kw, keepTokens);
  parseSourceFile(p);
  return { src, base, tree: p.tree() };
}
