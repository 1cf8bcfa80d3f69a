// The messages between the main thread and kiln's workers. What crosses on
// the hot path is typed arrays (moved in a transfer list), shared buffers and
// ids in the shared pool: parse trees and sources in SharedArrayBuffers, a
// module's code packed by code-pack.ts. Only rare things (diagnostics, host
// declarations, trace spans) are small objects; this file must never grow a
// message that carries a tree or code as an object graph.
import type { SpanTableHandle } from "../base/span.js";
import type { Diagnostic } from "../diagnostics/diagnostics.js";
import type { PackedParse } from "../parse/packed-parse.js";
import type { PackedModuleOutput } from "./module-output.js";
import type { TraceSpan } from "./trace.js";

/** What a worker gets besides the intern pool (which startPoolWorker hands over). */
export interface WorkerSetup {
  readonly spans: SpanTableHandle;
  /** Record trace spans and send them with each reply. */
  readonly trace: boolean;
  /** For tests only (KILN_FAULT): "<throw|exit>:<parse|compile>:<path suffix>" fails that module's job. */
  readonly fault: string | undefined;
}

/** Intern the texts bytes[starts[i], ends[i]) and answer their ids, in order. */
export interface InternJob { readonly kind: "intern"; readonly bytes: Uint8Array; readonly starts: Int32Array; readonly ends: Int32Array }

/** Lex and parse one module's source (shared, not copied) at `base` of the position space. */
export interface ParseJob { readonly kind: "parse"; readonly path: string; readonly src: Uint8Array; readonly base: number }
export interface ParseResult { readonly packed: PackedParse; readonly diags: readonly Diagnostic[]; readonly trace: readonly TraceSpan[] }

/** One file of the program, in source-map order. */
export interface ProgramFile { readonly name: string; readonly virtual: boolean; readonly src: Uint8Array }
/** One module: its parse and its resolved imports as (specifier id, module id) pairs. */
export interface ProgramModule { readonly packed: PackedParse; readonly imports: Int32Array }

/** Rebuild the whole program (declarations included) for the compile jobs that follow. */
export interface ProgramJob { readonly kind: "program"; readonly files: readonly ProgramFile[]; readonly modules: readonly ProgramModule[]; readonly emit: boolean }

/** Check and emit some modules of the program the worker holds (a batch: a message costs about as much as a small module). */
export interface CompileJob { readonly kind: "compile"; readonly modules: readonly number[] }
export interface CompileResult { readonly output: PackedModuleOutput; readonly diags: readonly Diagnostic[]; readonly trace: readonly TraceSpan[] }

export type Job = InternJob | ParseJob | ProgramJob | CompileJob;

/** What each job answers. */
export type ResultOf<J extends Job> =
  J extends InternJob ? Int32Array :
  J extends ParseJob ? ParseResult :
  J extends CompileJob ? CompileResult :
  true;

export interface JobRequest { readonly seq: number; readonly job: Job }
export type JobReply =
  | { readonly seq: number; readonly ok: true; readonly result: unknown }
  | { readonly seq: number; readonly ok: false; readonly error: string };
