// Test helpers for the checker and code generation: compile a program held in
// memory (file name -> text) and look at its diagnostics or its module.
import { compile, type Compilation } from "../../src/driver/compile.js";
import { formatCode } from "../../src/diagnostics/diagnostics.js";
import type { FileHost } from "../../src/program/load.js";

/** A virtual directory the in-memory files live in. */
export const ROOT = "/kiln-test";

/** Reads `files` (path relative to ROOT -> text) as if they were on disk under ROOT. */
export function memoryHost(files: Record<string, string>): FileHost {
  return { read: (path: string) => { const rel = path.startsWith(ROOT + "/") ? path.slice(ROOT.length + 1) : undefined; const t = rel !== undefined ? files[rel] : undefined; return t === undefined ? undefined : new TextEncoder().encode(t); } };
}

export function compileFiles(files: Record<string, string>, entry = "main.ts", emit = true): Compilation {
  return compile(`${ROOT}/${entry}`, memoryHost(files), emit);
}

export interface Shown { code: string; at: string; message: string }

/** The diagnostics as code, file:line:col (file relative to the virtual root) and message, in source order. */
export function diagnosticsOf(c: Compilation): Shown[] {
  const p = c.program!;
  return [...c.diags.list]
    .sort((a, b) => p.spans.start(a.span) - p.spans.start(b.span))
    .map((d) => {
      const at = p.map.lineCol(p.spans.start(d.span));
      const file = p.map.name(at.file).replace(/^.*kiln-test\//, "");
      return { code: formatCode(d.code), at: `${file}:${at.line}:${at.column}`, message: d.message };
    });
}

/** Compiles and instantiates; returns the exports (env.abort throws, Math.pow is JavaScript's). */
export function instantiate(files: Record<string, string>, entry = "main.ts"): Record<string, unknown> {
  const c = compileFiles(files, entry);
  if (c.wasm === undefined) throw new Error(`compile failed: ${JSON.stringify(diagnosticsOf(c))}`);
  const abort = (): never => { throw new Error("abort"); };
  return new WebAssembly.Instance(new WebAssembly.Module(c.wasm), { env: { abort }, Math: { pow: Math.pow } }).exports;
}
