#!/usr/bin/env node
// Records test/e2e/cases.ts: compiles every program in test/e2e/programs with
// asc (the reference), calls its exports with the inputs listed below, and
// writes what came back as plain data. Run by hand after changing a program
// or an input, then read the diff (asc is the ground truth, but a surprising
// value deserves a note below, which becomes a comment in cases.ts):
//
//   node scripts/build.mjs --tests && node test/e2e/record-cases.mjs
//
// (then build again before running the tests: they read build/'s cases.js).
//
// It loads the compiled helpers from build/. Calls of one program run in
// order on one instance (globals carry over). Besides recording, it checks
// that every exported function is called, and runs labels.ts as JavaScript
// (its values stay small) to confirm its asc twin agrees with it. With
// --check-opt it also compiles every program with -O3 and with -Oz and
// reports calls whose results change: the corpus should hold only behaviour
// that does not depend on asc's optimization level (about 10 s instead of 3).
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transform } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const programs = join(root, "test", "e2e", "programs");
const built = (p) => import(pathToFileURL(join(root, "build", "test", "e2e", p)).href);
const { ascCompile } = await built("asc.js");
const { instantiate } = await built("host.js");
const { callExport, show } = await built("run-calls.js");

const I32_MIN = -2147483648, I32_MAX = 2147483647, U32_MAX = 4294967295;
const I64_MIN = -(2n ** 63n), I64_MAX = 2n ** 63n - 1n, U64_MAX = 2n ** 64n - 1n;

/** Calls of fn, one per argument list. */
const each = (fn, ...argLists) => argLists.map((args) => ({ fn, args }));
/** Calls of fn with one argument each; [value, "note"] adds a note. */
const one = (fn, ...values) => values.map((v) => (Array.isArray(v) ? { fn, args: [v[0]], note: v[1] } : { fn, args: [v] }));
/** Every pair of as × bs. */
const cross = (fn, as, bs) => as.flatMap((a) => bs.map((b) => ({ fn, args: [a, b] })));
/** A call with a note. */
const note = (text, fn, ...args) => ({ fn, args, note: text });

const I32_EDGES = [0, 1, -1, I32_MAX, I32_MIN];

