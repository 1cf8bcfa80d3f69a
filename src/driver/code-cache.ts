// What the launcher (launch.ts) and its tests must agree on to use V8's code
// cache for the compiler bundle: the files' names, the exact source V8
// compiles and the V8 flags it runs under (a cache is only accepted for the
// same source and the same flags), which depend on V8's version. Reads no
// files.

export const COMPILER_FILE = "compiler.cjs";
export const CACHE_FILE = "compiler.cache";

/** The bundle inside the wrapper Node gives a CommonJS module, so it sees require, module and __dirname. */
export function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/**
 * The V8 flags kiln runs under on Node 20 (V8 11), set by the launcher before
 * anything is compiled. A build is one short process, mostly spent in code V8
 * has not optimized yet, so all three flags make optimizing cheaper rather
 * than better:
 * - The interrupt budget: V8 starts optimizing a function when it runs out;
 *   the default (66 KiB of bytecode run) sends so many of kiln's functions to
 *   the optimizing compiler during one build that compiling them costs more
 *   than it saves, and on 2 cores it competes with the build. Under node's
 *   4 helper threads three times the default was best (against V8's
 *   defaults: 1k lines 98 -> 83 ms, 10k 194 -> 171, 100k 498 -> 449). Under
 *   the bin's --v8-pool-size=0, one helper thread on 2 cores, twice the
 *   default is best: against three times, alternating builds with matching
 *   code caches, 100k 323.8 -> 313.3 ms and 324.7 -> 317.2, 10k 118.1 ->
 *   114.8 and 120.7 -> 113.4, 1k 51.8 -> 52.1 and 54.1 -> 52.1 (15-21
 *   rounds).
 *   The default is as fast at 100k (318.4) but slower at 1k (61 ms), and
 *   four times is slower at 100k (341.7).
 * - Inlining at most 300 bytes of bytecode into one optimized function
 *   (V8's default is 920): smaller optimized functions, made sooner. On top
 *   of the budget, 21 to 5 alternating builds: 1k 85.1 -> 85.1 ms, 10k
 *   159.8 -> 152.3, 100k 407.9 -> 370.7, 300k 789 -> 749, 1M 2033 -> 2023.
 *   Warm code is slower (lex + parse of the 100k corpus in a loop: 43.0 ->
 *   45.2 ms, 7 alternating processes), a cost a long-lived process would
 *   weigh differently.
 * - No loop peeling: TurboFan copies each loop's first iteration, so a
 *   function that is one big loop, as the lexer is, becomes a larger graph
 *   to compile. Lexing a cold 100k corpus, the first 90 files run at a
 *   fifth of the optimized speed while that compile job runs; in a 100k
 *   build it took 24-27 ms with peeling, 20-22 ms without (--trace-opt,
 *   three builds each). On top of the two above, 12-16 alternating builds,
 *   five runs at 100k: 412 -> 395, 422 -> 403, 451 -> 439, 448 -> 429,
 *   450 -> 428 ms; 10k 165 -> 158 ms; 1k 75 -> 77 ms (noise). bench
 *   tiering, two runs: 1k 65.0 -> 64.2 and 68.1 -> 65.2 ms, 10k 164.3 ->
 *   155.1 and 165.4 -> 156.6, 100k 475.8 -> 477.0 and 436.6 -> 429.5. Warm
 *   lex + parse of the 100k corpus did not slow down (8 alternating
 *   processes).
 * bench/tiering.ts measures these against V8's defaults and neighbours.
 * Tried on top of the first two, 9 alternating 100k builds: --always-
 * sparkplug (403 ms) and --maglev (403) against 404 ms, no change; --no-lazy-
 * feedback-allocation 441 ms, slower. And 12 alternating builds: --no-turbo-
 * load-elimination 403 -> 410 ms, slower; --no-use-osr 438 -> 439, no change.
 * Under the bin's pool, on top of all three, 11 alternating 100k builds
 * against 317-320 ms: --no-turbo-escape 314.5 and with --no-turbo-store-
 * elimination 314 (noise); --max-inlined-bytecode-size=100 321.9 and
 * --max-inlined-bytecode-size-small=0 322.6 (noise); --no-turbo-inlining
 * 345.4 and --no-turbo-splitting --no-turbo-cf-optimization --no-turbo-move-
 * optimization --no-turbo-jt --no-analyze-environment-liveness 336.3
 * (slower). Asking V8 (--allow-natives-syntax) to optimize the ~180
 * functions it optimizes anyway, after the first 1, 3 or 20 files and
 * modules, was slower too: 335-339 against 318 ms. The optimizing compiler
 * is what a cold build waits for (its one thread compiles for about 200 ms
 * of a 315 ms build), not when it is asked. Later, against 297-316 ms
 * (13-21 alternating builds each, wall time then CPU): the tick rules,
 * --ticks-before-optimization=2 (316 against 315.5) or 5 (325.3 against
 * 315.1) and --bytecode-size-allowance-per-tick=60, 100, 300, 600 or 1200
 * (V8's is 150; 332.6, 320.1, 325.3, 324.6, 324.4: slower);
 * --max-bytecode-size-for-early-opt=0 or 40 (33 fewer optimizing compiles,
 * 312.5 and 309.2 against 310.4); --no-use-osr (292.9 against 288.4) and
 * --no-concurrent-osr (319.1 against 315.3); --max-inlined-bytecode-size-
 * cumulative=150, 200 or 450 (316.9, 316.3, 323.1 against 315.9);
 * --min-inlining-frequency=0.5 or 1 and --no-polymorphic-inlining (299.1,
 * 303.6, 294.1 against 297.2); --no-sparkplug (358.7, slower) and
 * --no-baseline-batch-compilation (299.5 against 297.3); --no-concurrent-
 * marking, --no-concurrent-sweeping, --no-parallel-scavenge (298.8, 301.4,
 * 298.7 against 298.5); --maglev (Node 20's V8 does not use it: no function
 * was compiled by it); and a smaller or larger interrupt budget for loading
 * or for checking alone, set between the two (no better than one budget).
 * Later still (21-25 alternating builds): --no-use-osr again, now that the
 * lexer is the one function on-stack replaced (an OSR compile of 9.5 ms,
 * after its regular one: 278.0 against 278.6 ms, no change); on node's
 * command line, --initial-old-space-size=32 or 64, which moves or removes
 * the one full collection of a 100k build (296.8 and 289.2 against 289.0);
 * --concurrent-sparkplug crashes Node 20 (a segmentation fault in a
 * build). Later again (15-21 alternating 100k builds, wall medians against
 * this one set): --no-reset-ticks-on-ic-update, with or without
 * --no-reset-interrupt-on-ic-update (290.1 against 289.9 ms), and with a
 * budget of 98304 or 163840 (300.3, 294.2); --always-sparkplug (312.3
 * against 309.2) and --baseline-batch-compilation-threshold=1024 (309.4);
 * --concurrent-recompilation-queue-length=64 or 2 (289.0, 287.9 against
 * 290.4; the queue was full 46 times in a build, to no cost); feedback
 * vectors sooner or later (--interrupt-budget-for-feedback-allocation=200
 * with factor 2: 311.5, 4000 with 16: 314.7, against 315.1); on node's
 * command line, --min-semi-space-size=4, 8 or 16 (324.2, 332.2, 331.5
 * against 322.5: 16 MiB leaves 2 scavenges instead of 11, but they copy as
 * much). --maglev, with --stress-maglev, --max-opt=2 or --no-turbofan,
 * still compiles nothing with Maglev on this V8. Later (11-15 alternating
 * 100k builds): --turboshaft (302.7 against 301.3 ms); a different inlining
 * limit set for checking and emitting alone, once loading is done
 * (cumulative 100 or 600: 291.6 and 296.4 against 293.5; no inlining 306.1);
 * on node's command line, --max-semi-space-size=1, 2 or 4 (327.7, 325.8,
 * 321.4 against 302.7: more scavenges, and hardly fewer page faults, 11.5k
 * to 12.8k against 12.7k). Later (15 alternating 100k builds, with
 * --allow-natives-syntax): keeping V8 from optimizing the 19 functions whose
 * optimized code arrives near the end of a build and then runs least
 * (computeSignature, checkFunctionBody, compileDecl, FunctionFacts, the
 * emitters' forLoop and finish, ...) was slower, 290.7 against 282.6 ms; so
 * was asking for the lexer to be optimized after the 1st, 5th or 20th file
 * (300.3, 300.7, 296.1 against 291.3 ms; its regular compile was followed
 * by an on-stack one as before). Later (15 alternating 100k builds, on
 * node's command line, against 292.5 ms): the young generation collected
 * by marking instead of copying, --minor-mc (318.7); no pretenuring of
 * long-lived allocation sites, --no-allocation-site-pretenuring (310.9);
 * --single-threaded-gc (295.0). And TurboFan's own passes, each with a
 * code cache made under its flags (21 alternating 100k builds against
 * 261.5 ms; --turbo-stats puts about a third of its time in building
 * blocks, a quarter in lowering, a fifth in making the graph, mostly
 * inlining, and a sixth in allocating registers): the faster register
 * allocator for every function, --turbo-force-mid-tier-regalloc (260.7);
 * no inlined array builtins (261.3); no far-jump rewriting (263.1); no
 * loop variable analysis or loop rotation (260.7); no allocation folding
 * (265.1). Two runs of one unchanged build differ by up to 3 ms at 41
 * rounds. With no optimizing tier at all (--max-opt=1, Sparkplug only) a
 * 100k build takes 1251 ms. None is kept.
 */
