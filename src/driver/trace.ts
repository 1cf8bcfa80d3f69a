// Trace spans for `--trace out.json`: what each thread did and when, written
// as Chrome trace events (one track per thread) that Perfetto and
// chrome://tracing open. Times are absolute (timeOrigin + now) so that spans
// from different threads line up. Recording costs nothing when tracing is off;
// this file must never change what is compiled.
import { writeFileSync } from "node:fs";

export interface TraceSpan {
  readonly name: string;
  /** The stage: load, parse, declare, compile, link, write. */
  readonly cat: string;
  /** Milliseconds since the epoch (fractional). */
  readonly start: number;
  readonly dur: number;
  readonly tid: number;
}

export class Tracer {
  readonly spans: TraceSpan[] = [];
  /** This thread's id, looked up only when tracing: loading node:worker_threads costs a small build 1.5 ms. */
  private readonly tid: number;
  constructor(readonly enabled: boolean) {
    this.tid = enabled ? process.getBuiltinModule("node:worker_threads").threadId : 0;
  }

  /** The time for a span's start; 0 when not tracing (the first use of `performance` loads a module: 1 ms of a small build). */
  now(): number { return this.enabled ? performance.timeOrigin + performance.now() : 0; }

  /** Records a span from `start` (a now()) to now. */
  end(cat: string, name: string, start: number): void {
    if (this.enabled) this.spans.push({ name, cat, start, dur: this.now() - start, tid: this.tid });
  }

  /** Moves the recorded spans out (a worker sends them with its reply). */
  take(): TraceSpan[] { return this.spans.splice(0); }
}

/** Writes the spans as a trace-event file; `names` labels the threads' tracks. */
export function writeTrace(file: string, spans: readonly TraceSpan[], names: ReadonlyMap<number, string>): void {
  let t0 = Infinity;
  for (const s of spans) t0 = Math.min(t0, s.start);
  const events: object[] = [];
  for (const [tid, name] of names) events.push({ name: "thread_name", ph: "M", pid: 1, tid, args: { name } });
  for (const s of spans) {
    events.push({ name: s.name, cat: s.cat, ph: "X", pid: 1, tid: s.tid, ts: Math.round((s.start - t0) * 1000), dur: Math.max(1, Math.round(s.dur * 1000)) });
  }
  writeFileSync(file, JSON.stringify({ traceEvents: events, displayTimeUnit: "ms" }));
}