/** program → { ascProgram?, calls, jsOracle? } */
const INPUTS = {
  "int32.ts": { calls: [
    ...cross("add", I32_EDGES, I32_EDGES),
    ...cross("sub", I32_EDGES, I32_EDGES),
    ...each("mul", [I32_MAX, 2], [I32_MIN, -1], [65536, 65536], [46341, 46341], [-1, I32_MIN], [123456789, 987654321], [0, I32_MIN], [3, -7], [I32_MAX, I32_MAX]),
    ...one("neg", 0, 1, -1, I32_MAX, [I32_MIN, "-MIN_VALUE wraps to itself"]),
    ...each("div", [7, 2], [-7, 2], [7, -2], [-7, -2], [0, 5], [I32_MIN, 1], [I32_MAX, -1], [I32_MIN, 2], [-1, I32_MIN], [I32_MAX, I32_MIN]),
    note("MIN_VALUE / -1 overflows: i32.div_s traps", "div", I32_MIN, -1),
    note("division by zero traps", "div", 1, 0),
    ...each("div", [0, 0]),
    ...each("rem", [7, 2], [-7, 2], [7, -2], [-7, -2], [I32_MIN, I32_MAX], [I32_MAX, I32_MIN], [I32_MIN, 2]),
    note("MIN_VALUE % -1 is 0, not a trap (i32.rem_s)", "rem", I32_MIN, -1),
    note("remainder by zero traps", "rem", 5, 0),
    ...one("incrementFromMax", 0, 1, 2, 100),
    ...one("powerOfThree", 0, 1, 19, 20, 21, 40, 100),
    ...one("absNaive", 0, -5, I32_MAX, [I32_MIN, "abs(MIN_VALUE) stays MIN_VALUE"]),
    ...each("floorDiv", [7, 2], [-7, 2], [7, -2], [-7, -2], [-8, 2], [0, -3], [I32_MIN, 3]),
    note("traps in the first /", "floorDiv", I32_MIN, -1),
    ...each("floorMod", [7, 2], [-7, 2], [7, -2], [-7, -2], [-8, 2], [I32_MIN, -1], [I32_MIN, 3], [I32_MAX, -2]),
    ...each("floorMod", [5, 0]),
    ...each("average", [I32_MAX, I32_MAX], [I32_MIN, I32_MIN], [I32_MAX, I32_MIN], [-3, 0], [3, 4], [-3, -4]),
  ] },

  "uint32.ts": { calls: [
    ...each("add", [U32_MAX, 1], [U32_MAX, U32_MAX], [2147483648, 2147483648], [1, 2], [0, 0]),
    ...each("sub", [0, 1], [1, 0], [0, U32_MAX], [2147483648, 1]),
    ...each("mul", [65536, 65536], [U32_MAX, U32_MAX], [U32_MAX, 2], [3000000000, 3], [7, 6]),
    ...each("div", [U32_MAX, 2], [U32_MAX, U32_MAX], [2147483648, 2], [7, 2], [1, U32_MAX], [U32_MAX, 1]),
    note("unsigned: 0xFFFFFFFF / 0x80000000 is 1 (signed it would be 0)", "div", U32_MAX, 2147483648),
    ...each("div", [5, 0], [0, 0]),
    ...each("rem", [U32_MAX, 10], [2147483648, 3], [7, U32_MAX], [U32_MAX, 2147483648], [5, 0]),
    ...each("less", [0, U32_MAX], [U32_MAX, 0], [2147483647, 2147483648], [2147483648, 2147483647], [5, 5]),
    ...each("greaterOrEqual", [0, U32_MAX], [U32_MAX, 0], [2147483648, 2147483647], [5, 5], [4, 5]),
    ...each("max", [U32_MAX, 1], [2147483648, 2147483647], [3, 4]),
    ...one("toF64", 0, 1, U32_MAX, 2147483648, 2147483647),
    ...each("stepsDown", [U32_MAX, 1000000000], [10, 3], [0, 1], [2, 2]),
    ...one("digits", 0, 9, 10, 999999999, 1000000000, U32_MAX),
    ...one("digitSum", 0, 123456789, 2147483648, U32_MAX),
  ] },

  "int64.ts": { calls: [
    ...each("add", [I64_MAX, 1n], [I64_MIN, -1n], [I64_MAX, I64_MAX], [I64_MIN, I64_MIN], [1n, 2n], [-1n, 1n], [0x7FFFFFFFn, 1n]),
    ...each("sub", [I64_MIN, 1n], [I64_MAX, -1n], [0n, I64_MIN], [5n, 7n]),
    ...each("mul", [I64_MAX, 2n], [I64_MIN, -1n], [4294967296n, 4294967296n], [3037000500n, 3037000500n], [-3n, 7n], [0x100000001n, 0xFFFFFFFFn]),
    ...each("div", [7n, 2n], [-7n, 2n], [7n, -2n], [I64_MIN, 2n], [I64_MAX, -1n], [-1n, I64_MIN]),
    note("MIN_VALUE / -1 traps", "div", I64_MIN, -1n),
    ...each("div", [1n, 0n]),
    ...each("rem", [7n, -2n], [-7n, 2n], [I64_MIN, I64_MAX], [5n, 0n]),
    note("MIN_VALUE % -1 is 0, not a trap", "rem", I64_MIN, -1n),
    ...one("neg", 0n, 1n, I64_MIN, I64_MAX),
    ...each("less", [-1n, 0n], [I64_MIN, I64_MAX], [I64_MAX, I64_MIN], [0n, 0n], [0xFFFFFFFFn, 0x100000000n]),
    ...one("widenSigned", 0, -1, I32_MIN, I32_MAX),
    ...one("widenUnsigned", 0, [-1, "-1 passed to a u32 parameter is 0xFFFFFFFF; zero-extended"], U32_MAX, 2147483648),
    ...one("narrow", 0x1FFFFFFFFn, I64_MIN, I64_MAX, -1n, 0x80000000n),
    ...one("factorial", 0, 1, 5, 20, 21, 25, [66, "66! has 64 factors of 2: 0 mod 2^64"]),
    ...each("lcg", [0n, 1], [1n, 10], [I64_MAX, 3], [-1n, 100]),
    ...one("maxValue", 0n, 1n, -1n),
  ] },

  "uint64.ts": { calls: [
    ...each("add", [U64_MAX, 1n], [U64_MAX, U64_MAX], [2n ** 63n, 2n ** 63n], [1n, 2n]),
    ...each("sub", [0n, 1n], [1n, U64_MAX]),
    ...each("mul", [U64_MAX, U64_MAX], [2n ** 32n, 2n ** 32n], [0xFFFFFFFFn, 0xFFFFFFFFn]),
    ...each("div", [U64_MAX, 2n], [U64_MAX, U64_MAX], [2n ** 63n, 3n], [7n, U64_MAX], [U64_MAX, 1n]),
    note("unsigned: 2^63 / 0xFFFF…FFFF is 0 and does not trap (signed, MIN / -1 would)", "div", 2n ** 63n, U64_MAX),
    ...each("div", [1n, 0n]),
    ...each("rem", [U64_MAX, 10n], [2n ** 63n, 7n], [U64_MAX, 2n ** 63n], [5n, 0n]),
    ...each("less", [0n, U64_MAX], [U64_MAX, 0n], [2n ** 63n - 1n, 2n ** 63n], [2n ** 63n, 2n ** 63n - 1n]),
    ...each("lessOrEqual", [U64_MAX, U64_MAX], [2n ** 63n, 1n], [1n, 2n ** 63n]),
    ...one("toF64", 0n, 1n, [U64_MAX, "rounds up to 2^64"], 2n ** 63n, [2n ** 53n + 1n, "ties to even: 2^53"], 2n ** 64n - 2048n, 2n ** 64n - 1025n),
    ...one("high", U64_MAX, 0x123456789ABCDEF0n, 2n ** 63n),
    ...one("low", U64_MAX, 0x123456789ABCDEF0n, 2n ** 63n),
    ...each("mulHigh", [U64_MAX, U64_MAX], [2n ** 32n, 2n ** 32n], [0x123456789ABCDEFn, 0xFEDCBA987654321n], [2n ** 63n, 2n], [3n, 5n]),
    ...one("isqrt", 0n, 1n, 2n, 99n, 100n, 2n ** 62n, 10n ** 18n, U64_MAX),
  ] },

  "shifts.ts": { calls: [
    ...each("shl", [1, 0], [1, 31], [3, 30], [-1, 31], [0x12345678, 4]),
    note("count 32 is count 0", "shl", 1, 32),
    ...each("shl", [1, 33], [1, 255]),
    note("count -1 is count 31", "shl", 1, -1),
    ...each("shl", [1, -32]),
    ...each("sar", [-8, 1], [-8, 33], [-8, -1], [I32_MIN, 31], [I32_MIN, 32], [8, 1], [I32_MAX, 30], [-1, 100]),
    ...each("shr", [-8, 1], [-8, 32], [-8, 0], [-1, 31], [I32_MIN, 31], [I32_MIN, -1], [-1, 33]),
    ...each("shrUnsigned", [U32_MAX, 1], [U32_MAX, 31], [U32_MAX, 32], [2147483648, 4], [8, 35]),
    ...each("shrUnsignedTriple", [U32_MAX, 1], [2147483648, 31]),
    ...each("shl64", [1n, 63n], [1n, 64n], [1n, 65n], [1n, -1n], [-1n, 32n], [0xFFFFFFFFn, 32n]),
    ...each("sar64", [-8n, 1n], [I64_MIN, 63n], [I64_MIN, 64n], [-8n, -1n], [I64_MAX, 62n]),
    ...each("shr64", [-8n, 1n], [-1n, 63n], [I64_MIN, 64n], [-1n, -1n]),
    ...each("shrUnsigned64", [U64_MAX, 1n], [U64_MAX, 63n], [2n ** 63n, 127n]),
    ...each("shlU8", [1, 7], [1, 8], [255, 1], [128, 1]),
    note("u8 shift count is masked to 3 bits: 9 is 1", "shlU8", 1, 9),
    ...each("shlU8", [3, 15]),
    ...each("sarI8", [-128, 1], [-128, 7], [127, 3]),
    note("i8 shift count is masked to 3 bits: 8 is 0", "sarI8", -128, 8),
    ...each("sarI8", [-128, 9], [-128, -1]),
    ...each("shrU16", [65535, 1], [32768, 15]),
    note("u16 shift count is masked to 4 bits", "shrU16", 65535, 16),
    ...each("shrU16", [65535, 17], [1, -1]),
    ...each("shrI16", [16, 2], [32767, 15]),
    note("the sign-extended 0xFFFFFFFE >>> 1 is 0x7FFFFFFF, whose low 16 bits are -1", "shrI16", -2, 1),
    ...each("shrI16", [-32768, 15], [-1, 17]),
    ...each("shlSum", [1, 16, 16], [1, 20, 20], [3, -1, 0]),
    ...one("sarSteps", 0, -1, 1, 100, -100, I32_MAX, I32_MIN),
    ...one("sign", 0, 5, -5, I32_MAX, I32_MIN),
  ] },

  "smallints.ts": { calls: [
    ...each("addI8", [127, 1], [-128, -1], [100, 100], [-100, -100], [5, -3]),
    ...each("addU8", [255, 1], [200, 100], [0, 0], [128, 128]),
    ...each("mulI16", [256, 256], [181, 181], [-32768, -1], [1000, 33], [300, -300]),
    ...each("subU16", [0, 1], [1, 2], [65535, 65535], [100, 40000]),
    note("200 + 100 wraps to 44 in u8 before it is widened", "sumExceeds", 200, 100, 255),
    ...each("sumExceeds", [200, 100, 43], [100, 100, 199], [255, 1, 0]),
    ...each("sumExceedsU8", [200, 100, 255], [200, 100, 43], [100, 100, 199]),
    ...each("wideSumExceeds", [200, 100, 255], [255, 255, 509], [255, 255, 510]),
    ...one("storeI8", 127, 128, 255, 256, -129, 300, -1, I32_MIN, I32_MAX),
    ...one("storeU8", -1, 255, 256, 300, -129, I32_MIN),
    ...one("storeI16", 32767, 32768, 65535, -32769, 70000, I32_MIN),
    ...one("storeU16", -1, 65535, 65536, 70000, -32768),
    ...one("chain", 0, -1, 127, 128, 255, -129, 0x12345678),
    ...one("countU8", 0, 255, 256, 300, 1000),
    ...one("countI8Down", 0, 128, 129, 256, 300),
    note("the global starts at 250; state carries over between these calls", "bumpGlobal", 5),
    ...one("bumpGlobal", 1, 0, 255, 10),
    ...each("compoundI16", [1, 0], [1, 10], [-1, 10], [32767, 1], [1000, 3]),
    note("-128 / -1 is 128 in i32, stored back as -128: no trap for i8", "divI8", -128, -1),
    ...each("divI8", [-128, 1], [100, -3], [-7, 2]),
    ...each("divI8", [5, 0]),
    ...each("remU8", [255, 10], [200, 7], [5, 0]),
    ...one("negU8", 0, 1, 128, 255),
    ...one("notI16", 0, -1, 32767, -32768),
    ...each("eqI8", [-1, 255], [-1, -1], [255, -1], [256, 0], [128, -128], [1, 2]),
    ...one("identityI8", 127, -128,
      [128, "a value out of an i8 parameter's range is wrapped on the way in (asc sign-extends where it reads it)"],
      [300, "wrapped on the way in"], [-129, "wrapped on the way in"]),
    ...one("identityU16", 65535, [70000, "wrapped on the way in"], [-1, "wrapped on the way in"]),
  ] },

  "float-to-int.ts": { calls: [
    ...one("toI32", 0, -0, 1.9, -1.9, 0.5, -0.5, 2147483647.9, -2147483648.9,
      [2147483648, "saturates at MAX_VALUE"], [-2147483649, "saturates at MIN_VALUE"], 1e10, -1e10,
      [NaN, "NaN converts to 0"], Infinity, -Infinity, 4294967296.5),
    ...one("toI32As", NaN, 1e10, -3.99),
    ...one("toI32Call", NaN, -1e10, 3.99),
    ...one("toU32", 0, 1.5, 4294967295, 4294967295.9, 2147483648,
      [-0.9, "truncates to 0 (in range)"], [-1, "saturates at 0"], [4294967296, "saturates at 0xFFFFFFFF, which crosses to JS as -1"],
      NaN, Infinity, -Infinity, 1e20),
    ...one("toI64", 0, -1.5, 123456789.987, 2 ** 53 + 2, [2 ** 63, "saturates at MAX_VALUE"], -(2 ** 63), 1e19, -1e19, NaN, Infinity, -Infinity),
    ...one("toU64", 0.99, 2 ** 63, 18446744073709550000, [2 ** 64, "saturates at 0xFFFF…FFFF: -1n"], [-1, "saturates at 0"], 1e30, NaN, Infinity, -Infinity),
    ...one("f32ToI32", 3.5, -3.5, [2147483648, "2^31 is an f32; saturates"], -2147483648, [16777217, "the argument rounds to the f32 16777216 on the way in"], NaN, Infinity),
    ...one("f32ToU64", -1, 12345.678, 1e20, 3.4e38, NaN),
    ...one("toI8", 127.9, -0.5, 255.5, NaN,
      [128, "a small type converts to i32 first, then wraps: 128 → -128"], [300, "300 → 44"],
      [-129, "wraps to 127"], [1e10, "saturates to i32 MAX_VALUE 0x7FFFFFFF, whose low byte is -1"],
      [-1e10, "saturates to i32 MIN_VALUE 0x80000000, whose low byte is 0"]),
    ...one("toU8", 255.9, 256, 300, -0.9, NaN, [-1, "f64 → u32 saturates at 0, then the low byte"],
      [1e10, "f64 → u32 saturates at 0xFFFFFFFF, whose low byte is 255"]),
    ...one("toI16", 32767, [32768, "wraps"], [40000, "wraps"], -32769, [-1e10, "i32 MIN_VALUE, low 16 bits 0"], [1e10, "i32 MAX_VALUE, low 16 bits -1"], NaN),
    ...one("toU16", 65535.5, 65536, 70000.9, -1, 1e10),
    ...one("roundToI32", 2.5, -2.5, -0.5, [0.49999999999999994, "x + 0.5 rounds up to 1 in f64"], 1e10, NaN),
    ...each("quotient", [7, 2], [-7, 2], [1e300, 1e-300]),
    note("Infinity saturates", "quotient", 1, 0),
    ...each("quotient", [-1, 0]),
    note("0 / 0 is NaN, which converts to 0", "quotient", 0, 0),
    ...one("toBool", 0, -0, NaN, 0.5, 1e-320, -Infinity),
  ] },

  "conversions.ts": { calls: [
    ...one("i32ToI64", -1, I32_MIN, I32_MAX),
    ...one("u32ToU64", -1, U32_MAX, 2147483648),
    ...one("i32ToU64", [-1, "an i32 sign-extends even into u64"], I32_MIN, 5),
    ...one("u64ToI32", U64_MAX, 0x180000000n, 0x7FFFFFFFn),
    ...one("i64ToU8", -1n, 256n, 0x1FFn, I64_MIN),
    ...one("i32ToF32", 16777216, [16777217, "not an f32: ties to even, 16777216"], [16777219, "ties to even: 16777220"], I32_MAX, I32_MIN, -16777217, 33554435),
    ...one("u32ToF32", U32_MAX, 2147483649, 16777217),
    ...one("i64ToF64", [2n ** 53n + 1n, "ties to even"], 2n ** 53n + 3n, I64_MAX, I64_MIN, -(2n ** 53n) - 1n),
    ...one("u64ToF32", U64_MAX, 2n ** 63n, 16777217n,
      [0x8000008000000001n, "correctly rounded up to 2^63 + 2^40; rounding through f64 first would give 2^63"]),
    ...one("f64ToF32", 0.1, 16777217, [1e39, "overflows to Infinity"], -1e39, 1e-46, [-1e-46, "underflows to -0"], NaN, 3.4028235677973366e38, 1.0000000596046448),
    ...one("f32ToF64", 0.1, -0, NaN),
    ...one("f32Bits", 1, -0, 0.1, Infinity, -2.5, 1.401298464324817e-45),
    ...one("f64Bits", 1, -0, 0.1, Infinity, -2.5, 5e-324),
    ...one("bitsToF32", 0x3F800000, 0x80000000, 0x7F800000, 1, 0x7F7FFFFF, 0x7FC00000),
    ...one("bitsToF64", 0x3FF0000000000000n, I64_MIN, 0x7FF0000000000000n, 1n, 0x7FF8000000000001n),
    ...one("isizeHalf", -7, I32_MIN, U32_MAX),
    ...one("usizeHalf", 7, -1, -7),
    ...each("boolToI32", [1, 2], [2, 2], [3, 2]),
    ...one("i64ToBool", 0n, 1n, 0x100000000n, I64_MIN),
    ...one("exactInF32", 16777216, 16777217, -16777217, 123456789, I32_MIN,
      [I32_MAX, "true: MAX_VALUE rounds to the f32 2^31, which saturates back to MAX_VALUE"]),
  ] },

  "f32-vs-f64.ts": { calls: [
    ...each("addF32", [0.1, 0.2], [16777216, 1], [3.4028234663852886e38, 3.4028234663852886e38], [1e-45, 1e-45], [NaN, 1], [Infinity, -Infinity]),
    ...each("addF64", [0.1, 0.2], [9007199254740992, 1], [1.7976931348623157e308, 1.7976931348623157e308], [-0, 0], [-0, -0]),
    ...each("mulF32", [0.1, 10], [1e20, 1e20], [-0, 5], [1e-30, 1e-30]),
    ...each("divF32", [1, 3], [1, 0], [-1, 0], [0, 0], [-0, 5]),
    ...each("divF64", [1, 3], [1, -0], [0, 0]),
    ...one("sumTenthsF32", 10, 100, 1000),
    ...one("sumTenthsF64", 10, 100, 1000),
    ...each("sameInBoth", [0.1, 0.2], [0.5, 2], [3, 7], [1e10, 1e10]),
    ...one("epsilonF32", 1, 1024, 0.5),
    ...one("epsilonF64", 1, 1024),
    ...each("lessF64", [NaN, 1], [1, NaN], [-0, 0], [-Infinity, -1.7976931348623157e308]),
    ...each("equalF64", [NaN, NaN], [-0, 0], [0.30000000000000004, 0.3]),
    ...each("notEqualF32", [NaN, NaN], [1, 2]),
    note("both arguments round to the same f32", "notEqualF32", 0.1, 0.10000000149011612),
    ...one("isNaNF64", NaN, Infinity, 0),
    ...one("isFiniteF32", [3.5e38, "rounds to Infinity as an f32 argument"], 3.4e38, NaN, -Infinity),
    ...one("negF64", 0, -0, NaN, Infinity),
    ...one("harmonicF32", 10, 1000),
    ...one("constants", 0, 1, 2, 3, 4, 5, 6, 7),
  ] },

  "float-rem.ts": { calls: [
    ...each("remF64", [5.5, 2], [-5.5, 2], [5.5, -2], [-5.5, -2], [1, 0], [-1, -0], [Infinity, 2], [3, Infinity], [-3, -Infinity],
      [-0, 1], [0, -1], [NaN, 1], [1, NaN], [1e300, 3], [0.3, 0.1], [5e-324, 1]),
    note("the result takes the dividend's sign: -0", "remF64", -4, 2),
    ...each("remF32", [5.3, 2], [-5.3, 2], [1e10, 3], [0.3, 0.1], [1, 0]),
    ...one("normalizeDegrees", 0, 360, -90, 725.5, -0.0001, [-360, "-360 % 360 is -0, and -0 < 0 is false"], -720),
    ...each("naiveRem", [1e300, 3], [5.5, 2], [0.3, 0.1]),
    ...each("remMatchesNaive", [5.5, 2], [1e300, 3], [0.3, 0.1], [-7, 2]),
    ...one("remSum", 15, 100),
  ] },

  "pow.ts": { calls: [
    ...each("powI32", [2, 10], [2, 30], [2, 31], [2, 32], [3, 19], [3, 20], [3, 21], [-2, 31], [-3, 3], [0, 0], [0, 5], [7, 0], [10, 9], [10, 10]),
    // Negative exponents: only bases 0, ±1, ±2 are recorded. asc computes
    // 3 ** -1 as 0 by default but as 3 ** (2^32 - 1) wrapped (-1431655765)
    // with --shrinkLevel >= 1 (std/assembly/math.ts ipow32 has a fast path for
    // e <= 0 only when not shrinking); for even bases both give 0.
    note("negative exponent: 0 unless the base is 1 or -1", "powI32", 2, -1),
    ...each("powI32", [-2, -3], [1, -5], [-1, -5], [-1, -6], [-1, I32_MIN]),
    note("0 ** -1 is 0 on integers (Infinity on floats)", "powI32", 0, -1),
    // Not recorded: a u32 exponent >= 2^31, which asc passes to ipow32 as a
    // negative i32 (3 ** 0xFFFFFFFF gives 0 by default).
    ...each("powU32", [2, 31], [2, 32], [3, 20], [U32_MAX, 2], [3, 31]),
    ...each("powI64", [2n, 62n], [2n, 63n], [2n, 64n], [3n, 40n], [3n, 41n], [-2n, 63n], [10n, 18n], [10n, 19n], [2n, -1n], [-1n, -3n], [0n, 0n], [7n, I64_MAX]),
    ...each("powF64", [2, 0.5], [-8, 1 / 3], [0, -1], [-0, -1], [NaN, 0], [2, 1024], [10, -400], [-2, 3], [-2, 0.5], [1.0000001, 1e7]),
    note("NaN as in JavaScript's Math.pow (C's pow gives 1)", "powF64", 1, NaN),
    note("NaN as in JavaScript's Math.pow (C's pow gives 1)", "powF64", -1, Infinity),
    ...each("powF32", [2, 0.5], [10, 10], [2, 128], [3, -2], [NaN, 0], [-8, 3]),
    ...each("mathPow", [2, 10], [1e10, 0.5], [-Infinity, -3], [0.5, -1074]),
    ...each("mathfPow", [2, 10], [1.5, 2.5], [-2, 0.5]),
    ...each("squareRepeatedly", [3, 1], [3, 4], [3, 5], [3, 10], [-1, 5], [2, 5]),
    ...one("precedence", 1, 2, -1, 4194304),
    ...one("sumOfCubes", 0, 1, 10, 1000, 100000),
  ] },

  "math.ts": { calls: [
    ...one("sqrt", 4, 2, 0, -0, -1, Infinity, NaN, 1e-320),
    ...one("abs", -0, -5.5, NaN, -Infinity),
    ...one("floor", 1.5, -1.5, -0, -0.5, 0.5, 1e300, NaN, -Infinity),
    ...one("ceil", 1.5, -1.5, [-0.5, "-0"], 0.5, -0),
    ...one("trunc", 1.9, -1.9, -0.5, 0.5, 1e300, NaN),
    ...each("min", [1, 2], [-0, 0], [0, -0], [NaN, 1], [1, NaN], [-Infinity, 5]),
    ...each("max", [1, 2], [-0, 0], [0, -0], [NaN, 1], [Infinity, NaN]),
    ...each("pow", [2, 10], [0, 0], [NaN, 0], [2, -1074], [2, -1075]),
    note("NaN as in JavaScript (C's pow gives 1)", "pow", -1, Infinity),
    ...each("hypot", [3, 4], [1e200, 1e200], [0, -0], [1e-200, 1e-200], [NaN, 0]),
    ...one("constant", 0, 1, 2, 3, 4),
    ...one("newtonSteps", 1, 2, 0.25, 1e10, 1e300),
  ] },

  "nearest-copysign.ts": { calls: [
    ...one("nearestF64", 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999, 0.49999999999999994, 4503599627370497, -0, NaN, Infinity),
    ...one("nearestF32", 0.5, 1.5, 2.5, -0.5, 8388609, NaN),
    ...each("copysignF64", [1, -0], [-1, 0], [5, -Infinity], [NaN, -1], [Infinity, -1], [-0, 1]),
    ...each("copysignF32", [1, -0], [3.5, -2]),
    ...one("roundHalfAway", 0.5, -0.5, 2.5, -2.5, 1.49, -0),
    ...one("nearestSum", 4, 10),
  ] },

  "mathf.ts": { calls: [
    ...one("sqrt", 2, 16, -1, NaN, Infinity),
    ...one("abs", -0, -3.5),
    ...one("floor", -1.5, 1.5, -0.5),
    ...one("ceil", -0.5, 1.2),
    ...one("trunc", -2.7, 2.7),
    ...each("min", [-0, 0], [NaN, 1], [1, 2]),
    ...each("max", [-0, 0], [1, NaN]),
    ...each("pow", [2, 0.5], [10, -2], [2, 127], [2, 128]),
    ...each("distanceF32", [3, 4], [1e-30, 1e-30]),
    note("x * x overflows f32", "distanceF32", 1e20, 1e20),
    ...each("distanceViaF64", [3, 4], [1e20, 1e20], [1e-30, 1e-30]),
    ...one("sqrtSum", 10, 1000),
    ...one("pi", 1, 2, -1),
  ] },

  "bits.ts": { calls: [
    ...one("clz32", 0, 1, -1, I32_MIN, 0x10000, I32_MAX),
    ...one("ctz32", 0, 1, -1, I32_MIN, 0x10000, 6),
    ...one("popcnt32", 0, U32_MAX, 0x55555555, 2147483648),
    ...each("rotl32", [1, 1], [1, 31], [1, 32], [1, 33], [I32_MIN, 1], [0x12345678, 8], [0x12345678, -8], [-1, 17]),
    ...each("rotr32", [1, 1], [1, 32], [1, -1], [0x12345678, 4], [U32_MAX, 7]),
    ...one("clz64", 0n, 1n, -1n, 0x100000000n),
    ...one("ctz64", 0n, 2n ** 63n, 0x100000000n, U64_MAX),
    ...one("popcnt64", 0n, -1n, 0x5555555555555555n, I64_MIN),
    ...each("rotl64", [1n, 63n], [1n, 64n], [1n, -1n], [0x0123456789ABCDEFn, 4n], [I64_MIN, 1n]),
    ...each("rotr64", [1n, 1n], [0x0123456789ABCDEFn, 8n], [1n, 65n]),
    ...one("bswap32", 0x12345678, 0xFF, U32_MAX, 0),
    ...one("bswap64", 0x0123456789ABCDEFn, 0xFFn, U64_MAX),
    ...one("nextPow2", 0, 1, 2, 3, 5, 1024, 1025, 2147483648,
      [2147483649, "1 << 32 is 1 << 0: the count wraps"], U32_MAX),
    ...one("log2", [0, "clz(0) is 32"], 1, 2, 3, 1024, U32_MAX),
    ...one("parity", 0n, 1n, 3n, 7n, U64_MAX, I64_MIN),
    ...one("lowestBitIndex", [0, "ctz(0) is 32"], 12, I32_MIN, -1),
    ...one("bitMix", 0, 1, 100, 1000),
  ] },

  "logic.ts": { calls: [
    ...each("andCount", [1, 1], [1, 0], [0, 1], [0, 0]),
    ...each("orCount", [1, 1], [1, 0], [0, 1], [0, 0]),
    ...each("mixedCount", [1, 1, 0, 0], [1, 0, 1, 0], [1, 0, 1, 1], [0, 1, 1, 0], [0, 0, 0, 1], [1, 1, 1, 1], [0, 0, 0, 0], [0, 1, 1, 1]),
    ...each("safeDivides", [10, 0], [10, 5], [10, 3]),
    note("MIN_VALUE % -1 is 0: no trap", "safeDivides", I32_MIN, -1),
    ...one("notInt", 0, 1, -1, I32_MIN),
    ...each("xorBool", [1, 0], [1, 1], [0, 0]),
    ...one("classify", -5, 0, 5, 10, 99, 100, I32_MIN, I32_MAX),
    ...each("clampAdd", [5, -3, 0, 10], [5, 10, 0, 10], [-20, 3, -10, 10], [I32_MAX, 1, 0, 100], [1, I32_MIN, -5, 5]),
    ...each("truthy", [0, 0n, 0], [1, 0n, 0], [0, 1n, 0], [0, 0x100000000n, 0.1], [0, 0n, -0], [-1, -1n, -1]),
    note("NaN is falsy as a condition", "truthy", 0, 0n, NaN),
    ...each("deMorgan", [0, 0], [0, 1], [1, 0], [1, 1]),
    ...each("inRange", [5, 0, 10], [10, 0, 10], [-1, 0, 10], [0, 0, 10], [I32_MIN, I32_MIN, I32_MAX], [I32_MAX, I32_MIN, I32_MAX]),
  ] },

  "switch.ts": { calls: [
    ...one("fallThrough", 0, 1, 2, 3, 4, 5),
    ...one("grouped", -1, 0, 1, 2, 3, 4, 5, 6),
    ...one("defaultInMiddle", 6, [7, "falls into the default, then into case 8"], 8, 9, 10),
    ...one("onI64", 0n, 0x100000000n, -1n, I64_MAX, 1n, 0xFFFFFFFFn),
    ...each("daysInMonth", [2, 1], [2, 0], [4, 0], [12, 0], [13, 0], [0, 1], [7, 1]),
    ...each("run", [0, 5], [1, 5], [21, 5], [4, 5], [44, 5], [444, 5], [93, 5], [39, 5], [5678, 1], [3213, 7]),
    ...each("quadrant", [1, 1], [-1, 1], [-1, -1], [1, -1], [0, 0]),
  ] },

  "loops.ts": { calls: [
    ...one("sumTo", 0, 1, 10, 100, -5, [65536, "wraps"]),
    ...one("doWhileCount", [0, "the body runs once"], 1, 5, -3),
    ...one("firstSquareAbove", 0, 1, 15, 16, 1000000),
    ...one("countBits", 0, 1, U32_MAX, 2147483648, 0x0F0F0F0F),
    ...one("sumOdd", 0, 1, 10, 11, 1000),
    ...one("varAfterLoop", 0, 5, 7, 100),
    ...one("shadowing", 0, 1, 5),
  ] },

  "labels.ts": { ascProgram: "labels.asc.ts", jsOracle: true, calls: [
    ...one("findFactors", 1, 6, 7, 36, 100, 988027),
    ...one("labeledWhile", 0, 1, 5, 10),
    ...one("labeledDo", 0, 5, 50, 1000),
    ...one("threeLevels", 0, 1, 3, 5),
    ...one("labeledBlock", -1, 0, 1),
  ] },

  "recursion.ts": { calls: [
    ...one("factorial", 0, 1, 10, 20, 21, 25),
    ...one("fib", 0, 1, 2, 10, 20, 25),
    ...each("gcd", [12, 18], [17, 5], [0, 7], [7, 0], [0, 0], [-12, 18], [5, -1], [I32_MIN, 6]),
    ...each("ackermann", [0, 0], [1, 2], [2, 3], [3, 3], [3, 5]),
    ...one("isEven", 0, 1, 7, 10, 1001),
    ...one("sumDown", 0, 1, 100, 5000),
    ...one("stairs", -1, 0, 1, 2, 3, 4, 10, 20),
    ...each("powMod", [2n, 10n, 1000n], [3n, 200n, 1000000007n], [I64_MAX, I64_MAX, 97n], [5n, 0n, 1n]),
    note("ends in 1 % 0", "powMod", 7n, 3n, 0n),
    ...one("hofstadterF", 0, 1, 5, 10, 15),
  ] },

  "defaults.ts": { calls: [
    ...each("callScaled", [5, 0], [5, 1], [5, 2], [-1, 0]),
    ...each("callRange", [0, 0], [0, 1], [0, 2], [5, 0]),
    note("the default hi = lo + 10 wraps below lo: no iterations", "callRange", I32_MAX - 5, 0),
    ...each("withDefault", [1, 2], [3, 5]),
    ...one("callWithDefault", 7),
    ...one("inferredLocals", 0, 1, 2, 5),
  ] },

  "inferred-returns.ts": { ascProgram: "inferred-returns.asc.ts", calls: [
    ...one("inferred", 0, 5, -5, I32_MAX),
    ...one("inferredWide", 1, -1, I32_MIN),
    ...one("inferredHalf", 3, -1, NaN),
    ...one("inferredThird", 1, 10),
    ...one("inferredSign", -5n, 0n, I64_MAX),
  ] },

  "globals.ts": { calls: [
    note("square(3) + 1000, computed at start", "getDerived", 0),
    note("calls below run in order: state carries over", "accumulate", 10),
    ...one("accumulate", 100),
    ...one("callCount", 0n),
    ...one("averageTimes", 1),
    note("capped at LIMIT", "accumulate", 300),
    ...one("averageTimes", 3),
    ...one("toggle", 3, 1, 0),
    ...one("shadow", 5),
    ...one("reset", 7),
    ...one("accumulate", 1),
    ...one("callCount", 10n),
    ...one("halfOf", 3, -0),
    note("x * 3 wraps, then the sum wraps", "accumulate", I32_MAX),
    ...one("getDerived", 1),
  ] },

  "compound.ts": { calls: [
    ...each("allOpsI32", [0, 0], [5, 7], [-5, 7], [I32_MAX, 3], [123456, -789]),
    ...each("allOpsI32", [1, 0]),
    ...each("allOpsI64", [0n, 1n], [5n, 7n], [-5n, 7n], [I64_MAX, 3n], [123456789n, -987654321n]),
    ...each("allOpsU8", [0, 0], [5, 7], [255, 255], [100, 200]),
    ...each("allOpsF64", [0, 1], [5, 7], [-5, 7], [1e300, 1e300], [1, 0]),
    ...one("incDec", 0, 5, -5, I32_MAX),
    ...one("evaluationOrder", 0, 1, 10, I32_MAX),
    ...one("chained", 0, 3, I32_MAX),
    ...one("incrementI64", 0n, -1n, I64_MAX),
    ...one("decrementU16", 0, 1, 65535),
  ] },

  "literals.ts": { calls: [
    ...one("intLiterals", 0, 1, 2, 3, [4, "0xFFFFFFFF in an i32 context is -1"], 5, 6),
    ...one("wideLiterals", 0, 1, [2, "exact, although not representable as an f64"], [3, "the literal 0b1 is an i64 in this context, so the shift is 64-bit"], 4),
    ...one("floatLiterals", 0, 1, 2, 3, 4, 5, 6),
    ...one("f32Literal", 1, 10, 3),
    ...one("u8Literal", 5, 6, 10),
    ...one("u32Literal", 0, 294967295, 294967296, 300000000),
    ...one("limits", 0, 1, 2, 3, 4, 5, 6, 7, [8, "u64 MAX_VALUE as i64: -1"], 9, 10),
  ] },

  "asserts.ts": { calls: [
    ...each("checkedDiv", [10, 2], [10, 0], [I32_MIN, -1]),
    ...one("positiveOnly", 5, 0, -1),
    ...one("noMessage", 5, 100),
    ...one("unreachableAbove", 10, 11),
    ...one("countdown", 10, 0, [9, "9, 7, … 1, -1: the assert fails five frames down"]),
    ...each("divTrap", [7n, 2n], [1n, 0n], [I64_MIN, -1n]),
  ] },

  "primes.ts": { calls: [
    ...one("countPrimes", 0, 2, 3, 100, 10000),
    ...one("nthPrime", 1, 2, 10, 1000),
    ...one("sumPrimes", 10, 1000, 100000),
    ...one("largestPrimeFactor", 1n, 2n, 97n, 13195n, 600851475143n, 3n * 2n ** 40n),
    ...one("twinChecksum", 10, 1000, 10000),
  ] },

  "sequences.ts": { calls: [
    ...one("fib32", 0, 1, 2, 46, [47, "wraps"], 48, 100),
    ...one("fib64", 0, 1, 92, [93, "wraps"], 100),
    ...one("fibSumU64", 0, 1, 10, 100, 1000),
    ...one("collatzSteps", 0n, 1n, 2n, 3n, 27n, 97n, -5n, 837799n, 0x7FFFFFFFn),
    ...one("longestCollatz", 2, 10, 100, 1000, 10000),
    ...each("gcd", [12n, 18n], [-12n, 18n], [0n, 0n], [I64_MIN, 2n]),
    note("|MIN_VALUE| wraps to MIN_VALUE", "gcd", I64_MIN, I64_MIN),
    ...each("lcm", [4n, 6n], [21n, 6n], [0n, 5n]),
    note("0 / gcd(0, 0) divides by zero", "lcm", 0n, 0n),
    ...one("lcmUpTo", 1, 10, 20, 42, [43, "wraps"], 50),
    ...one("isqrt", 0, 1, 2, 3, 4, 15, 16, 1000000, 2147483648, U32_MAX),
  ] },

  "mandelbrot.ts": { calls: [
    ...each("checksum", [0, 0, 10], [1, 1, 10], [8, 8, 50], [16, 12, 100], [40, 30, 200]),
    ...each("checksumF32", [1, 1, 10], [8, 8, 50], [16, 12, 100], [40, 30, 200]),
    // Grids where f32 and f64 counts differ.
    ...each("checksum", [64, 48, 500], [32, 32, 5000]),
    ...each("checksumF32", [64, 48, 500], [32, 32, 5000]),
    ...each("inside", [16, 12, 100], [40, 30, 200]),
    ...each("pointIterations", [0, 0, 100], [-2, 0, 100], [1, 1, 100], [-0.75, 0.1, 1000], [0.25, 0.5, 1000]),
    note("comparisons with NaN are false: never escapes", "pointIterations", NaN, 0, 10),
  ] },

  "hashes.ts": { calls: [
    ...one("fmix32", 0, 1, -1, 0xDEADBEEF),
    ...one("fmix64", 0n, 1n, -1n, 0xDEADBEEFCAFEBABEn),
    ...each("fnv1a32", [0, 0], [0, 1], [0, 1000], [-500, 500]),
    ...each("fnv1a64", [0, 0], [0, 1], [0, 1000], [-500, 500]),
    ...each("xorshift32", [1, 1], [1, 100], [0xDEADBEEF, 1000], [0, 5]),
    ...each("murmurRange", [0, 0, 0], [0, 1, 0], [0, 1000, 42], [-100, 100, 0x9747B28C]),
  ] },

  "cycle/entry.ts": { calls: [
    ...one("parity", 0, 1, 7, 10, -3),
    ...one("oddCheck", 0, 1, -1, 100),
    ...one("biasSum", 0, 1, 10),
    ...one("oddWeight", 0, 1, 2),
  ] },

  "reexport/entry.ts": { calls: [
    ...one("square", 5, -3, 46341),
    ...one("scaledBy", 3),
    ...one("cube", 3, -2, [1291, "wraps"]),
    ...one("cubed", 4),
    ...each("multiply", [6, 7], [65536, 65536]),
    ...each("sumScaled", [1, 2], [0, 0]),
  ] },

  "startup/entry.ts": { calls: [
    note("log.ts, table.ts, entry.ts recorded 1, 2, 3 at start", "startOrder", 0),
    ...one("getMode", 0),
    ...one("squares", 0, 1),
    ...one("squaresAt", 0, 3, 10),
  ] },
};

