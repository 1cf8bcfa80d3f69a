// Differential on expressions nobody wrote by hand: programs of functions
// whose bodies are random typed expressions (every numeric type, every
// operator, casts between all of them, comparisons as values) over their
// parameters and literals, compiled by asc and by kiln, then called with
// edge values (0, -1, the extremes, NaN, infinities, -0). Each call must give
// the same value in both, or trap in both. The programs come from fixed
// seeds, so a failure names a function that can be compiled again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile, diskHost } from "../../src/driver/compile.js";
import { ascCompile } from "./asc.js";

const INTS = ["i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64"] as const;
const TYPES = [...INTS, "f32", "f64"] as const;
type Ty = (typeof TYPES)[number];
const isInt = (t: Ty): boolean => (INTS as readonly string[]).includes(t);

const INT_LITERALS = ["0", "1", "2", "3", "7", "31", "32", "33", "63", "64", "127", "128", "255", "256", "32767", "65535", "2147483647", "4294967295"];
const FLOAT_LITERALS = ["0.0", "1.5", "-2.25", "1e10", "3.0", "0.1", "-0.0", "1e-7", "123456.789"];

/** Arguments by parameter type: small types stay in range (kiln wraps them on entry, asc where it uses them). */
const INPUTS: Record<Ty, readonly (number | bigint)[]> = {
  i8: [0, 1, -1, 127, -128, 5], u8: [0, 1, 255, 128, 7], i16: [0, -1, 32767, -32768, 300], u16: [0, 65535, 32768, 9],
  i32: [0, 1, -1, 2147483647, -2147483648, 31, 32, 123456], u32: [0, 1, -1, -2147483648, 31, 33],
  i64: [0n, 1n, -1n, 9223372036854775807n, -9223372036854775808n, 63n, 64n, 1234567890123n],
  u64: [0n, 1n, -1n, 63n, 65n, 9223372036854775807n],
  f32: [0, -0, 1.5, -2.5, NaN, Infinity, -Infinity, 3e9, 0.1, 16777217],
  f64: [0, -0, 1.5, -2.5, NaN, Infinity, -Infinity, 1e19, -9.3e18, 0.1, 2 ** 53 + 1],
};

interface Fn { readonly name: string; readonly params: readonly Ty[]; readonly line: string }

class Generator {
  constructor(private seed: number) {}
  private rnd(k: number): number { this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0; return (this.seed >>> 8) % k; }
  private pick<T>(a: readonly T[]): T { return a[this.rnd(a.length)]!; }

  private leaf(t: Ty, params: readonly Ty[]): string {
    if (this.rnd(3) > 0) {
      const p = this.rnd(params.length);
      return params[p] === t ? "abc"[p]! : `<${t}>(${"abc"[p]})`;
    }
    return `<${t}>${this.pick(isInt(t) ? INT_LITERALS : FLOAT_LITERALS)}`;
  }

