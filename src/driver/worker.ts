// Entry point of kiln's worker threads (bundled as dist/worker.js): attaches
// to the main thread's intern pool and span table, then runs the jobs it is
// sent: parse a module; take the whole program (shared trees, no copies);
// check and emit a module of it. A failing job answers an error message; it
// must never take the worker down silently or leave the main thread waiting.
import { parentPort } from "node:worker_threads";
import { attachPoolInWorker } from "../base/pool-worker.js";
import { SourceMap } from "../base/source-map.js";
import { SpanTable } from "../base/span.js";
import type { FileId } from "../base/ids.js";
import { CheckDb } from "../check/db.js";
import { Diagnostics } from "../diagnostics/diagnostics.js";
import type { RuntimeFunctions } from "../emit/emit-function.js";
import { packParse, unpackParse } from "../parse/packed-parse.js";
import { parseFile } from "../parse/parse-file.js";
import { assembleProgram, type LoadedProgram, type ModulePart } from "../program/load.js";
import type { ModuleId } from "../program/program.js";
import { compileModule, emptyOutput, packOutput, runtimeFunctions, transferList } from "./module-output.js";
import { Tracer } from "./trace.js";
import type { CompileJob, CompileResult, Job, JobReply, JobRequest, ParseJob, ParseResult, ProgramJob, WorkerSetup } from "./worker-protocol.js";

const { pool, data } = attachPoolInWorker<WorkerSetup>();
const spans = SpanTable.attach(data.spans, pool.thread);
const tracer = new Tracer(data.trace);
const port = parentPort!;

/** The program of the current compilation, once a "program" job has built it. */
let held: { p: LoadedProgram; db: CheckDb; rt: RuntimeFunctions; emit: boolean; reported: number } | undefined;

/** For tests: KILN_FAULT="<throw|exit>:<parse|compile>:<path suffix>" fails that job as a bug or a crash would. */
function injectFault(stage: "parse" | "compile", path: string): void {
  const [how, where, suffix] = (data.fault ?? "").split(":");
  if (where !== stage || suffix === undefined || !path.endsWith(suffix)) return;
  if (how === "exit") process.exit(3);
  throw new Error("injected fault (KILN_FAULT)");
}

function parse(job: ParseJob): { result: ParseResult; transfer: ArrayBuffer[] } {
  const t0 = tracer.now();
  injectFault("parse", job.path);
  const diags = new Diagnostics();
  const parsed = parseFile(job.src, job.base, pool, spans, diags);
  const packed = packParse(parsed.tree);
  tracer.end("parse", `parse ${job.path}`, t0);
  return { result: { packed, diags: diags.list, trace: tracer.take() }, transfer: [] };
}

function program(job: ProgramJob): { result: true; transfer: ArrayBuffer[] } {
  const t0 = tracer.now();
  const map = new SourceMap();
  for (const f of job.files) f.virtual ? map.addVirtualFile(f.name, f.src) : map.addFile(f.name, f.src);
  const parts: ModulePart[] = job.modules.map((m, i) => {
    const imports = new Map<number, ModuleId | -1>();
    for (let k = 0; k < m.imports.length; k += 2) imports.set(m.imports[k]!, m.imports[k + 1]! as ModuleId | -1);
    const file = i as FileId;
    return { file, parsed: { src: map.text(file), base: map.base(file), tree: unpackParse(m.packed) }, imports };
  });
  // Declaration errors were reported by the main thread, which declares the same modules.
  const declared = assembleProgram(pool, spans, map, new Diagnostics(), parts);
  const p: LoadedProgram = { ...declared, diags: new Diagnostics() };
  held = { p, db: new CheckDb(p), rt: runtimeFunctions(p), emit: job.emit, reported: 0 };
  tracer.end("declare", "declare (worker)", t0);
  return { result: true, transfer: [] };
}

function compile(job: CompileJob): { result: CompileResult; transfer: ArrayBuffer[] } {
  if (held === undefined) throw new Error("a compile job before the program");
  const out = emptyOutput();
  for (const id of job.modules) {
    const t0 = tracer.now();
    const m = held.p.modules[id]!;
    injectFault("compile", m.path);
    compileModule(held.db, m, held.emit, held.rt, out);
    tracer.end("compile", `compile ${m.path}`, t0);
  }
  // Every diagnostic found here, even in a module another thread owns: the main thread merges them.
  const diags = held.p.diags.list.slice(held.reported);
  held.reported = held.p.diags.list.length;
  const packed = packOutput(out);
  return { result: { output: packed, diags, trace: tracer.take() }, transfer: transferList(packed) };
}

function run(job: Job): { result: unknown; transfer: ArrayBuffer[] } {
  switch (job.kind) {
    case "intern": {
      const ids = new Int32Array(job.starts.length);
      for (let i = 0; i < ids.length; i++) ids[i] = pool.internBytes(job.bytes, job.starts[i]!, job.ends[i]!);
      return { result: ids, transfer: [ids.buffer] };
    }
    case "parse": return parse(job);
    case "program": return program(job);
    case "compile": return compile(job);
    default:
      throw new Error(`unknown job kind '${(job as { kind: string }).kind}'`);
  }
}

port.on("message", (req: JobRequest) => {
  let reply: JobReply, transfer: ArrayBuffer[] = [];
  try {
    const r = run(req.job);
    reply = { seq: req.seq, ok: true, result: r.result };
    transfer = r.transfer;
  } catch (e) {
    reply = { seq: req.seq, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply, transfer);
});
