// V8 tiering benchmark: whole `kiln build` runs on the level-0 corpus at 1k,
// 10k and 100k lines under several V8 flag sets, the one kiln ships
// (V8_FLAGS in src/driver/code-cache.ts) among them, to show what the choice
// is worth. Each flag set runs from its own copy of dist/ with a code cache
// made under those flags (V8 rejects a cache made under other flags, which
// would otherwise be measured too). Runs are interleaved, medians reported.
// Every row but two runs kiln as users do, through its bin, whose first line
// starts node with kiln's node options (scripts/build.mjs). The other two
// run `node [option] <copy of kiln.cjs>` with another size of V8's platform
// thread pool (optimizing compiles and GC helpers), which only node's
// command line can set: node's default of 4, and 2.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CACHE_FILE, COMPILER_FILE, V8_FLAGS, V8_FLAGS_ENV } from "../src/driver/code-cache.js";
import { corpusDir, repoRoot } from "./util/inputs.js";
import { binNodeOptions, runKiln } from "./util/kiln-bin.js";
import { benchEnv, firstLines, runNode, type ProcessRun } from "./util/process-stats.js";
import { fmt, median, printTable } from "./util/stats.js";

/**
 * The interrupt-budget rows run only where kiln's own flags use that flag
 * (V8 11, Node 20): later V8s have no such flag, and code-cache.ts is the
 * one place that knows which flags each V8 takes.
 */
const HAS_INTERRUPT_BUDGET = V8_FLAGS.includes("--interrupt-budget=");
/**
 * `label`: the row's name (default: the flags); `nodeArgs`: run
 * `node <nodeArgs> kiln.cjs` instead of the bin.
 */
const VARIANTS: readonly { label?: string; flags: string; nodeArgs?: readonly string[] }[] = [
  { label: "V8's defaults", flags: "" },
  ...(HAS_INTERRUPT_BUDGET ? [
    { flags: "--interrupt-budget=131072" },
    { flags: "--interrupt-budget=131072 --max-inlined-bytecode-size-cumulative=300" },
    { flags: "--interrupt-budget=196608 --max-inlined-bytecode-size-cumulative=300 --no-turbo-loop-peeling" },
    { flags: "--interrupt-budget=262144 --max-inlined-bytecode-size-cumulative=300 --no-turbo-loop-peeling" },
  ] : []),
  { label: `${V8_FLAGS} (kiln's, its bin: node ${binNodeOptions().join(" ") || "without options"})`, flags: V8_FLAGS },
  { label: "kiln's flags, node kiln.cjs (node's default pool, 4)", flags: V8_FLAGS, nodeArgs: [] },
  { label: "kiln's flags, node --v8-pool-size=2 kiln.cjs", flags: V8_FLAGS, nodeArgs: ["--v8-pool-size=2"] },
];

const SIZES = [
  { lines: 1_000, label: "1k", rounds: 11 },
  { lines: 10_000, label: "10k", rounds: 9 },
  { lines: 100_000, label: "100k", rounds: 5 },
] as const;

export async function benchTiering(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "kiln-bench-tiering-"));
  try {
    const envOf = (flags: string): NodeJS.ProcessEnv => benchEnv({ [V8_FLAGS_ENV]: flags });
    // One copy of the bundle per flag set, its code cache written by a warm-up build under those flags.
    const kilns = VARIANTS.map((v, i) => ({ ...v, dir: join(tmp, `v${i}`), kiln: join(tmp, `v${i}`, "kiln.cjs") }));
    const run = (k: (typeof kilns)[number], args: string[], env: NodeJS.ProcessEnv): Promise<ProcessRun> =>
      k.nodeArgs === undefined ? runKiln(args, 30_000, env, k.kiln) : runNode([...k.nodeArgs, k.kiln, ...args], repoRoot, 30_000, env);
    for (const k of kilns) {
      mkdirSync(k.dir);
      for (const f of ["kiln.cjs", COMPILER_FILE, "worker.js"]) copyFileSync(join(repoRoot, "dist", f), join(k.dir, f));
      const warm = await run(k, ["build", join(repoRoot, "scripts", "warm-up.ts"), "-o", join(tmp, "warm.wasm")], { ...envOf(k.flags), KILN_WRITE_CODE_CACHE: "1" });
      if (!warm.ok) throw new Error(`the warm-up build under '${k.flags}' failed (${warm.status}):\n${firstLines(warm.output)}`);
      if (!existsSync(join(k.dir, CACHE_FILE))) throw new Error(`the warm-up build under '${k.flags}' wrote no code cache`);
    }
    // medians[s][i]: size s, flag set i.
    const medians: number[][] = [];
    for (const size of SIZES) {
      const dir = corpusDir(size.lines, 0);
      const times = kilns.map(() => [] as number[]);
      for (let r = 0; r < size.rounds; r++) {
        for (let i = 0; i < kilns.length; i++) {
          const k = kilns[i]!;
          const build = await run(k, ["build", join(dir, "entry.ts"), "-o", join(tmp, "out.wasm")], envOf(k.flags));
          if (!build.ok) throw new Error(`kiln under '${k.flags}' failed on the ${size.label} corpus (${build.status}):\n${firstLines(build.output)}`);
          times[i]!.push(build.ms);
        }
      }
      medians.push(times.map(median));
    }
    const rows = kilns.map((k, i) => [k.label ?? k.flags, ...medians.flatMap((m) => [fmt(m[i]!, 1), `${fmt(m[i]! / m[0]!)}x`])]);
    printTable(`V8 flags (and node's thread pool) and whole-build wall time (kiln build, level-0 corpus; ms, median; ratio to V8's defaults)`,
      ["flags", ...SIZES.flatMap((s) => [`${s.label} ms`, `${s.label} ratio`])], rows);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
