// The messages between the main thread and kiln's workers. Everything that
// crosses is a typed array (moved in a transfer list) or an id in the shared
// pool; this file must never grow a message that carries an object graph.
import type { SpanTableHandle } from "../base/span.js";

/** What a worker gets besides the intern pool (which startPoolWorker hands over). */
export interface WorkerSetup { readonly spans: SpanTableHandle }

/** Intern the texts bytes[starts[i], ends[i]) and answer their ids, in order. */
export interface InternJob { readonly kind: "intern"; readonly bytes: Uint8Array; readonly starts: Int32Array; readonly ends: Int32Array }

export type Job = InternJob;

export interface JobRequest { readonly seq: number; readonly job: Job }
export type JobReply =
  | { readonly seq: number; readonly ok: true; readonly ids: Int32Array }
  | { readonly seq: number; readonly ok: false; readonly error: string };