/** Entry programs on disk: top-level .ts files (not .d.ts, not .asc.ts twins) and <dir>/entry.ts. */
function entryPrograms() {
  const out = [];
  for (const name of readdirSync(programs).sort()) {
    if (statSync(join(programs, name)).isDirectory()) out.push(`${name}/entry.ts`);
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts") && !name.endsWith(".asc.ts")) out.push(name);
  }
  return out;
}

const problems = [];
const onDisk = entryPrograms();
for (const p of onDisk) if (!(p in INPUTS)) problems.push(`${p}: no inputs`);
for (const p of Object.keys(INPUTS)) if (!onDisk.includes(p)) problems.push(`${p}: inputs for a program that does not exist`);

const boolFunctions = (src) => new Set([...src.matchAll(/export function (\w+)\([^)]*\)\s*:\s*bool\b/g)].map((m) => m[1]));

const recorded = [];
const t0 = performance.now();
for (const [program, spec] of Object.entries(INPUTS)) {
  const source = readFileSync(join(programs, spec.ascProgram ?? program), "utf8");
  const bools = boolFunctions(source);
  const wasm = await ascCompile(join(programs, spec.ascProgram ?? program));
  const exports = instantiate(wasm);
  const calls = [];
  for (const c of spec.calls) {
    let outcome;
    try {
      outcome = callExport(exports, c);
    } catch (e) {
      problems.push(`${program}: ${c.fn}(${c.args.map(show).join(", ")}) threw ${e}`);
      continue;
    }
    const expect = outcome !== "trap" && bools.has(c.fn) ? outcome === 1 : outcome;
    if (bools.has(c.fn) && outcome !== "trap" && outcome !== 0 && outcome !== 1) problems.push(`${program}: bool ${c.fn} returned ${outcome}`);
    calls.push({ fn: c.fn, args: c.args, expect, note: c.note });
  }
  const called = new Set(spec.calls.map((c) => c.fn));
  for (const [name, v] of Object.entries(exports)) {
    if (typeof v === "function" && !name.startsWith("__") && !called.has(name)) problems.push(`${program}: export ${name} is never called`);
  }
  if (spec.jsOracle) {
    // The kiln program itself, as JavaScript (esbuild strips the types).
    const { code } = await transform(readFileSync(join(programs, program), "utf8"), { loader: "ts", format: "esm" });
    const js = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    for (const c of calls) {
      const v = js[c.fn](...c.args);
      if (!Object.is(v, c.expect)) problems.push(`${program}: JS gives ${c.fn}(${c.args.join(", ")}) = ${v}, asc ${show(c.expect)}`);
    }
  }
  if (process.argv.includes("--check-opt")) {
    for (const flags of [["-O3"], ["-Oz"]]) {
      const opt = instantiate(await ascCompile(join(programs, spec.ascProgram ?? program), flags));
      for (const c of spec.calls) {
        const a = callExport(opt, c);
        const rec = calls.find((r) => r.fn === c.fn && r.args === c.args);
        const want = rec === undefined ? undefined : typeof rec.expect === "boolean" ? (rec.expect ? 1 : 0) : rec.expect;
        if (rec !== undefined && !Object.is(a, want)) problems.push(`${program} ${flags}: ${c.fn}(${c.args.map(show).join(", ")}) = ${show(a)}, unoptimized ${show(want)}`);
      }
    }
  }
  recorded.push({ program, ascProgram: spec.ascProgram, calls });
}
const ms = performance.now() - t0;

