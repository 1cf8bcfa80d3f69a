// Differential on bare literals as operands, which the random programs of
// expression-differential.test.ts never write (their literals are all cast):
// `1 + x`, `x + 200`, `200 == x`, and the same in a context that wants a
// wider type (`let y: i64 = 0x7fffffff + x`). AssemblyScript types a binary
// operator's left operand from the context and the right one from the left,
// and a literal whose value does not fit that type keeps its own (the first
// of i32, u32, i64 and u64 that holds it), so these can add in i32 where both
// operands look small.
// Casts are here too: their operand's literals take the cast's type where
// they fit.
// Each function is compiled by asc and by kiln and called with the edge
// values of its parameter's type; both must give the same value.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compile, diskHost } from "../../src/driver/compile.js";
import { ascCompile } from "./asc.js";
import { exportsOf } from "./calls-on-a-worker.js";

const SMALL = ["i8", "u8", "i16", "u16"] as const;
const INPUTS: Record<string, readonly (number | bigint)[]> = {
  i8: [0, 1, -1, 100, 127, -128], u8: [0, 1, 200, 255], i16: [0, -1, 32767, -32768, 30000], u16: [0, 1, 65535, 40000],
  i32: [0, 1, -1, 2147483647, -2147483648, 65535], u32: [0, 1, 4294967295, 2147483648],
  i64: [0n, 1n, -1n, 9223372036854775807n, -9223372036854775808n], f32: [0, 0.1, -1.5, 3.4e38], f64: [0, 0.1, -1.5, 1e300],
};

interface Fn { readonly name: string; readonly param: string; readonly source: string }

