// `kiln build <entry.ts> [-o out.wasm]`, `kiln check <entry.ts>` and
// `kiln run <entry.ts>`: the commands that compile a program. Owns their
// flags, printing diagnostics (in source order, with a summary line), the
// arguments `run` gives main, and the exit codes: 0 ok, 1 compile errors (or
// a trap in `run`, or an output that cannot be written), 2 bad usage.
import { renameSync, unlinkSync, writeFileSync } from "node:fs";
import type { NodeId, StringId } from "../base/ids.js";
import { CheckDb } from "../check/db.js";
import { renderDiagnostic } from "../diagnostics/render.js";
import { childrenOf, N } from "../parse/nodes.js";
import type { LoadedProgram } from "../program/load.js";
import { DeclKind, NO_SYMBOL } from "../program/program.js";
import { declOf, exportedSymbol } from "../program/resolve.js";
import { isWide } from "../types/types.js";
import { compile, diskHost, type Compilation } from "./compile.js";
import { compileParallel } from "./compile-parallel.js";
import { fsReason } from "./fs-reason.js";
import { Tracer, writeTrace } from "./trace.js";
import { runWasm } from "./run-wasm.js";
import { UsageError, useColor } from "./usage.js";

type Command = "build" | "check" | "run";

interface Options { entry: string; out: string | undefined; jobs: number | undefined; trace: string | undefined }

function parseArgs(cmd: Command, args: readonly string[]): Options {
  let entry: string | undefined, out: string | undefined, jobs: number | undefined, trace: string | undefined;
  const valueOf = (flag: string, i: number, what: string): string => {
    const v = args[i];
    if (v === undefined) throw new UsageError(`'${flag}' needs ${what}`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if ((a === "-o" || a === "--out") && cmd === "build") out = valueOf(a, ++i, "a file name: kiln build <entry.ts> -o out.wasm");
    else if (a === "-j" || a === "--jobs" || /^-j\d+$/.test(a)) {
      const v = a.length > 2 && a.startsWith("-j") ? a.slice(2) : valueOf(a, ++i, "a number of threads: -j 4");
      jobs = Number(v);
      if (!/^\d+$/.test(v) || jobs < 1 || jobs > 256) throw new UsageError(`'${a}' takes a number of threads from 1 to 256, got '${v}'`);
    } else if (a === "--trace") trace = valueOf(a, ++i, "a file name: --trace out.json");
    else if (a.startsWith("-")) throw new UsageError(`unknown option '${a}' for 'kiln ${cmd}' (see 'kiln --help')`);
    else if (entry === undefined) entry = a;
    else throw new UsageError(`'kiln ${cmd}' takes one entry file, got '${entry}' and '${a}'`);
  }
  if (entry === undefined) throw new UsageError(`'kiln ${cmd}' needs an entry file: kiln ${cmd} <entry.ts>`);
  return { entry, out, jobs, trace };
}

/** Prints the diagnostics of a compilation; returns whether it had errors. */
function report(c: Compilation): boolean {
  if (c.error !== undefined) { process.stderr.write(`kiln: ${c.error}\n`); return true; }
  // A clean build never touches process.stderr: creating the stream costs
  // about 2 ms of a small build's start.
  if (c.diags.list.length === 0) return false;
  const p = c.program!;
  const color = useColor(process.stderr);
  const ordered = [...c.diags.list].sort((a, b) => p.spans.start(a.span) - p.spans.start(b.span));
  for (const d of ordered) process.stderr.write(renderDiagnostic(d, p.map, p.spans, { color }) + "\n");
  const n = c.diags.errorCount;
  if (n > 0) process.stderr.write(`${n} error${n === 1 ? "" : "s"}\n`);
  return n > 0;
}

export async function cmdCompile(cmd: Command, args: readonly string[]): Promise<number> {
  const o = parseArgs(cmd, args);
  const emit = cmd !== "check";
  const tracer = new Tracer(o.trace !== undefined);
  // Workers only when asked for: on the 2-core machine the benchmarks run on, two
  // workers are still slower than one thread (see bench/parallel.ts), so -j 1 is the default.
  // A single worker that only lexes ahead of the main thread's parse, through
  // shared slots, was slower too: a Node worker costs 40-60 ms of CPU to start,
  // on the core where V8's optimizing thread works, even with an empty script
  // (100k builds 0.28-0.30 -> 0.32-0.34 s), and lexing 250-270 of the 401 files
  // there gave 0.39-0.40 s. Lexing is about 38 ms of the main thread's 270.
  const workers = o.jobs ?? 1;
  let c: Compilation, threads = new Map<number, string>([[0, "main"]]);
  if (workers <= 1) c = compile(o.entry, diskHost, emit, tracer);
  else ({ threads, ...c } = await compileParallel(o.entry, diskHost, emit, { workers, tracer, fault: process.env["KILN_FAULT"] }));
  // A trace that cannot be written fails the command (exit 1), but only after
  // everything else it was asked for is done.
  let traced = true;
  if (o.trace !== undefined) {
    try {
      writeTrace(o.trace, tracer.spans, threads);
    } catch (e) {
      process.stderr.write(`kiln: cannot write the trace '${o.trace}': ${fsReason(e, o.trace, true)}\n`);
      traced = false;
    }
  }
  if (report(c)) return 1;
  const done = traced ? 0 : 1;
  if (cmd === "check") return done;
  const wasm = c.wasm!;
  if (cmd === "run") {
    const args = mainArguments(c.program!);
    if (typeof args === "string") { process.stderr.write(`kiln run: ${args}\n`); return 2; }
    return runWasm(wasm, o.entry, args) || done;
  }
  const out = o.out ?? o.entry.replace(/\.ts$/, "") + ".wasm";
  // Write beside the target and rename, so a failed write never leaves half a file.
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, wasm);
    renameSync(tmp, out);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* nothing to clean */ }
    process.stderr.write(`kiln: cannot write '${out}': ${fsReason(e, out, true)}\n`);
    return 1;
  }
  return done;
}

/**
 * What `kiln run` passes to main: each parameter's constant default value
 * (a JavaScript caller passes every argument, and kiln run has none of its
 * own), or why it cannot call main.
 */
function mainArguments(p: LoadedProgram): unknown[] | string {
  const main = exportedSymbol(p, p.modules[p.entry]!, p.pool.intern("main"));
  if (main === NO_SYMBOL) return [];
  const { module, decl, kind } = declOf(p, main);
  if (kind !== DeclKind.Function) return [];
  const db = new CheckDb(p);
  const sig = db.sig(main);
  if (sig.defaults.every((d) => d !== undefined)) return sig.params.map((t, k) => (isWide(t) ? BigInt(sig.defaults[k]!) : Number(sig.defaults[k]!)));
  const t = module.parsed.tree;
  const params = childrenOf(t, module.decls.cols.node[decl]! as NodeId).filter((c) => t.kind[c] === N.Param);
  const missing = params.flatMap((c, k) => (sig.defaults[k] === undefined ? [`'${p.pool.text(t.tokValue[c]! as StringId)}'`] : []));
  return `main takes arguments and kiln run calls it with none: give ${missing.join(", ")} a constant default value, or call main from JavaScript`;
}