// ---- write cases.ts ----
const lines = [];
lines.push(`// The differential test corpus: for every program in programs/, calls of its
// exports with edge-case inputs and the results asc (AssemblyScript 0.28, no
// optimization, --runtime stub) gives. GENERATED by record-cases.mjs, which
// holds the inputs and the notes: edit it and re-run, do not edit this file.
// asc-harness.test.ts checks that asc still gives these results.
//
// Protocol: compile the program (entry file; imports resolve next to it),
// instantiate it once with host.ts's imports, and make the calls in order on
// that one instance (some programs keep state in globals). Arguments for i64
// and u64 parameters are BigInts; values cross as the wasm JS API converts
// them, so a u32 result 0xFFFFFFFF reads back as -1 and a u64 as a signed
// BigInt. expect is a number or BigInt compared with Object.is (NaN matches
// NaN, -0 does not match 0), a boolean for a bool result (1 or 0), or "trap":
// the call throws WebAssembly.RuntimeError or AbortError (a failed assert or
// abort()).

export interface Call {
  fn: string;
  args: (number | bigint)[];
  expect: number | bigint | boolean | "trap";
}

export interface Case {
  /** Path relative to test/e2e/programs, e.g. "int32.ts" or "cycle/entry.ts". */
  program: string;
  /**
   * When asc cannot compile \`program\` (it uses a feature asc 0.28 lacks),
   * the program the expectations were recorded and are checked with: the same
   * exports computing the same values, written without that feature.
   */
  ascProgram?: string;
  calls: Call[];
}

export const CASES: Case[] = [`);
for (const r of recorded) {
  lines.push(`  {`);
  lines.push(`    program: ${JSON.stringify(r.program)},`);
  if (r.ascProgram) lines.push(`    ascProgram: ${JSON.stringify(r.ascProgram)},`);
  lines.push(`    calls: [`);
  for (const c of r.calls) {
    const text = `      { fn: ${JSON.stringify(c.fn)}, args: [${c.args.map(show).join(", ")}], expect: ${show(c.expect)} },`;
    lines.push(c.note ? `${text} // ${c.note}` : text);
  }
  lines.push(`    ],`);
  lines.push(`  },`);
}
lines.push(`];`, ``);
writeFileSync(join(root, "test", "e2e", "cases.ts"), lines.join("\n"));

const total = recorded.reduce((n, r) => n + r.calls.length, 0);
console.log(`${recorded.length} programs, ${total} calls, recorded in ${(ms / 1000).toFixed(1)} s`);
if (problems.length) {
  console.log(`${problems.length} problems:\n  ${problems.join("\n  ")}`);
  process.exitCode = 1;
}
