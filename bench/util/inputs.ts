// Locates and prepares the inputs that benchmarks share: the generated corpus
// (made once with ../shared/bench/gen.mjs and cached under build/corpus),
// AssemblyScript's standard library, and a large JavaScript file nobody here
// wrote. It never measures anything itself.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const sharedBench = process.env["KILN_SHARED_BENCH"] ?? resolve(repoRoot, "../shared/bench");

export interface SourceFile { path: string; bytes: Uint8Array }

/** Generates (once) and returns the directory of a corpus of `lines` lines. */
export function corpusDir(lines: number, level = 2): string {
  const dir = join(repoRoot, "build", "corpus", `${lines}-L${level}`);
  if (!existsSync(join(dir, "entry.ts"))) {
    const gen = join(sharedBench, "gen.mjs");
    if (!existsSync(gen)) throw new Error(`corpus generator not found at ${gen} (set KILN_SHARED_BENCH)`);
    execFileSync(process.execPath, [gen, dir, String(lines), `--level=${level}`], { stdio: "ignore" });
  }
  return dir;
}

export function readTsFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push({ path: p, bytes: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

export const asStdDir = join(repoRoot, "node_modules", "assemblyscript", "std", "assembly");
export const largeJsFile = join(repoRoot, "node_modules", "typescript", "lib", "typescript.js");

export function corpusFiles(lines = 100_000, level = 2): SourceFile[] { return readTsFiles(corpusDir(lines, level)); }
export function asStdFiles(): SourceFile[] { return readTsFiles(asStdDir); }
export function largeJs(): SourceFile[] { return [{ path: largeJsFile, bytes: readFileSync(largeJsFile) }]; }

/**
 * The native executable of TypeScript 7 (tsgo, from the dev dependency
 * @typescript/native-preview), run directly rather than through its Node
 * wrapper, which on Node 20 would add a second process start to its time;
 * undefined when no build for this platform is installed.
 */
export function tsgoExecutable(): string | undefined {
  try {
    const require = createRequire(join(repoRoot, "package.json"));
    const pkg = require.resolve(`@typescript/native-preview-${process.platform}-${process.arch}/package.json`);
    const exe = join(dirname(pkg), "lib", process.platform === "win32" ? "tsgo.exe" : "tsgo");
    return existsSync(exe) ? exe : undefined;
  } catch {
    return undefined;
  }
}