/** Functions of one parameter `x` with a literal beside it, in each position and context. */
function functions(): Fn[] {
  const fns: Fn[] = [];
  const add = (param: string, result: string, body: string): void => {
    const name = `lit${fns.length}`;
    fns.push({ name, param, source: `export function ${name}(x: ${param}): ${result} {\n  ${body}\n}\n` });
  };
  for (const t of SMALL) {
    for (const op of ["+", "-", "*", "&", "|", "^"]) {
      for (const lit of ["1", "100", "200", "40000", "70000"]) {
        add(t, "i32", `let y = ${lit} ${op} x;\n  return <i32>y;`); // no context: the literal leads
        add(t, "i32", `let y = x ${op} ${lit};\n  return <i32>y;`); // the literal keeps its own type where it does not fit
        add(t, "i32", `return ${lit} ${op} x;`); // an i32 context
        add(t, "i64", `let y: i64 = ${lit} ${op} x;\n  return y;`);
      }
    }
    // asc refuses '<' and the like between an unsigned operand and an i32 one; kiln compares their values.
    for (const op of t.startsWith("u") ? ["==", "!="] : ["==", "!=", "<", ">=", ">"]) {
      for (const lit of ["1", "200", "40000", "-1"]) {
        add(t, "bool", `return ${lit} ${op} x;`);
        add(t, "bool", `return x ${op} ${lit};`);
      }
    }
  }
  // A conditional between a literal and x, without a context: asc types its branches left to right, as a
  // binary operator's operands, so a left literal leads (`x > 3 ? 1 : x` with x: u8 is an i32), and a right
  // one keeps its own type where it does not fit x's (`x > 3 ? x : 300`).
  for (const t of SMALL) {
    add(t, "i32", "let y = (x > 3 ? 1 : x) + 255;\n  return <i32>y;");
    add(t, "i32", "let y = (x > 3 ? x : 300) + 1;\n  return <i32>y;");
    add(t, "i32", "let y = (x != 0 ? -1 : x) * 200;\n  return <i32>y;");
    add(t, "i32", "let y = (x > 3 ? x : 1) + 255;\n  return <i32>y;");
  }
  for (const [t, lits] of [["i32", ["1", "0x7fffffff", "3000000000"]], ["i16", ["-1", "-200"]], ["i8", ["-1", "-129"]]] as const) {
    for (const lit of lits) {
      add(t, "i64", `let y: i64 = ${lit} + x;\n  return y;`);
      add(t, "i64", `return ${lit} * x;`);
      add(t, "i64", `let y = x - ${lit};\n  return <i64>y;`);
    }
  }
  // A 64-bit context gives an integer literal its type whatever the value, as asc does: a negative
  // literal beside x adds in u64, x converted, where it would otherwise add in 32 bits and wrap there.
  for (const t of ["i8", "i16", "i32", "u32"]) {
    add(t, "u64", "let y: u64 = -7 + x;\n  return y;");
    add(t, "u64", "return <u64>((-7 + x) >> 33);");
    add(t, "u64", "return u64(-1 - x);");
    add(t, "i64", "let y: i64 = 0xffffffffffffffff + x;\n  return y;");
  }
  // Not through an operator to such a literal beside an i64 operand, which kiln would refuse (u64 and
  // i64; asc converts the i64). The sums cannot overflow, and the remainders are of non-negative values,
  // where the i64 arithmetic kiln does agrees with asc's u64.
  add("i32", "u64", "return <u64>((-7 + (x >> 1)) + <i64>(x));");
  add("i32", "u64", "return <u64>((7 + (x & 255)) % <i64>((x & 255) | 1));");
  // Floats: a float literal leads to f64 beside an f32, unless the context asks for f32.
  add("f32", "f64", "let y = 0.1 * x;\n  return y;");
  add("f32", "f32", "return 0.1 * x;");
  add("f32", "f64", "let y: f64 = 0.1 + x;\n  return y;");
  add("f64", "f64", "return 0.1 * x;");
  // Both literals: folded in the context's type.
  add("i32", "f64", "let z: f64 = 7 / 2;\n  return z + f64(x);");
  add("i32", "i64", "let z: i64 = 0x7fffffff + 1;\n  return z + i64(x);");
  // A cast gives its operand its type as context, softly: the literals it reaches take it where they fit
  // and keep their own type elsewhere (`<f64>(7 / 2)` divides in f64, `<i8>(200 / 2)` in i32).
  for (const to of ["i8", "u8", "i16", "u32", "i64", "u64", "f32", "f64"]) {
    const forms = [(e: string) => `<${to}>(${e})`, (e: string) => `${to}(${e})`, (e: string) => `(${e}) as ${to}`];
    const exprs = ["7 / 2", "0x7fffffff + 1", "200 / 2", "300", "-1", "-200", "1.5", "1.5 * 2.0", "0.1 + 0.2", "3000000000 / 7", "(70000 + 1) / 3",
      // Bitwise operators and shifts take a float context as the integer type of its width.
      "99 & 255", "1 << 40", "-1 >>> 1", "0xffffffff | 0", "(1 << 20) ^ 3"];
    // Beside a variable only where asc's type for the literal would not mix signedness or floats with x's
    // i32, which kiln's operators refuse (see the top of the file).
    if (to === "i8" || to === "i16" || to === "i64") {
      exprs.push("1 + x", "x + 300", "0x7fffffff + x", "(200 + x) / 2");
      // Or beside an operand whose type is its own in any context, as a variable's is.
      // (asc refuses the shift under i16, where 255 fits and x++ would narrow to it.)
      if (to !== "i16") exprs.push("(255 << x++) & 7");
      exprs.push("0x7fffffff + -x", "0x7fffffff + (x * x)", "300 - <i32>(x)", "0x7fffffff + same(x)",
        "(200 + (x = x >> 1)) / 2", "0x7fffffff + (x, x)", "-0x7fffffff - (x ^ 1)");
    }
    exprs.push("x & 255", "(x | 1) * 3", "(x, 0x7fffffff + 1)", "x > 0 ? 300 : -1", "~(-2)");
    // Not through an operator with no bare literal beside it: under u32 the operand that took the
    // context would meet the i32 beside it, which kiln would refuse (asc converts it; the divisors
    // here are positive, where the two remainders agree). asc refuses these under small types, where
    // the shifted 31 takes the cast's type and the i32 shift count does not convert to it.
    if (to !== "i8" && to !== "u8" && to !== "i16") exprs.push("((31 >> (x & 15)) % <i32>((x & 255) | 1)) & 7", "((x = x >> 1, 128) % <i32>((x & 255) | 1)) & 7");
    // A conditional between a literal and x, as an operand: the literal is typed against x, and the
    // conditional's type meets the literal beside it (in an f64 cast, the float the literal takes). Not
    // under f32, where asc refuses an i32 beside an f32, nor u32 and u64, where asc types the literal
    // as the cast's type and converts x to it, which kiln does not (LANGUAGE.md): `<u32>(-(x > 3 ? 7 : x) / 2)`
    // divides in u32 there, in i32 here.
    if (to === "i8" || to === "i16" || to === "i64" || to === "f64") exprs.push("(x > 0 ? 2147483647 : x) + 1", "-(x > 3 ? 7 : x) / 2", "1 - (x < 0 ? x : 100) * 3");
    // (Under i8 and u8 casts asc 0.28 does not wrap the shifted 255, test/e2e/expression-differential.test.ts.)
    if (to === "u32" || to === "i64" || to === "u64") exprs.push("(x > 3 ? 255 : x) << 32", "((x > 3 ? 255 : x) << x++) & 7");
    // Where the context does not reach, or meets x: a literal typed by it would meet x, and kiln would
    // refuse the mix (asc refuses these under a float cast).
    if (!to.startsWith("f")) exprs.push("x > 0 ? x : 65", "x > 0 ? ~(256) : x", "x > 0 ? <i32>(-7) : 32768");
    for (const form of forms) for (const e of exprs) add("i32", to, `return ${form(e)};`);
  }
  // A literal beside a variable under a cast of the variable's type: the literal's context is the
  // variable's, not the cast's, so a -1 beside a u32 is its bits there.
  for (const body of ["<u32>(x + -1)", "<u32>(-1 + x)", "u32(x - -1)", "(x ^ -1) as u32"]) add("u32", "u32", `return ${body};`);
  add("u8", "u8", "return <u8>(x + -1);");
  // A conditional where a float is assigned or returned: an integer branch that converts to it exactly
  // converts, beside a literal (which the context makes a float) or a float value, as asc converts it.
  // (As an operand of a float operator it is an error, as `0.5 + x` is: errors.test.ts.)
  for (const t of ["i8", "u8", "i16", "u16", "i32", "u32"]) {
    add(t, "f64", "let v: f64 = x > 1 ? 33 : x;\n  return v;");
    add(t, "f64", "return x != 0 ? x : -7;");
    add(t, "f64", "return x > 1 ? x : 2.5;");
    add(t, "f64", "let v = x > 1 ? 0.5 : x;\n  return v;"); // no context: the float literal leads
    // As an operand where a float is wanted, the literal's float converts the integer branch, and then
    // the integer beside the conditional.
    add(t, "f64", "return (x > 1 ? 7 : x) % (x | 1);");
    add(t, "f64", "let d: f64 = 0.5;\n  return d + (x > 1 ? 1 : x);");
    add(t, "f64", "return (x != 0 ? x : 3) / 2 + x;");
    add(t, "f64", "return <f64>(x != 0 ? x : -2.5);");
    add(t, "f64", "let v: f64 = 0.5;\n  v = x > 1 ? 1 : x;\n  return v + 0.5;");
    if (t !== "i32" && t !== "u32") add(t, "f32", "let v: f32 = x != 0 ? 300 : x;\n  return v;");
  }
  // A left integer literal where a float is wanted takes the float, and the integer beside it converts
  // to it where exact (asc refuses the rest: i32 or u32 beside an f32 literal): `7 / x` divides floats.
  for (const t of ["i8", "u8", "i16", "u16", "i32", "u32"]) {
    for (const op of ["+", "-", "*", "/", "%"]) {
      add(t, "f64", `return 7 ${op} x;`);
      add(t, "f64", `let y: f64 = (-3) ${op} (x | 1);\n  return y;`);
      if (t !== "i32" && t !== "u32") add(t, "f32", `return (7) ${op} x;`);
    }
    add(t, "f64", "return 1 + x * 2;");
    add(t, "f64", "return 7 - x - 1;");
    // And an operand that is a float only through such literals converts the integer beside it.
    add(t, "f64", "let v: f64 = 2 * x + x;\n  return v;");
    add(t, "f64", "return 1 + x - (x >> 1);");
    add(t, "f64", "return (7 + 1) / (x | 1);");
    add(t, "f64", "return 3 * x * x - x / 2;");
    // A literal in parentheses under a minus is a literal too.
    add(t, "f64", "const v: f64 = -(65) / (x | 1);\n  return v;");
    add(t, "f64", "return -(-(7)) * x;");
    add(t, "i64", "return <i64>(-(2147483647) - x);");
    if (t !== "u32") add(t, "i32", "return -(200) + x;");
  }
  return fns;
}

const show = (v: unknown): string => (typeof v === "bigint" ? `${v}n` : Object.is(v, -0) ? "-0" : String(v));

test("literal operands take AssemblyScript's types: left from the context, right from the left, their own where they do not fit", async () => {
  const fns = functions();
  // A function that is no built-in, for calls among the operands.
  const source = `function same(x: i32): i32 { return x; }\n${fns.map((f) => f.source).join("")}`;
  const dir = mkdtempSync(join(tmpdir(), "kiln-literals-"));
  try {
    const file = join(dir, "literals.ts");
    writeFileSync(file, source);
    const c = compile(file, diskHost, true);
    assert.equal(c.diags.errorCount, 0, c.diags.list.map((d) => d.message).join("\n"));
    const kiln = exportsOf(c.wasm!), asc = exportsOf(await ascCompile(file));
    let calls = 0;
    for (const f of fns) {
      for (const arg of INPUTS[f.param]!) {
        const got = show(kiln[f.name]!(arg)), want = show(asc[f.name]!(arg));
        assert.equal(got, want, `${f.name}(${show(arg)}) on\n${f.source}`);
        calls++;
      }
    }
    assert.ok(calls > 1000, `${calls} calls`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
