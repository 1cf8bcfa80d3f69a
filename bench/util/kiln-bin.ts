// How the benchmarks start kiln: as a user's shell does, by running the bin
// (dist/kiln.cjs, or a copy of it) itself, so that its first lines give node
// the options they give it for users (scripts/build.mjs writes them). The
// bin finds `node` on PATH; the benchmarks put this process's node first
// there, so that kiln and its peers run under one node. Owns nothing about
// what is measured or reported.
import { readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { repoRoot } from "./inputs.js";
import { benchEnv, runCommand, runNode, type ProcessRun } from "./process-stats.js";

const KILN = join(repoRoot, "dist", "kiln.cjs");

/** The shell line that a POSIX build of the bin starts with; group 1 is node's options. */
const SHELL_START = /^#!\/bin\/sh\n":" \/\/; exec node ((?:\S+ )*)"\$0" "\$@"\n/;

/** The bin's shell line, or null for a bin that node starts directly (a Windows build). */
function shellStart(bin: string): RegExpExecArray | null { return SHELL_START.exec(readFileSync(bin, "latin1").slice(0, 200)); }

/** node's options as the bin passes them, in order; [] for a bin that node starts directly. */
export function binNodeOptions(bin = KILN): string[] {
  return shellStart(bin)?.[1]!.split(" ").filter((o) => o !== "") ?? [];
}

/** Runs `kiln <args>` from `bin` and measures it, spawn to exit, as runNode does. */
export function runKiln(args: readonly string[], timeoutMs = 30_000, env: NodeJS.ProcessEnv = benchEnv(), bin = KILN): Promise<ProcessRun> {
  if (shellStart(bin) === null) return runNode([bin, ...args], repoRoot, timeoutMs, env);
  return runCommand(bin, args, repoRoot, timeoutMs, { ...env, PATH: `${dirname(process.execPath)}${delimiter}${env["PATH"] ?? ""}` });
}
