// What the launcher (launch.ts) and its tests must agree on to use V8's code
// cache for the compiler bundle: the files' names, the exact source V8
// compiles and the V8 flags it runs under (a cache is only accepted for the
// same source and the same flags). Reads nothing.

export const COMPILER_FILE = "compiler.cjs";
export const CACHE_FILE = "compiler.cache";

/** The bundle inside the wrapper Node gives a CommonJS module, so it sees require, module and __dirname. */
export function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/**
 * The V8 flags kiln runs under, set by the launcher before anything is
 * compiled. V8 starts optimizing a function when its interrupt budget runs
 * out; the default (66 KiB of bytecode run) sends so many of kiln's
 * functions to the optimizing compiler during one build that compiling them
 * costs more than it saves, and on 2 cores it competes with the build.
 * Three times that budget, measured by bench/tiering.ts (whole builds,
 * medians, against V8's defaults): 1k lines 98 -> 83 ms, 10k 194 -> 171 ms,
 * 100k 498 -> 449 ms. Twice the budget gains less; eight times is best at 1k
 * but slower at 100k.
 */
export const V8_FLAGS = "--interrupt-budget=196608";

/** An environment variable that replaces V8_FLAGS, to measure others (bench/tiering.ts). */
export const V8_FLAGS_ENV = "KILN_V8_FLAGS";

/** The flags a run uses: V8_FLAGS unless the environment names others. */
export function v8FlagsOf(env: NodeJS.ProcessEnv): string { return env[V8_FLAGS_ENV] ?? V8_FLAGS; }
