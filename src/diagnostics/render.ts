// Renders diagnostics for people: code, file:line:col, the message, and the
// source line with the span underlined (colour only when asked, i.e. on a
// TTY). Owns the text layout of every kiln diagnostic; it must never decide
// what is an error.
import type { Span } from "../base/ids.js";
import type { SourceMap } from "../base/source-map.js";
import type { SpanTable } from "../base/span.js";
import { formatCode, Severity, type Diagnostic } from "./diagnostics.js";

export interface RenderOptions { readonly color: boolean }

const RED = "\x1b[1;31m", BLUE = "\x1b[1;34m", BOLD = "\x1b[1m", RESET = "\x1b[0m";

export function renderDiagnostic(d: Diagnostic, map: SourceMap, spans: SpanTable, opts: RenderOptions): string {
  const paint = (style: string, s: string): string => (opts.color ? style + s + RESET : s);
  const label = d.severity === Severity.Error ? "error" : "warning";
  let out = `${paint(RED, `${label}[${formatCode(d.code)}]`)}${paint(BOLD, `: ${d.message}`)}\n`;
  out += snippet(d.span, map, spans, paint, "-->");
  for (const r of d.related) out += `${paint(BLUE, "note")}: ${r.message}\n${snippet(r.span, map, spans, paint, "-->")}`;
  return out;
}

type Paint = (style: string, s: string) => string;

function snippet(span: Span, map: SourceMap, spans: SpanTable, paint: Paint, arrow: string): string {
  const start = spans.start(span), length = spans.length(span);
  const at = map.lineCol(start);
  const lineNo = String(at.line);
  const pad = " ".repeat(lineNo.length);
  const text = map.lineText(at.file, at.line).replace(/\t/g, " ");
  // Underline to the span's end or the end of its first line, at least one caret.
  const endCol = start + length > start ? map.lineCol(start + length).column : at.column + 1;
  const sameLine = start + length > start && map.lineCol(start + length).line === at.line;
  const width = Math.max(1, (sameLine ? endCol : text.length + 1) - at.column);
  return `${pad}${paint(BLUE, arrow)} ${map.name(at.file)}:${at.line}:${at.column}\n` +
    `${pad} ${paint(BLUE, "|")}\n` +
    `${paint(BLUE, lineNo)} ${paint(BLUE, "|")} ${text}\n` +
    `${pad} ${paint(BLUE, "|")} ${" ".repeat(at.column - 1)}${paint(RED, "^".repeat(width))}\n`;
}
