// `kiln parse <file> [--dump]`: lex and parse one file; print its syntax
// errors (exit 1) or, with --dump, its tree. Owns the command's flags and
// output only; the front end does the work.
import { InternPool } from "../base/intern-pool.js";
import { SourceMap } from "../base/source-map.js";
import { SpanTable } from "../base/span.js";
import { Diagnostics } from "../diagnostics/diagnostics.js";
import { renderDiagnostic } from "../diagnostics/render.js";
import { dumpTree } from "../parse/dump.js";
import { parseFile } from "../parse/parse-file.js";
import { printTree } from "../parse/printer.js";
import { readSource } from "./read-source.js";
import { UsageError, useColor } from "./usage.js";
import { writeStdout } from "./stdout.js";

export function cmdParse(args: readonly string[]): number {
  let file: string | undefined;
  let dump = false, print = false;
  for (const a of args) {
    if (a === "--dump") dump = true;
    else if (a === "--print") print = true;
    else if (a.startsWith("-")) throw new UsageError(`unknown option '${a}' for 'kiln parse' (see 'kiln --help')`);
    else if (file === undefined) file = a;
    else throw new UsageError(`'kiln parse' takes one file, got '${file}' and '${a}'`);
  }
  if (file === undefined) throw new UsageError("'kiln parse' needs a file: kiln parse <file.ts> [--dump]");
  const src = readSource(file);
  if (src === undefined) return 1;
  const map = new SourceMap();
  const id = map.addFile(file, src);
  const pool = InternPool.create(), spans = SpanTable.create(), diags = new Diagnostics();
  const parsed = parseFile(src, map.base(id), pool, spans, diags, dump || print);
  const color = useColor(process.stderr);
  // Lexer and parser report separately; show them in source order.
  const ordered = [...diags.list].sort((a, b) => spans.start(a.span) - spans.start(b.span));
  for (const d of ordered) process.stderr.write(renderDiagnostic(d, map, spans, { color }) + "\n");
  if (dump) writeStdout(dumpTree(parsed, map, spans));
  if (print) writeStdout(printTree(parsed));
  if (diags.errorCount > 0) {
    process.stderr.write(`${diags.errorCount} syntax error${diags.errorCount === 1 ? "" : "s"} in ${file}\n`);
    return 1;
  }
  return 0;
}
