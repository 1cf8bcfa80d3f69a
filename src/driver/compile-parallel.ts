// One compilation on worker threads (-j N, N > 1): workers parse the modules
// as the main thread discovers them, then each worker takes the whole
// program (shared trees, no copies) and checks and emits modules until none
// are left; the main thread resolves imports, declares, merges and links.
// Owns the scheduling and the failure rules: a worker that throws or dies
// fails the compilation with the module it was working on, never a hang.
// The output must be byte-identical to compile()'s, whatever N is: module ids
// follow discovery order, and the linker orders everything by key.
import type { FileId } from "../base/ids.js";
import type { SpanTable } from "../base/span.js";
import { CheckDb } from "../check/db.js";
import type { Diagnostic } from "../diagnostics/diagnostics.js";
import { Diagnostics } from "../diagnostics/diagnostics.js";
import { unpackParse, type PackedParse } from "../parse/packed-parse.js";
import { ProgramLoader, type FileHost } from "../program/load.js";
import type { ModuleId } from "../program/program.js";
import { linkProgram, runtimeLibrary, type Compilation } from "./compile.js";
import { compileRuntime, emptyOutput, runtimeFunctions, runtimeModule, unpackOutput, type ModuleOutput, type PackedModuleOutput } from "./module-output.js";
import type { Tracer } from "./trace.js";
import { WorkerClient } from "./worker-client.js";
import type { ProgramFile, ProgramModule } from "./worker-protocol.js";

export interface ParallelOptions {
  /** Worker threads (at least 1). */
  readonly workers: number;
  readonly tracer: Tracer;
  /** For tests: see WorkerSetup.fault. */
  readonly fault?: string | undefined;
}

/** A compilation's result, plus the names of the trace's thread tracks. */
export interface ParallelCompilation extends Compilation { readonly threads: Map<number, string> }

/** A source in shared memory, so every worker reads the same bytes without a copy. */
function shared(bytes: Uint8Array): Uint8Array {
  const s = new Uint8Array(new SharedArrayBuffer(bytes.length));
  s.set(bytes);
  return s;
}

/** Work items handed out one at a time to whichever worker asks first. */
class WorkQueue {
  private readonly items: number[] = [];
  private readonly waiting: ((m: number | undefined) => void)[] = [];
  private closed = false;

  push(m: number): void {
    const w = this.waiting.shift();
    if (w) w(m); else this.items.push(m);
  }

  take(): Promise<number | undefined> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift());
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  close(): void {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w(undefined);
  }
}

/**
 * Each worker appears this many times in the list the job loops run over, so
 * that it always has the next job queued when it finishes one: a round trip
 * through the main thread costs about as much as parsing a small module.
 */
const JOBS_IN_FLIGHT = 3;
function inFlight(workers: readonly WorkerClient[]): WorkerClient[] {
  const out: WorkerClient[] = [];
  for (let k = 0; k < JOBS_IN_FLIGHT; k++) out.push(...workers);
  return out;
}

/** One promise per module, settled by whichever worker handles it. */
class Results<T> {
  private readonly promises: Promise<T>[] = [];
  private readonly settle: { resolve: (v: T) => void; reject: (e: Error) => void }[] = [];
  private failure: Error | undefined;

  of(m: number): Promise<T> {
    while (this.promises.length <= m) {
      const i = this.promises.length;
      this.promises.push(new Promise<T>((resolve, reject) => { this.settle[i] = { resolve, reject }; }));
      this.promises[i]!.catch(() => undefined); // awaited later, or never if an earlier one fails
      if (this.failure) this.settle[i]!.reject(this.failure);
    }
    return this.promises[m]!;
  }

  resolve(m: number, v: T): void { this.of(m); this.settle[m]!.resolve(v); }

  /** Fails every module still pending: nothing may wait for a dead worker. */
  failAll(e: Error): void {
    this.failure ??= e;
    for (const s of this.settle) s.reject(this.failure);
  }
}