const V8_11_FLAGS = "--interrupt-budget=131072 --max-inlined-bytecode-size-cumulative=300 --no-turbo-loop-peeling";

/**
 * V8 12 (Node 22) has no --interrupt-budget (tiering counts invocations
 * there), so it gets the other two flags. Node 22.23 against V8's defaults,
 * alternating processes (11 rounds), medians: 100k 316.8 -> 287.5 ms, 10k
 * 118.3 -> 110.4, 1k 70.7 -> 61.7. Its V8 leaves Maglev off, and --maglev
 * changes nothing (100k 284.5 against 283.6, 10k 104.6 against 105.2).
 */
const V8_12_FLAGS = "--max-inlined-bytecode-size-cumulative=300 --no-turbo-loop-peeling";

/**
 * V8 13 (Node 24) has Maglev, an optimizing compiler that compiles far
 * faster than TurboFan from the same feedback, and for a build, one short
 * process, its code alone is best: no TurboFan at all. Node 24.21,
 * alternating processes, medians, against the two flags above (and V8's
 * defaults): 100k 280.5 -> 270.4 (292.9) ms, 21 rounds, and again 272.3 ->
 * 263.4; 10k 104.0 -> 93.0 (103.3), 15 rounds; 1k 59.0 -> 59.3 (59.1). A
 * 1M-line build, where TurboFan's better code pays for its compiles, is
 * slower: 1947 -> 2020 ms (5 rounds). Without Maglev (--no-maglev) a 100k
 * build took 321.1 against 262.5 ms. Compiled wasm runs as fast
 * (--turbofan is JavaScript's tier only): collatz's main(), the longest of
 * the examples, 16.8-17.2 ms a call either way (medians of 15 calls, two
 * processes each). Tried with it, at 100k (11
 * rounds, noise): Maglev after 200 or 800 calls instead of 400, at most 300
 * bytes inlined by Maglev, one Maglev thread; and with TurboFan kept, calls
 * to reach it 1500 (slower, 286.5 against 262.5) or 6000 (262.6).
 */
const V8_13_FLAGS = "--no-turbofan";

/**
 * The flags for each V8 major version they were measured on. Any other
 * version runs under V8's defaults: setFlagsFromString prints an error at
 * every start for a flag its V8 does not know, and drops the flags after it.
 */
const V8_FLAGS_BY_MAJOR: ReadonlyMap<number, string> = new Map([[11, V8_11_FLAGS], [12, V8_12_FLAGS], [13, V8_13_FLAGS]]);

/** kiln's flags for the V8 whose version is `v8Version` (as in process.versions.v8). */
export function v8FlagsFor(v8Version: string): string {
  return V8_FLAGS_BY_MAJOR.get(Number.parseInt(v8Version, 10)) ?? "";
}

/** kiln's flags for the V8 this process runs on. */
export const V8_FLAGS = v8FlagsFor(process.versions.v8);

/** An environment variable that replaces V8_FLAGS, to measure others (bench/tiering.ts). */
export const V8_FLAGS_ENV = "KILN_V8_FLAGS";

/** The flags a run uses: V8_FLAGS unless the environment names others. */
export function v8FlagsOf(env: NodeJS.ProcessEnv): string { return env[V8_FLAGS_ENV] ?? V8_FLAGS; }
