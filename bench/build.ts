// `kiln build` benchmark: whole-process wall time and peak memory of
// `kiln build` on the level-0 corpus at 1k, 10k and 100k lines beside
// `asc` (no -O) and `tsc --noEmit`, checked against the targets; then the
// runtime of the compiled examples/ beside the same programs built by
// `asc -O3`. Every command runs as its own process, spawn to exit.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusDir, readTsFiles, repoRoot } from "./util/inputs.js";
import { binNodeOptions, runKiln } from "./util/kiln-bin.js";
import { firstLines, haveGnuTime, runNode, type ProcessRun } from "./util/process-stats.js";
import { fmt, median, printTable } from "./util/stats.js";
import { loadMain, timeInterleaved } from "./util/wasm-main.js";

const ASC = join(repoRoot, "node_modules", "assemblyscript", "bin", "asc.js");
const TSC = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
const EXAMPLES = join(repoRoot, "examples");

// Fewer rounds at 100k, where one round of the three tools takes about 5 s.
const SIZES = [
  { lines: 1_000, label: "1k", rounds: 7 },
  { lines: 10_000, label: "10k", rounds: 7 },
  { lines: 100_000, label: "100k", rounds: 5 },
] as const;

const TARGET_100K_S = 0.25, TARGET_1K_S = 0.1, TARGET_PEAK_MIB = 150;

/** A tool and how to run it on one corpus: kiln as its bin, the others as `node <their bin>`. */
interface Tool { name: "kiln" | "asc" | "tsc"; run: (dir: string, tmp: string) => Promise<ProcessRun> }

const TOOLS: readonly Tool[] = [
  { name: "kiln", run: (dir, tmp) => runKiln(["build", join(dir, "entry.ts"), "-o", join(tmp, "k.wasm")]) },
  // No -O: asc's default is no optimization passes, the fair match for a fast build.
  { name: "asc", run: (dir, tmp) => runNode([ASC, join(dir, "entry.ts"), "-o", join(tmp, "a.wasm")], repoRoot) },
  { name: "tsc", run: (dir) => runNode([TSC, "--noEmit", "-p", dir], repoRoot) },
];

/** What one tool did on one corpus size: its successful runs, or its first failure. */
interface ToolRuns { ms: number[]; peakKiB: number[]; failure: ProcessRun | undefined }

interface SizeResult {
  label: string; lines: number; files: number; tools: Map<Tool["name"], ToolRuns>;
  /** Whether kiln's build returns asc's main() value: "yes", "WRONG" or "—" (not checked). */
  sameMain: string;
}

export async function benchBuild(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "kiln-bench-build-"));
  const notes: string[] = [];
  try {
    // Untimed: generates any missing corpora and warms the disk cache and the tools' files.
    const dirs = SIZES.map((s) => corpusDir(s.lines, 0));
    for (const tool of TOOLS) await tool.run(dirs[0]!, tmp);
    const results: SizeResult[] = [];
    for (let i = 0; i < SIZES.length; i++) results.push(await measureSize(SIZES[i]!, dirs[i]!, tmp, notes));
    printBuildTable(results);
    printTargets(results);
    await benchExamples(tmp, notes);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (notes.length) console.log(`\nNotes:\n\n${notes.join("\n")}`);
}

/** Runs the tools in turn, `rounds` times (kiln, asc, tsc, kiln, …), on one corpus. */
async function measureSize(size: (typeof SIZES)[number], dir: string, tmp: string, notes: string[]): Promise<SizeResult> {
  const files = readTsFiles(dir);
  let lines = 0;
  for (const f of files) for (const b of f.bytes) if (b === 10) lines++;
  const tools = new Map<Tool["name"], ToolRuns>(TOOLS.map((t) => [t.name, { ms: [], peakKiB: [], failure: undefined }]));
  for (let r = 0; r < size.rounds; r++) {
    for (const tool of TOOLS) {
      const runs = tools.get(tool.name)!;
      // After a failure the tool is not run again at this size: a hang would cost 30 s a round.
      if (runs.failure) continue;
      const run = await tool.run(dir, tmp);
      if (!run.ok) {
        runs.failure = run;
        notes.push(`- ${tool.name} failed on the ${size.label}-line corpus (${run.status}):\n${firstLines(run.output)}`);
        continue;
      }
      runs.ms.push(run.ms);
      if (run.peakKiB !== undefined) runs.peakKiB.push(run.peakKiB);
    }
  }
  const sameMain = checkMain(size.label, tools, tmp, notes);
  return { label: size.label, lines, files: files.length, tools, sameMain };
}

/** The corpus's main() has one right value; kiln's build must return what asc's returns. */
function checkMain(label: string, tools: Map<Tool["name"], ToolRuns>, tmp: string, notes: string[]): string {
  if (tools.get("kiln")!.failure || tools.get("asc")!.failure) return "—";
  try {
    const want = loadMain(join(tmp, "a.wasm"))();
    const got = loadMain(join(tmp, "k.wasm"))();
    if (Object.is(got, want)) return "yes";
    notes.push(`- WRONG: kiln's main() on the ${label}-line corpus returns ${String(got)}, asc's ${String(want)}`);
  } catch (e) {
    notes.push(`- WRONG: kiln's build of the ${label}-line corpus cannot run: ${e instanceof Error ? e.message : String(e)}`);
  }
  return "WRONG";
}

const seconds = (runs: ToolRuns): string => (runs.failure ? "failed" : fmt(median(runs.ms) / 1000, 3));
const mib = (runs: ToolRuns): string =>
  runs.failure ? "failed" : runs.peakKiB.length ? fmt(median(runs.peakKiB) / 1024, 0) : "n/a";
