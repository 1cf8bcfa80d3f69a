// Intern pool benchmarks: interning every identifier of the 100k-line corpus
// straight from source bytes, beside text.slice() + Map<string, number> on the
// same tokens; then the same work split over 1 and 2 workers sharing one pool.
import { Worker } from "node:worker_threads";
import { InternPool } from "../src/base/intern-pool.js";
import { corpusFiles } from "./util/inputs.js";
import { identifierRanges, type IdentifierRanges } from "./util/identifiers.js";
import { answerVariant, fmt, median, medianOverProcesses, printTable, timeInProcess, timeMedian } from "./util/stats.js";

const ROUNDS = 21;

type Variant = "map" | "fresh" | "warm";

/** Times one variant in this process; each variant runs in its own process so their JIT states cannot interfere. */
function timeVariant(variant: Variant, r: IdentifierRanges): number {
  const n = r.starts.length;
  const { bytes, starts, ends } = r;
  let sink = 0;
  let ms: number;
  if (variant === "map") {
    const text = new TextDecoder().decode(bytes);
    if (text.length !== bytes.length) throw new Error("the corpus is expected to be ASCII");
    ms = timeMedian(ROUNDS, 5, () => {
      const map = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const s = text.slice(starts[i]!, ends[i]!);
        let id = map.get(s);
        if (id === undefined) { id = map.size; map.set(s, id); }
        sink ^= id;
      }
    });
  } else if (variant === "fresh") {
    ms = timeMedian(ROUNDS, 5, (pool: InternPool) => {
      for (let i = 0; i < n; i++) sink ^= pool.internBytes(bytes, starts[i]!, ends[i]!);
    }, () => InternPool.create());
  } else {
    const pool = InternPool.create();
    ms = timeMedian(ROUNDS, 5, () => {
      for (let i = 0; i < n; i++) sink ^= pool.internBytes(bytes, starts[i]!, ends[i]!);
    });
  }
  return sink === 0.5 ? -1 : ms;
}

function singleThread(r: IdentifierRanges): void {
  const n = r.starts.length;
  const run = (v: Variant): number => timeInProcess(import.meta.url, v);
  const { map: mapMs, fresh: poolMs, warm: warmMs } = medianOverProcesses({ map: () => run("map"), fresh: () => run("fresh"), warm: () => run("warm") }, 5);
  const createMs = timeMedian(ROUNDS, 3, () => { InternPool.create(); });
  const mtps = (ms: number): string => fmt(n / ms / 1000, 1);
  printTable(`Interning ${n} identifier occurrences of the 100k-line corpus, one thread (each row: median over 5 processes of the median of ${ROUNDS} rounds; fresh Map or pool each round)`,
    ["method", "ms", "M identifiers/s", "ns/identifier", "speed vs Map"],
    [
      ["text.slice() + Map<string, number>", fmt(mapMs), mtps(mapMs), fmt(mapMs * 1e6 / n, 1), "1.00x"],
      ["InternPool.internBytes (fresh pool)", fmt(poolMs), mtps(poolMs), fmt(poolMs * 1e6 / n, 1), `${fmt(mapMs / poolMs)}x`],
      ["InternPool.internBytes (all present)", fmt(warmMs), mtps(warmMs), fmt(warmMs * 1e6 / n, 1), `${fmt(mapMs / warmMs)}x`],
    ]);
  console.log(`\n(InternPool.create, once per process, not in the rows above: ${fmt(createMs)} ms median.)`);
}

async function workers(r: IdentifierRanges): Promise<void> {
  const url = new URL("./intern-worker.js", import.meta.url);
  const pool2 = [new Worker(url), new Worker(url)];
  const files = r.fileStarts.length - 1;
  // Split by whole files, alternating, as a parallel front end would.
  const share = (w: number, of: number): { starts: Int32Array; ends: Int32Array } => {
    const s: number[] = [], e: number[] = [];
    for (let f = w; f < files; f += of) for (let i = r.fileStarts[f]!; i < r.fileStarts[f + 1]!; i++) { s.push(r.starts[i]!); e.push(r.ends[i]!); }
    return { starts: Int32Array.from(s), ends: Int32Array.from(e) };
  };
  const round = async (count: number): Promise<number> => {
    const pool = InternPool.create();
    const barrier = new Int32Array(new SharedArrayBuffer(4));
    const results = pool2.slice(0, count).map((w, k) => new Promise<{ ms: number }>((res, rej) => {
      const fail = (e: Error): void => rej(e);
      w.once("error", fail);
      w.once("message", (m: { ms: number }) => { w.off("error", fail); res(m); });
      w.postMessage({ pool: pool.handle, barrier, parties: count, bytes: r.bytes, ...share(k, count) });
    }));
    const ms = (await Promise.all(results)).map((x) => x.ms);
    return Math.max(...ms);
  };
  const times: Record<number, number[]> = { 1: [], 2: [] };
  for (let i = 0; i < 10; i++) { await round(1); await round(2); }
  for (let i = 0; i < ROUNDS; i++) { times[1]!.push(await round(1)); times[2]!.push(await round(2)); }
  await Promise.all(pool2.map((w) => w.terminate()));
  const n = r.starts.length;
  const one = median(times[1]!), two = median(times[2]!);
  printTable(`The same identifiers, split by file over workers sharing one fresh pool (median of ${ROUNDS}; time of the slowest worker after a start barrier)`,
    ["workers", "ms", "M identifiers/s", "throughput vs 1 worker"],
    [["1", fmt(one), fmt(n / one / 1000, 1), "1.00x"], ["2", fmt(two), fmt(n / two / 1000, 1), `${fmt(one / two)}x`]]);
}

export async function benchIntern(): Promise<void> {
  const r = identifierRanges(corpusFiles());
  singleThread(r);
  await workers(r);
}

answerVariant((v) => timeVariant(v as Variant, identifierRanges(corpusFiles())));
