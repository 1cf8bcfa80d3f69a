// Runs one command as its own process and measures it whole, spawn to exit:
// wall time (taken here, to the microsecond), and peak resident memory and
// CPU time on all threads (GNU time's %M, %U and %S, when /usr/bin/time is
// there). Owns nothing about which commands are run or how the figures are
// reported.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface ProcessRun {
  /** Exit status 0 within the time limit. */
  ok: boolean;
  /** Wall milliseconds from spawn to exit. */
  ms: number;
  /** Peak resident set size in KiB, or undefined when it cannot be measured. */
  peakKiB: number | undefined;
  /** User plus system CPU seconds, on every thread, or undefined when they cannot be measured. */
  cpuS: number | undefined;
  /** A short human description of a failure ("exit 2", "timed out after 60 s"), else "". */
  status: string;
  /** The command's stdout and stderr (stderr first), without GNU time's own lines. */
  output: string;
}

const GNU_TIME = "/usr/bin/time";
// A marker keeps GNU time's line apart from whatever the command itself prints last.
const MARK = "@@kiln-bench-time";
const TIME_FORMAT = `${MARK} %e %M %U %S`;
const TIME_LINE = new RegExp(`^${MARK} ([\\d.]+) (\\d+) ([\\d.]+) ([\\d.]+)$`, "m");

/** True when /usr/bin/time is GNU time (understands -f and %M); probed once. */
export const haveGnuTime: boolean = (() => {
  if (!existsSync(GNU_TIME)) return false;
  const r = spawnSync(GNU_TIME, ["-f", TIME_FORMAT, process.execPath, "-e", ""], { encoding: "utf8" });
  return r.status === 0 && TIME_LINE.test(r.stderr);
})();

/**
 * Variables that change what every Node process does before its first line
 * of JavaScript, whichever tool it runs: NODE_EXTRA_CA_CERTS makes Node read
 * and parse a certificate bundle at startup (measured on the bench machine:
 * `node -e 0` 59 ms with the system's bundle of about 140 certificates, 24
 * ms without), NODE_OPTIONS can add flags. The measured processes run
 * without them, all tools alike, so that the figures are the compilers' own.
 */
export const STARTUP_VARIABLES = ["NODE_EXTRA_CA_CERTS", "NODE_OPTIONS"] as const;

/** This process's environment without STARTUP_VARIABLES, plus `extra` (which may set them on purpose). */
export function benchEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const v of STARTUP_VARIABLES) delete env[v];
  return { ...env, ...extra };
}

/** The STARTUP_VARIABLES set in this process's environment (that benchEnv leaves out). */
export function droppedStartupVariables(): string[] { return STARTUP_VARIABLES.filter((v) => process.env[v] !== undefined); }

/**
 * Runs `node <args>` (the same node as this process) in `cwd` and measures it.
 * A command that outlives `timeoutMs` is killed with its whole process group,
 * so a hung compiler cannot hang the benchmark or leave a process behind.
 */
export function runNode(args: readonly string[], cwd: string, timeoutMs = 30_000, env: NodeJS.ProcessEnv = benchEnv()): Promise<ProcessRun> {
  return runCommand(process.execPath, args, cwd, timeoutMs, env);
}

/** Like runNode, for any executable (a native tool such as tsgo). */
export function runCommand(exe: string, args: readonly string[], cwd: string, timeoutMs = 30_000, env: NodeJS.ProcessEnv = benchEnv()): Promise<ProcessRun> {
  const [file, argv] = haveGnuTime
    ? [GNU_TIME, ["-f", TIME_FORMAT, exe, ...args]]
    : [exe, [...args]];
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [], err: Buffer[] = [];
    let exitAt = 0, timedOut = false;
    const t0 = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) try { process.kill(-child.pid, "SIGKILL"); } catch { /* already gone */ }
    }, timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    // Wall time ends at exit; 'close' (all output read) may come a little later.
    child.on("exit", () => { exitAt = performance.now(); });
    child.on("error", (e) => { clearTimeout(timer); reject(e); });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString("utf8");
      const m = TIME_LINE.exec(stderr);
      const status = timedOut ? `timed out after ${timeoutMs / 1000} s`
        : code === 0 ? "" : signal ? `killed by ${signal}` : `exit ${code}`;
      resolve({
        ok: status === "",
        ms: (exitAt || performance.now()) - t0,
        peakKiB: m ? Number(m[2]) : undefined,
        cpuS: m ? Number(m[3]) + Number(m[4]) : undefined,
        status,
        output: (stripTimeLines(stderr) + Buffer.concat(out).toString("utf8")).trim(),
      });
    });
  });
}

/** Drops the lines GNU time adds to the command's stderr. */
function stripTimeLines(stderr: string): string {
  return stderr.split("\n")
    .filter((l) => !l.startsWith(MARK) && !/^Command (exited with non-zero status|terminated by signal) /.test(l))
    .join("\n");
}

/** The first `n` lines of a command's output, indented for printing under a note. */
export function firstLines(text: string, n = 5): string {
  if (text === "") return "    (no output)";
  const lines = text.split("\n");
  const head = lines.slice(0, n).map((l) => `    ${l}`);
  if (lines.length > n) head.push(`    … (${lines.length - n} more lines)`);
  return head.join("\n");
}
