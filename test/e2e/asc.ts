// Compiles a program with AssemblyScript's compiler (the reference kiln is
// compared against), in process and in memory: asc reads the sources with
// readFileSync and hands the binary to a writeFile callback, so nothing is
// written to disk. Defaults: no optimization (asc's default without -O) and
// the stub runtime, the one a level-0 program needs.
import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";

/** The part of asc's programmatic API (assemblyscript/dist/asc.js) used here. */
interface AscOutputStream {
  write(chunk: Uint8Array | string): void;
  toString(): string;
}
interface AscApi {
  main(argv: string[], options: {
    readFile(name: string, baseDir: string): string | null;
    writeFile(name: string, contents: Uint8Array | string, baseDir: string): void;
    listFiles(dirname: string, baseDir: string): string[] | null;
  }): Promise<{ error: Error | null; stdout: AscOutputStream; stderr: AscOutputStream }>;
}

// The specifier is a variable so that tsc does not load asc's declaration
// files: they declare i32, assert, Mathf … as globals for the whole project.
const ASC_MODULE = "assemblyscript/dist/asc.js";
let ascApi: Promise<AscApi> | undefined;
const loadAsc = (): Promise<AscApi> => (ascApi ??= import(ASC_MODULE) as Promise<AscApi>);

/** The flags every compile gets, before `extraFlags`. */
export const ASC_DEFAULT_FLAGS: readonly string[] = ["--runtime", "stub", "--noColors"];

/**
 * Compiles `entry` (a path; its folder is asc's base directory, so imports
 * resolve next to it and abort messages name files relative to it) and
 * returns the wasm binary. Throws an Error carrying asc's diagnostics when
 * the program does not compile.
 */
export async function ascCompile(entry: string, extraFlags: string[] = []): Promise<Uint8Array> {
  const asc = await loadAsc();
  const path = resolve(entry);
  const out: { wasm?: Uint8Array } = {};
  const result = await asc.main([basename(path), "--baseDir", dirname(path), "--outFile", "out.wasm", ...ASC_DEFAULT_FLAGS, ...extraFlags], {
    readFile(name, baseDir) {
      if (name === "asconfig.json") return null; // flags come from the caller only
      try { return readFileSync(resolve(baseDir, name), "utf8"); } catch { return null; }
    },
    writeFile(name, contents) {
      if (name.endsWith(".wasm") && typeof contents !== "string") out.wasm = contents.slice(); // a copy, in case asc reuses the buffer
    },
    listFiles: () => [],
  }).catch((e: unknown) => { throw new Error(`asc crashed on ${entry}: ${e instanceof Error ? e.stack : String(e)}`); });
  if (result.error) throw new Error(`asc failed on ${entry}:\n${result.stderr.toString() || result.error.message}`);
  if (out.wasm === undefined) throw new Error(`asc produced no binary for ${entry}:\n${result.stderr.toString()}`);
  return out.wasm;
}
