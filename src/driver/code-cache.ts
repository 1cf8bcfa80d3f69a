// What the launcher (launch.ts) and its tests must agree on to use V8's code
// cache for the compiler bundle: the files' names and the exact source V8
// compiles (a cache is only accepted for the same source). Reads nothing.

export const COMPILER_FILE = "compiler.cjs";
export const CACHE_FILE = "compiler.cache";

/** The bundle inside the wrapper Node gives a CommonJS module, so it sees require, module and __dirname. */
export function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}
