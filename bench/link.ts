// Link benchmark: does the linker's per-function step (copy each body into
// the code section, patch its relocations) pay to run on worker threads on
// this machine? Links the real output of the 100k-line level-0 corpus:
// resolves it once (reachability and final indices, linker code), then times,
// warm, the step on the main thread alone against 2 workers that each patch
// half of the functions (split by bytes) into one shared code section. The
// parallel time counts what the main thread must add: turning the target
// maps into columns that can cross threads, sending them, and waiting for
// both replies. The workers hold their bodies before the timing starts, as
// the workers of a -j build hold the code they emitted. It also times the
// steps that stay on one thread, for scale.
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { diskHost, compileUnlinked, linkInputOf } from "../src/driver/compile.js";
import { link, patchRelocations, resolveLink, type Resolution } from "../src/link/link.js";
import type { LinkShare, TargetColumns } from "./link-worker.js";
import { corpusDir } from "./util/inputs.js";
import { fmt, median, printTable } from "./util/stats.js";

const ROUNDS = 25, WARMUP = 5;

export async function benchLink(): Promise<void> {
  const dir = corpusDir(100_000, 0);
  const { loaded, diags, out } = compileUnlinked(join(dir, "entry.ts"), diskHost, true);
  if (typeof loaded === "string" || diags.errorCount > 0) throw new Error(`the 100k corpus should compile: ${typeof loaded === "string" ? loaded : diags.list[0]!.message}`);
  const input = linkInputOf(loaded, out);
  const pool = loaded.pool;
  const r = resolveLink(input, pool);

  // Where each body goes: one after another (the size prefixes the real section adds are left out of both versions).
  const at = new Int32Array(r.fns.length + 1);
  for (let k = 0; k < r.fns.length; k++) at[k + 1] = at[k]! + r.fns[k]!.code.body.length;
  const total = at[r.fns.length]!;
  let relocs = 0;
  for (const f of r.fns) relocs += f.code.relocs.length / 3;

  const sequential = new Uint8Array(total);
  const patchAll = (): void => {
    for (let k = 0; k < r.fns.length; k++) {
      const f = r.fns[k]!;
      sequential.set(f.code.body, at[k]!);
      patchRelocations(sequential, at[k]!, f.code.relocs, r, f.name);
    }
  };
  const mainMs = timeSync(patchAll);

  // Two workers, each with the bodies of its half (by bytes) before timing starts.
  const shared = new SharedArrayBuffer(total);
  const half = firstIndexAtOrAbove(at, total / 2);
  const url = new URL("./link-worker.js", import.meta.url);
  const workers = [new Worker(url), new Worker(url)];
  try {
    await Promise.all(workers.map((w, i) => {
      const share = shareOf(r, at, i === 0 ? 0 : half, i === 0 ? half : r.fns.length, shared);
      return ask(w, { share }, [share.bodies.buffer as ArrayBuffer, share.relocs.buffer as ArrayBuffer]);
    }));
    const parallelMs = await timeAsync(async () => {
      const targets = columnsOf(r);
      await Promise.all(workers.map((w) => ask(w, { targets })));
    });
    const same = Buffer.compare(Buffer.from(sequential), Buffer.from(new Uint8Array(shared))) === 0;
    if (!same) throw new Error("the workers patched the code section differently from the main thread");

    const resolveMs = timeSync(() => resolveLink(input, pool));
    const linkMs = timeSync(() => link(input, pool));
    printTable(`Link steps on the 100k-line level-0 corpus (${r.fns.length} live functions, ${relocs} relocations, ${fmt(total / 1e6)} MB of code; ms, median of ${ROUNDS}, warm)`,
      ["step", "main thread ms", "2 workers ms", "workers / main"],
      [
        ["copy bodies and patch relocations", fmt(mainMs), fmt(parallelMs), `${fmt(parallelMs / mainMs)}x`],
        ["resolve: reachability, final indices, string layout (one thread)", fmt(resolveMs), "", ""],
        ["the whole link (one thread)", fmt(linkMs), "", ""],
      ]);
    console.log(`\nPatching in workers ${parallelMs < mainMs ? "pays" : "does not pay"} on this machine: ${fmt(parallelMs)} ms against ${fmt(mainMs)} ms on the main thread alone (same bytes).`);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function timeSync(fn: () => void): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) { const t0 = performance.now(); fn(); ms.push(performance.now() - t0); }
  return median(ms);
}

async function timeAsync(fn: () => Promise<void>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) { const t0 = performance.now(); await fn(); ms.push(performance.now() - t0); }
  return median(ms);
}

/** Posts a message and waits for the worker's answer. */
function ask(w: Worker, message: unknown, transfer: ArrayBuffer[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error): void => { w.off("message", onMessage); reject(e); };
    const onMessage = (): void => { w.off("error", onError); resolve(); };
    w.once("message", onMessage);
    w.once("error", onError);
    w.postMessage(message, transfer);
  });
}

function firstIndexAtOrAbove(at: Int32Array, bytes: number): number {
  let k = 0;
  while (k + 1 < at.length && at[k]! < bytes) k++;
  return k;
}

/** Functions from..to-1 as one worker's share: their bodies and relocations packed, and where each goes. */
function shareOf(r: Resolution, at: Int32Array, from: number, to: number, out: SharedArrayBuffer): LinkShare {
  const n = to - from;
  const bodyStart = new Int32Array(n + 1), relocStart = new Int32Array(n + 1), outAt = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const c = r.fns[from + k]!.code;
    bodyStart[k + 1] = bodyStart[k]! + c.body.length;
    relocStart[k + 1] = relocStart[k]! + c.relocs.length;
    outAt[k] = at[from + k]!;
  }
  const bodies = new Uint8Array(bodyStart[n]!), relocs = new Int32Array(relocStart[n]!);
  for (let k = 0; k < n; k++) {
    const c = r.fns[from + k]!.code;
    bodies.set(c.body, bodyStart[k]!);
    relocs.set(c.relocs, relocStart[k]!);
  }
  return { bodies, bodyStart, relocs, relocStart, outAt, out };
}

/** The resolution's target maps as columns, which cross threads as typed arrays. */
function columnsOf(r: Resolution): TargetColumns {
  const cols = (m: ReadonlyMap<number, number>): [Int32Array, Int32Array] => {
    const keys = new Int32Array(m.size), values = new Int32Array(m.size);
    let i = 0;
    for (const [k, v] of m) { keys[i] = k; values[i++] = v; }
    return [keys, values];
  };
  const [fnKeys, fnValues] = cols(r.fnIndex), [globalKeys, globalValues] = cols(r.globalIndex), [addressKeys, addressValues] = cols(r.address);
  return { fnKeys, fnValues, globalKeys, globalValues, addressKeys, addressValues };
}