const ratio = (num: ToolRuns, den: ToolRuns): string =>
  num.failure || den.failure ? "—" : `${fmt(median(num.ms) / median(den.ms), 1)}x`;

function printBuildTable(results: readonly SizeResult[]): void {
  const rows = results.map((r) => {
    const [k, a, t] = [r.tools.get("kiln")!, r.tools.get("asc")!, r.tools.get("tsc")!];
    return [`${r.label} (${r.lines} lines, ${r.files} files)`, seconds(k), mib(k), seconds(a), mib(a), seconds(t), mib(t), ratio(a, k), ratio(t, k), r.sameMain];
  });
  const rounds = SIZES.map((s) => `${s.rounds} at ${s.label}`).join(", ");
  printTable(`Whole-process build on the level-0 corpus (wall s and peak MiB, median of ${rounds}, tools interleaved)`,
    ["corpus", "kiln s", "kiln MiB", "asc s", "asc MiB", "tsc --noEmit s", "tsc MiB", "asc/kiln", "tsc/kiln", "main() = asc"], rows);
  if (!haveGnuTime) console.log("\nPeak memory n/a: no GNU time at /usr/bin/time.");
  console.log(`\nkiln runs as its bin runs it for a user: node ${[...binNodeOptions(), "dist/kiln.cjs"].join(" ")}; asc and tsc as node <their bin>.`);
}

/** One line: PASS or MISS for each of the three targets. */
function printTargets(results: readonly SizeResult[]): void {
  const at = (label: string): { k: ToolRuns; a: ToolRuns; wrong: string } => {
    const r = results.find((x) => x.label === label)!;
    return { k: r.tools.get("kiln")!, a: r.tools.get("asc")!, wrong: r.sameMain === "WRONG" ? ", but main() is WRONG" : "" };
  };
  // A fast build of a wrong program meets no target.
  const verdict = (label: string, met: boolean): string => (met && at(label).wrong === "" ? "PASS" : "MISS");
  const wall = (label: string, limit: number): string => {
    const { k, a, wrong } = at(label);
    const asc = a.failure ? "asc failed" : `asc ${fmt(median(a.ms) / 1000, 2)} s`;
    if (k.failure) return `${label} lines < ${limit} s: MISS (kiln failed; ${asc})`;
    const s = median(k.ms) / 1000;
    return `${label} lines < ${limit} s: ${verdict(label, s < limit)} (${fmt(s, 3)} s${wrong}; ${asc})`;
  };
  const { k, wrong } = at("100k");
  const peak = k.failure ? "MISS (kiln failed)"
    : k.peakKiB.length === 0 ? "n/a (no peak memory measured)"
    : `${verdict("100k", median(k.peakKiB) / 1024 < TARGET_PEAK_MIB)} (${fmt(median(k.peakKiB) / 1024, 0)} MiB${wrong})`;
  console.log(`\nTargets: ${wall("100k", TARGET_100K_S)} · ${wall("1k", TARGET_1K_S)} · peak < ${TARGET_PEAK_MIB} MiB at 100k: ${peak}`);
}

// ---------------------------------------------------------------- examples

const EXPORTS_MAIN = /^export\s+function\s+main\s*\(/m;

/** Runtime of each example with a main(), kiln's build beside `asc -O3 --runtime stub`. */
async function benchExamples(tmp: string, notes: string[]): Promise<void> {
  const names = readdirSync(EXAMPLES).filter((n) => n.endsWith(".ts") && !n.endsWith(".d.ts")).sort();
  const rows: string[][] = [];
  for (const name of names) {
    const src = join(EXAMPLES, name);
    if (!EXPORTS_MAIN.test(readFileSync(src, "utf8"))) continue;
    const base = name.slice(0, -3);
    const kOut = join(tmp, `${base}.kiln.wasm`), aOut = join(tmp, `${base}.asc.wasm`);
    const [k, a] = [await runKiln(["build", src, "-o", kOut]), await runNode([ASC, src, "-O3", "--runtime", "stub", "-o", aOut], repoRoot)];
    if (!a.ok) { notes.push(`- examples/${name}: asc -O3 failed (${a.status}), skipped:\n${firstLines(a.output)}`); continue; }
    if (!k.ok) notes.push(`- examples/${name}: kiln cannot build it yet (${k.status}), asc timed alone:\n${firstLines(k.output)}`);
    const row = timeExample(name, k.ok ? kOut : undefined, aOut, notes);
    if (row) rows.push(row);
  }
  printTable("Runtime of examples/ main() (ms a call, median of 9 batches of ~50 ms, interleaved)",
    ["example", "result", "kiln ms", "asc -O3 ms", "kiln/asc"], rows);
}

/** Times one example's main() in both builds; a row, or undefined (with a note) when it cannot run. */
function timeExample(name: string, kilnWasm: string | undefined, ascWasm: string, notes: string[]): string[] | undefined {
  try {
    const asc = loadMain(ascWasm);
    const want = asc();
    if (kilnWasm === undefined) {
      const [aMs] = timeInterleaved([asc], 9, 50);
      return [name, String(want), "not built", fmt(aMs!, 4), "—"];
    }
    const kiln = loadMain(kilnWasm);
    const got = kiln();
    const result = Object.is(got, want) ? String(want) : `WRONG: kiln ${String(got)}, asc ${String(want)}`;
    const [kMs, aMs] = timeInterleaved([kiln, asc], 9, 50);
    return [name, result, fmt(kMs!, 4), fmt(aMs!, 4), fmt(kMs! / aMs!, 2)];
  } catch (e) {
    notes.push(`- examples/${name}: could not run (${e instanceof Error ? e.message : String(e)}), skipped`);
    return undefined;
  }
}
