// Floor benchmark: where a cold `kiln build` of the level-0 corpus spends
// its time, stage by stage, against the same stages run warm. Cold: whole
// `kiln build --trace` processes (the stages' spans, and the rest of the
// process: node's start, loading kiln, writing the output). Warm: one
// process (bench/floor-child.ts, under kiln's node options and V8 flags)
// compiling the same program round after round, medians of the later
// rounds, when V8 has optimized what the build runs. Their sum with kiln's
// start is what a build would take if every function ran optimized from its
// first call; the gap to the cold build is V8 warming up, which a process
// that starts once per build pays every time. Prints figures only; asserts
// nothing.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { V8_FLAGS } from "../src/driver/code-cache.js";
import type { FloorRound } from "./floor-child.js";
import { corpusDir, repoRoot } from "./util/inputs.js";
import { binNodeOptions, runKiln } from "./util/kiln-bin.js";
import { firstLines, runNode } from "./util/process-stats.js";
import { fmt, median, printTable } from "./util/stats.js";

const CHILD = join(repoRoot, "build", "bench", "floor-child.js");
const TARGET_100K_MS = 250;

const SIZES = [
  { lines: 10_000, label: "10k", cold: 7, warmRounds: 30 },
  { lines: 100_000, label: "100k", cold: 7, warmRounds: 16 },
] as const;

const STAGES = ["load", "compile", "link"] as const;
type Stage = (typeof STAGES)[number];

export async function benchFloor(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "kiln-bench-floor-"));
  try {
    for (const size of SIZES) await measure(size, tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function measure(size: (typeof SIZES)[number], tmp: string): Promise<void> {
  const dir = corpusDir(size.lines, 0), entry = join(dir, "entry.ts");
  const fail = (what: string, run: { status: string; output: string }): never => {
    throw new Error(`floor: ${what} failed on the ${size.label} corpus (${run.status}):\n${firstLines(run.output)}`);
  };
  await runKiln(["build", entry, "-o", join(tmp, "w.wasm")]); // warms the disk cache
  // Cold: node alone, kiln's start alone, and traced builds, interleaved.
  const nodeMs: number[] = [], startMs: number[] = [], wallMs: number[] = [];
  const cold: Record<Stage, number[]> = { load: [], compile: [], link: [] };
  for (let r = 0; r < size.cold; r++) {
    const bare = await runNode(["-e", "0"], repoRoot);
    if (!bare.ok) fail("node -e 0", bare);
    nodeMs.push(bare.ms);
    const version = await runKiln(["--version"]);
    if (!version.ok) fail("kiln --version", version);
    startMs.push(version.ms);
    const trace = join(tmp, "trace.json");
    const build = await runKiln(["build", entry, "-o", join(tmp, "k.wasm"), "--trace", trace], 60_000);
    if (!build.ok) fail("kiln build", build);
    wallMs.push(build.ms);
    const spans = stageSpans(trace);
    for (const s of STAGES) cold[s].push(spans[s]);
  }
  // Warm: one process, round after round; the later half of the rounds,
  // under the node options and V8 flags that kiln runs under.
  const child = await runNode([...binNodeOptions(), ...V8_FLAGS.split(" ").filter((f) => f !== ""), CHILD, entry, String(size.warmRounds)], repoRoot, 120_000);
  if (!child.ok) fail("the warm child", child);
  const rounds = (JSON.parse(child.output.split("\n").pop()!) as FloorRound[]).slice(size.warmRounds >> 1);
  const warm = Object.fromEntries(STAGES.map((s) => [s, median(rounds.map((r) => r[s]))])) as Record<Stage, number>;
  const first = Object.fromEntries(STAGES.map((s) => [s, median(cold[s])])) as Record<Stage, number>;

  const start = median(startMs), wall = median(wallMs);
  const coldStages = STAGES.reduce((a, s) => a + first[s], 0), warmStages = STAGES.reduce((a, s) => a + warm[s], 0);
  const rows = [
    ["node -e 0 (node's own start)", fmt(median(nodeMs), 1), "", ""],
    ["kiln --version (node's start, loading kiln)", fmt(start, 1), "", ""],
    ...STAGES.map((s) => [s, fmt(first[s], 1), fmt(warm[s], 1), `${fmt(first[s] / warm[s])}x`]),
    ["the three stages", fmt(coldStages, 1), fmt(warmStages, 1), `${fmt(coldStages / warmStages)}x`],
    ["rest of the build process (start, writing the module and the trace, exit)", fmt(wall - coldStages, 1), "", ""],
    ["kiln build, whole process", fmt(wall, 1), "", ""],
  ];
  printTable(`Cold kiln build against the same stages warm, ${size.label} level-0 corpus (ms, medians: ${size.cold} processes cold; ` +
    `rounds ${(size.warmRounds >> 1) + 1}-${size.warmRounds} of one process warm, under kiln's node options and V8 flags)`, ["part", "cold ms", "warm ms", "cold / warm"], rows);
  const floor = start + warmStages;
  console.log(`\n${size.label}: with every function optimized from its first call, a build would take about ${fmt(floor, 0)} ms ` +
    `(kiln's start ${fmt(start, 0)} + the stages warm ${fmt(warmStages, 0)}); the cold build takes ${fmt(wall, 0)} ms, ` +
    `of which ${fmt(coldStages - warmStages, 0)} ms is the stages running before V8 has optimized them.`);
  if (size.lines === 100_000) {
    console.log(`Against the ${TARGET_100K_MS} ms target at 100k: the warm floor leaves ${fmt(TARGET_100K_MS - floor, 0)} ms for V8's warm-up, ` +
      `which costs ${fmt(coldStages - warmStages, 0)} ms now.`);
  }
}

/** Busy milliseconds per stage in a trace written by `kiln build --trace` (all threads). */
function stageSpans(file: string): Record<Stage, number> {
  const events = (JSON.parse(readFileSync(file, "utf8")) as { traceEvents: { ph: string; cat?: string; dur?: number }[] }).traceEvents;
  const out: Record<Stage, number> = { load: 0, compile: 0, link: 0 };
  for (const e of events) if (e.ph === "X" && (STAGES as readonly string[]).includes(e.cat!)) out[e.cat as Stage] += e.dur! / 1000;
  return out;
}