  expr(t: Ty, depth: number, params: readonly Ty[]): string {
    if (depth <= 0 || this.rnd(5) === 0) return this.leaf(t, params);
    const r = this.rnd(9);
    const sub = (s: Ty): string => this.expr(s, depth - 1, params);
    if (r < 5) {
      const op = this.pick(isInt(t) ? ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", ">>>"] : ["+", "-", "*", "/", "%"]);
      let right = sub(t);
      // A constant zero divisor is an error in kiln (K2113) and a trap in asc: divisors are made non-zero.
      if (isInt(t) && (op === "/" || op === "%")) right = `<${t}>(${right} | <${t}>1)`;
      // Shift counts involve a parameter: asc 0.28 leaves `<u16>(x << 16)` unwrapped when the count
      // is a constant of at least the small type's width (see the test below).
      if (op === "<<" || op === ">>" || op === ">>>") right = `<${t}>(${right} ^ <${t}>(${"abc"[this.rnd(params.length)]}))`;
      return `<${t}>(${sub(t)} ${op} ${right})`;
    }
    if (r < 7) return `<${t}>(${sub(this.pick(TYPES))})`;
    if (r < 8) {
      const s = this.pick(TYPES);
      return `<${t}>(${this.expr(s, depth - 1, params)} ${this.pick(["==", "!=", "<", "<=", ">", ">="])} ${this.expr(s, depth - 1, params)})`;
    }
    return `<${t}>(${isInt(t) ? this.pick(["-", "~"]) : "-"}${sub(t)})`;
  }

  program(count: number): { source: string; fns: Fn[] } {
    const fns: Fn[] = [];
    for (let f = 0; f < count; f++) {
      const params = [this.pick(TYPES), this.pick(TYPES), this.pick(TYPES)];
      const result = this.pick(TYPES);
      const name = `fn${f}`;
      fns.push({ name, params, line: `export function ${name}(${params.map((p, k) => `${"abc"[k]}: ${p}`).join(", ")}): ${result} { return ${this.expr(result, 4, params)}; }` });
    }
    return { source: fns.map((f) => f.line).join("\n") + "\n", fns };
  }

  args(params: readonly Ty[]): (number | bigint)[] { return params.map((p) => this.pick(INPUTS[p])); }
}

type Exports = Record<string, (...args: unknown[]) => unknown>;
function exportsOf(wasm: Uint8Array): Exports {
  const imports = { env: { abort: () => { throw new Error("abort"); } }, Math: { pow: Math.pow } };
  return new WebAssembly.Instance(new WebAssembly.Module(wasm), imports).exports as unknown as Exports;
}

function call(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): unknown {
  try { return fn(...args); } catch (e) { return e instanceof WebAssembly.RuntimeError ? `trap` : `threw ${String(e)}`; }
}

async function withProgram<T>(source: string, body: (entry: string) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "kiln-exprs-"));
  try {
    writeFileSync(join(dir, "exprs.ts"), source);
    return await body(join(dir, "exprs.ts"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function compileKiln(entry: string): Exports {
  const k = compile(entry, diskHost, true);
  assert.deepEqual(k.diags.list.map((d) => d.message), [], "kiln compiles the program");
  assert.ok(WebAssembly.validate(k.wasm!));
  return exportsOf(k.wasm!);
}

for (const seed of [1, 2, 3]) {
  test(`random typed expressions (seed ${seed}): kiln's results equal asc's`, { timeout: 120_000 }, async () => {
    const g = new Generator(seed);
    const { source, fns } = g.program(80);
    const { kiln, asc } = await withProgram(source, async (entry) => ({ kiln: compileKiln(entry), asc: exportsOf(await ascCompile(entry)) }));
    const wrong: string[] = [];
    let calls = 0;
    for (const f of fns) {
      for (let trial = 0; trial < 10; trial++) {
        const args = g.args(f.params);
        const k = call(kiln[f.name]!, args), a = call(asc[f.name]!, args);
        calls++;
        if (!Object.is(k, a)) wrong.push(`${f.name}(${args.map(String).join(", ")}): kiln ${String(k)}, asc ${String(a)}\n  ${f.line}`);
      }
    }
    assert.equal(calls, fns.length * 10);
    assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} of ${calls} calls differ`);
  });
}

/**
 * Where asc 0.28 skips a wrap it needs (found by the generator above, with
 * other seeds): kiln wraps small types as LANGUAGE.md says. asc returns
 * 196608 and 3145728 for the shifts, and 1 for the comparison, where
 * (-1 & 255) <= -128 is false.
 */
test("a small type wraps what it is given: a shift by a constant of its width or more, an operand of a comparison", async () => {
  const kiln = await withProgram([
    "export function s16(a: u32): u32 { return <u32>(<u16>(a << 16)); }",
    "export function s20(a: u32): u32 { const x = <u16>(a << 20); return <u32>x; }",
    "export function s15(a: u32): u32 { return <u32>(<u16>(a << 15)); }",
    "export function cmp(a: i8, b: i32): i32 { return <i32>(<i16>(<i16>a & <i16>b) <= <i16>(-128)); }",
  ].join("\n") + "\n", compileKiln);
  assert.equal(kiln["s16"]!(3), ((3 << 16) & 0xffff) >>> 0);
  assert.equal(kiln["s20"]!(3), ((3 << 20) & 0xffff) >>> 0);
  assert.equal(kiln["s15"]!(3), ((3 << 15) & 0xffff) >>> 0);
  assert.equal(kiln["cmp"]!(-1, -2147483648 + 255), 0);
});