export async function compileParallel(entry: string, host: FileHost, emit: boolean, o: ParallelOptions): Promise<ParallelCompilation> {
  const { tracer } = o;
  const threads = new Map<number, string>([[0, "main"]]);
  const diags = new Diagnostics();
  const sharedHost: FileHost = { ...host, read: (path) => { const b = host.read(path); return b && shared(b); } };
  const loader = new ProgramLoader(sharedHost, diags);
  const lib = runtimeLibrary();
  let t0 = tracer.now();
  const entryError = loader.start(entry, { path: lib.path, text: shared(lib.text) });
  if (entryError !== undefined) return { program: undefined, diags, wasm: undefined, error: entryError, threads };

  const workers = Array.from({ length: o.workers }, () => new WorkerClient(loader.pool, loader.spans, { trace: tracer.enabled, fault: o.fault }));
  workers.forEach((w, i) => threads.set(w.threadId, `worker ${i + 1}`));
  const fail = (verb: string, path: string, e: unknown): Error =>
    new Error(`a worker failed while ${verb} '${path}': ${e instanceof Error ? e.message : String(e)}`);
  try {
    // Parse: workers take modules as they are opened; the main thread resolves imports in
    // module order, so ids, file bases and "not found" errors never depend on timing.
    const parses = new Results<{ packed: PackedParse; diags: readonly Diagnostic[] }>();
    const parseQueue = new WorkQueue();
    const parseLoops = inFlight(workers).map(async (w) => {
      for (let m = await parseQueue.take(); m !== undefined; m = await parseQueue.take()) {
        const path = loader.path(m as ModuleId);
        try {
          const r = await w.run({ kind: "parse", path, src: loader.source(m as ModuleId), base: loader.base(m as ModuleId) });
          tracer.spans.push(...r.trace);
          parses.resolve(m, r);
        } catch (e) {
          parses.failAll(fail("parsing", `'${path}'`, e));
          parseQueue.close();
          return;
        }
      }
    });
    let opened = 0;
    const openMore = (count: number): void => { for (; opened < count; opened++) parseQueue.push(opened); };
    openMore(loader.count);
    const packed: PackedParse[] = [];
    for (let i = 0; i < loader.count; i++) {
      const m = i as ModuleId;
      const r = await parses.of(i);
      packed.push(r.packed);
      for (const d of r.diags) diags.error(d.code, d.span, d.message, d.related);
      loader.setParsed(m, { src: loader.source(m), base: loader.base(m), tree: unpackParse(r.packed) });
      openMore(loader.openImportsOf(m));
    }
    parseQueue.close();
    await Promise.all(parseLoops);
    tracer.end("load", "read, parse and resolve imports", t0);

    t0 = tracer.now();
    const p = loader.finish();
    tracer.end("declare", "declare (main)", t0);

    // Check and emit: every worker holds the whole program; modules go out largest first.
    const files: ProgramFile[] = [], modules: ProgramModule[] = [];
    for (const m of p.modules) {
      const f = m.file as FileId;
      files.push({ name: p.map.name(f), virtual: p.map.isVirtual(f), src: p.map.text(f) });
      const imports = new Int32Array(p.imports[m.id]!.size * 2);
      let k = 0;
      for (const [spec, target] of p.imports[m.id]!) { imports[k++] = spec; imports[k++] = target; }
      modules.push({ packed: packed[m.id]!, imports });
    }
    // Batches of modules, largest first, about an eighth of a worker's share each.
    // The runtime library is not shared out: the main thread compiles what the others call (compileRuntime).
    const lib = runtimeModule(p);
    const batches = batchModules(p.modules.map((m) => (m === lib ? 0 : m.parsed.src.length)), workers.length * 8)
      .map((b) => b.filter((m) => p.modules[m] !== lib)).filter((b) => b.length > 0);
    const outputs = new Results<{ output: PackedModuleOutput; diags: readonly Diagnostic[] }>();
    const compileQueue = new WorkQueue();
    for (let b = 0; b < batches.length; b++) compileQueue.push(b);
    compileQueue.close();
    const programs = new Map(workers.map((w) => [w, w.run({ kind: "program", files, modules, emit })]));
    const compileLoops = inFlight(workers).map(async (w) => {
      try {
        await programs.get(w);
      } catch (e) {
        outputs.failAll(fail("declaring", "the program", e));
        return;
      }
      for (let b = await compileQueue.take(); b !== undefined; b = await compileQueue.take()) {
        try {
          const r = await w.run({ kind: "compile", modules: batches[b]! });
          tracer.spans.push(...r.trace);
          outputs.resolve(b, r);
        } catch (e) {
          const names = batches[b]!.map((m) => `'${p.modules[m]!.path}'`);
          outputs.failAll(fail("compiling", names.length === 1 ? names[0]! : `one of ${names.join(", ")}`, e));
          return;
        }
      }
    });
    const out: ModuleOutput = emptyOutput();
    const found: Diagnostic[] = [];
    for (let b = 0; b < batches.length; b++) {
      const r = await outputs.of(b);
      unpackOutput(r.output, out);
      found.push(...r.diags);
    }
    await Promise.all(compileLoops);
    mergeDiagnostics(diags, found, p.spans);
    if (!emit || diags.errorCount > 0) return { program: p, diags, wasm: undefined, error: undefined, threads };
    if (lib !== undefined) {
      t0 = tracer.now();
      compileRuntime(new CheckDb(p), lib, emit, runtimeFunctions(p), out);
      tracer.end("compile", "compile the runtime functions called", t0);
    }

    t0 = tracer.now();
    const wasm = linkProgram(p, out);
    tracer.end("link", "link", t0);
    return { program: p, diags, wasm, error: undefined, threads };
  } catch (e) {
    return { program: undefined, diags, wasm: undefined, error: e instanceof Error ? e.message : String(e), threads };
  } finally {
    for (const w of workers) void w.close();
  }
}

/**
 * Modules in batches of about total/parts source bytes, largest modules
 * first (so the last batches are small and the threads finish together).
 * Depends only on the sizes, so every run batches alike.
 */
function batchModules(sizes: readonly number[], parts: number): number[][] {
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const target = sizes.reduce((a, b) => a + b, 0) / parts;
  const batches: number[][] = [];
  let cur: number[] = [], bytes = 0;
  for (const m of order) {
    cur.push(m);
    bytes += sizes[m]!;
    if (bytes >= target) { batches.push(cur); cur = []; bytes = 0; }
  }
  if (cur.length > 0) batches.push(cur);
  return batches;
}

/**
 * Adds the workers' diagnostics, each once, in a fixed order. A worker may
 * report an error in a module another worker owns (it checked that body to
 * infer a result type), so the same error can arrive twice.
 */
function mergeDiagnostics(diags: Diagnostics, found: Diagnostic[], spans: SpanTable): void {
  const keyOf = (d: Diagnostic): string => `${spans.start(d.span)}:${spans.length(d.span)}:${d.code}:${d.message}`;
  const seen = new Set<string>();
  const unique: Diagnostic[] = [];
  for (const d of found) {
    const k = keyOf(d);
    if (!seen.has(k)) { seen.add(k); unique.push(d); }
  }
  unique.sort((a, b) => spans.start(a.span) - spans.start(b.span) || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  for (const d of unique) diags.error(d.code, d.span, d.message, d.related);
}
