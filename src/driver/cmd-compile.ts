// `kiln build <entry.ts> [-o out.wasm]`, `kiln check <entry.ts>` and
// `kiln run <entry.ts>`: the commands that compile a program. Owns their
// flags, printing diagnostics (in source order, with a summary line) and the
// exit codes: 0 ok, 1 compile errors (or a trap in `run`), 2 bad usage.
import { renameSync, unlinkSync, writeFileSync } from "node:fs";
import { renderDiagnostic } from "../diagnostics/render.js";
import { compile, diskHost, type Compilation } from "./compile.js";
import { runWasm } from "./run-wasm.js";
import { UsageError, useColor } from "./usage.js";

type Command = "build" | "check" | "run";

interface Options { entry: string; out: string | undefined }

function parseArgs(cmd: Command, args: readonly string[]): Options {
  let entry: string | undefined, out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if ((a === "-o" || a === "--out") && cmd === "build") {
      out = args[++i];
      if (out === undefined) throw new UsageError(`'${a}' needs a file name: kiln build <entry.ts> -o out.wasm`);
    } else if (a.startsWith("-")) throw new UsageError(`unknown option '${a}' for 'kiln ${cmd}' (see 'kiln --help')`);
    else if (entry === undefined) entry = a;
    else throw new UsageError(`'kiln ${cmd}' takes one entry file, got '${entry}' and '${a}'`);
  }
  if (entry === undefined) throw new UsageError(`'kiln ${cmd}' needs an entry file: kiln ${cmd} <entry.ts>`);
  return { entry, out };
}

/** Prints the diagnostics of a compilation; returns whether it had errors. */
function report(c: Compilation): boolean {
  if (c.error !== undefined) { process.stderr.write(`kiln: ${c.error}\n`); return true; }
  const p = c.program!;
  const color = useColor(process.stderr);
  const ordered = [...c.diags.list].sort((a, b) => p.spans.start(a.span) - p.spans.start(b.span));
  for (const d of ordered) process.stderr.write(renderDiagnostic(d, p.map, p.spans, { color }) + "\n");
  const n = c.diags.errorCount;
  if (n > 0) process.stderr.write(`${n} error${n === 1 ? "" : "s"}\n`);
  return n > 0;
}

export function cmdCompile(cmd: Command, args: readonly string[]): number {
  const o = parseArgs(cmd, args);
  const c = compile(o.entry, diskHost, cmd !== "check");
  if (report(c)) return 1;
  if (cmd === "check") return 0;
  const wasm = c.wasm!;
  if (cmd === "run") return runWasm(wasm, o.entry);
  const out = o.out ?? o.entry.replace(/\.ts$/, "") + ".wasm";
  // Write beside the target and rename, so a failed write never leaves half a file.
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, wasm);
    renameSync(tmp, out);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* nothing to clean */ }
    process.stderr.write(`kiln: cannot write '${out}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 1;
  }
  return 0;
}
