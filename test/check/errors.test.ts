// One test per diagnostic of the checker and the module loader: the code, the
// place (file:line:col) and the words of the message that name the things
// involved. Each program has exactly the one mistake it is about.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compileFiles, diagnosticsOf } from "./helpers.js";

function expectOne(files: Record<string, string>, code: string, at: string, message: RegExp): void {
  const c = compileFiles(files);
  const d = diagnosticsOf(c);
  assert.equal(d.length, 1, `expected one diagnostic, got ${JSON.stringify(d, null, 1)}`);
  assert.equal(d[0]!.code, code, JSON.stringify(d[0]));
  assert.equal(d[0]!.at, at, JSON.stringify(d[0]));
  assert.match(d[0]!.message, message);
  assert.equal(c.wasm, undefined, "no module is produced when there are errors");
}

const fn = (body: string): string => `export function main(): i32 {\n${body}\n}\n`;

test("K2001: a module that does not exist", () => {
  expectOne({ "main.ts": `import { a } from "./nope";\nexport function main(): i32 { return 1; }\n` }, "K2001", "main.ts:1:19", /cannot find module '\.\/nope'.*nope\.ts/);
});

test("K2002: an import the module does not export, naming what it does export", () => {
  expectOne({ "main.ts": `import { b } from "./m";\nexport function main(): i32 { return 1; }\n`, "m.ts": "export function a(): i32 { return 1; }\n" },
    "K2002", "main.ts:1:10", /m\.ts has no export named 'b' \(it exports 'a'\)/);
  expectOne({ "main.ts": `import { h } from "./m";\nexport function main(): i32 { return 1; }\n`, "m.ts": "function h(): i32 { return 1; }\nexport function a(): i32 { return h(); }\n" },
    "K2002", "main.ts:1:10", /declared there but not exported/);
});

test("K2003: a name exported twice", () => {
  expectOne({ "main.ts": "export function a(): i32 { return 1; }\nexport { a };\n" }, "K2003", "main.ts:2:10", /'a' is exported twice/);
});

test("K2004: a name declared twice, at the top level and in a block", () => {
  expectOne({ "main.ts": "let a: i32 = 1;\nlet a: i32 = 2;\nexport function main(): i32 { return a; }\n" }, "K2004", "main.ts:2:5", /'a' is declared twice/);
  expectOne({ "main.ts": fn("  let x = 1;\n  let x = 2;\n  return x;") }, "K2004", "main.ts:3:7", /'x' is already declared in this block/);
  // Importing a name declared twice says nothing more: not 'add export' when the second is exported, not
  // a re-export cycle when an import of itself is the first and an export list names it.
  expectOne({ "main.ts": `import { f } from "./m";\nexport function main(): i32 { return f(); }\n`, "m.ts": "function f(): i32 { return 1; }\nexport function f(): i32 { return 2; }\n" },
    "K2004", "m.ts:2:1", /'f' is declared twice in \S*m\.ts/);
  expectOne({ "main.ts": `import { f } from "./main";\nexport function f(): i32 { return 2; }\nexport function main(): i32 { return f(); }\n` },
    "K2004", "main.ts:2:1", /'f' is declared twice in \S*main\.ts/);
  expectOne({ "main.ts": `import { f } from "./main";\nfunction f(): i32 { return 2; }\nexport { f };\nexport function main(): i32 { return f(); }\n` },
    "K2004", "main.ts:2:1", /'f' is declared twice in \S*main\.ts/);
});

test("K2005: an unknown name", () => {
  expectOne({ "main.ts": fn("  return y + 1;") }, "K2005", "main.ts:2:10", /cannot find name 'y'/);
});

test("K2006: re-exports that go round in a cycle", () => {
  expectOne({
    "main.ts": `import { x } from "./m1";\nexport function main(): i32 { return 1; }\n`,
    "m1.ts": `export { x } from "./m2";\n`, "m2.ts": `export { x } from "./m1";\n`,
  }, "K2006", "main.ts:1:10", /'x' is re-exported in a cycle/);
  // A chain that leads into a cycle it is not part of: reported once, where the chain began.
  expectOne({
    "main.ts": `import { x } from "./a";\nexport function main(): i32 { return 1; }\n`,
    "a.ts": `export { x } from "./b";\n`, "b.ts": `export { x } from "./c";\n`, "c.ts": `export { x } from "./b";\n`,
  }, "K2006", "main.ts:1:10", /'x' is re-exported in a cycle that never reaches a declaration \(through \S*b\.ts and \S*c\.ts\)/);
  // A module that re-exports itself names itself once.
  expectOne({ "main.ts": `export { x } from "./main";\nexport function main(): i32 { return 1; }\n` },
    "K2006", "main.ts:1:10", /'x' is re-exported in a cycle that never reaches a declaration \(through \S*main\.ts\)$/);
});

test("K2006: a cycle closed by an import, not an export, is reported even when the name is used", () => {
  // main's import of x is followed first; the chain comes back to that import
  // row through m1's export and main's own re-export of it.
  expectOne({
    "main.ts": `import { x } from "./m1";\nexport { x };\nexport function main(): i32 { return x(); }\n`,
    "m1.ts": `import { x } from "./main";\nexport { x };\n`,
  }, "K2006", "main.ts:1:10", /'x' is re-exported in a cycle that never reaches a declaration \(through \S*main\.ts and \S*m1\.ts\)/);
  // Every module importing and re-exporting: one report, and a later import of any link gets none.
  const c = compileFiles({
    "main.ts": `import { x } from "./m1";\nimport { y } from "./m2";\nexport function main(): i32 { return 1; }\n`,
    "m1.ts": `import { x } from "./m2";\nexport { x };\n`, "m2.ts": `import { x } from "./m1";\nexport { x, x as y };\n`,
  });
  assert.deepEqual(diagnosticsOf(c).map((d) => d.code), ["K2006"]);
  assert.equal(c.wasm, undefined);
});

test("K2007: syntax kiln does not compile at level 0 says which level brings it", () => {
  expectOne({ "main.ts": "class A {}\nexport function main(): i32 { return 1; }\n" }, "K2007", "main.ts:1:1", /classes come with level 1/);
});

test("K2007: every modifier kiln does not compile is reported, in source order even before printing sorts", () => {
  const c = compileFiles({ "main.ts": "export default async function f(): i32 { return 1; }\nexport function main(): i32 { return 1; }\n" });
  const p = c.program!;
  // The list as the declarations reported it, not diagnosticsOf's sorted copy.
  const reported = c.diags.list.map((d) => [p.map.lineCol(p.spans.start(d.span)).column, d.message]);
  assert.deepEqual(reported, [[8, "default exports are not supported"], [16, "this modifier is not supported at the top level"]]);
});

test("K2008: break to a label that does not exist", () => {
  expectOne({ "main.ts": fn("  while (true) { break outer; }\n  return 1;") }, "K2008", "main.ts:2:24", /no enclosing statement is labelled 'outer'/);
});

test("K2009: break outside a loop, continue to a label that is not a loop", () => {
  expectOne({ "main.ts": fn("  break;\n  return 1;") }, "K2009", "main.ts:2:3", /'break' outside a loop or switch/);
  expectOne({ "main.ts": fn("  l: { continue l; }\n  return 1;") }, "K2009", "main.ts:2:8", /does not name a loop/);
});

test("K2010: calling something that is not a function", () => {
  expectOne({ "main.ts": fn("  let x = 1;\n  return x();") }, "K2010", "main.ts:3:10", /'x' is a variable, not a function/);
});

test("K2011: a function used as a value", () => {
  expectOne({ "main.ts": "function f(): i32 { return 1; }\n" + fn("  let g = f;\n  return 1;") }, "K2011", "main.ts:3:11", /function 'f' is not a value here: call it/);
});

test("K2011: a built-in function or namespace used as a value, unless the program declares the name", () => {
  expectOne({ "main.ts": fn("  let g = isNaN;\n  return 1;") }, "K2011", "main.ts:2:11", /built-in function 'isNaN' is not a value here: call it, 'isNaN\(\.\.\.\)'/);
  expectOne({ "main.ts": fn("  let g = i32;\n  return 1;") }, "K2011", "main.ts:2:11", /built-in function 'i32'/);
  expectOne({ "main.ts": fn("  let g = Mathf;\n  return 1;") }, "K2011", "main.ts:2:11", /'Mathf' is a built-in namespace, not a value: .*'Mathf\.PI'/);
  expectOne({ "main.ts": fn("  let isNaN = 2;\n  let g = isNaN + abs;\n  return g;") }, "K2011", "main.ts:3:19", /'abs'/);
});

test("K2012: a malformed @external", () => {
  expectOne({ "main.ts": "@external(1) declare function f(): void;\n" + fn("  f();\n  return 1;") }, "K2012", "main.ts:1:1", /expected '@external\("module", "name"\)'/);
});

test("K2101: an unknown type, and a type outside level 0", () => {
  expectOne({ "main.ts": fn("  let x: Foo = 1;\n  return 1;") }, "K2101", "main.ts:2:10", /cannot find type 'Foo'/);
  expectOne({ "main.ts": fn("  let x: string = 1;\n  return 1;") }, "K2101", "main.ts:2:10", /'string' is not a level-0 type/);
});

test("K2102: a value of the wrong type, naming both types and a conversion", () => {
  expectOne({ "main.ts": fn("  let a: f64 = 1.5;\n  let b: i32 = a;\n  return b;") }, "K2102", "main.ts:3:16", /expected i32, found f64; convert it explicitly, e.g. i32\(a\)$/);
  expectOne({ "main.ts": fn("  let a: i32 = 1.5;\n  return a;") }, "K2102", "main.ts:2:16", /float literal where i32 is expected/);
});

test("K2103: an operator on operands it cannot mix (i32 + f64)", () => {
  expectOne({ "main.ts": fn("  let a: i32 = 1;\n  let b: f64 = 2;\n  return i32(a + b);") }, "K2103", "main.ts:4:14", /operator '\+' cannot mix i32 and f64: convert the integer side explicitly, e.g. f64\(a\)$/);
  // A float literal beside an integer is such a mix too, on either side, where a float is wanted or not.
  expectOne({ "main.ts": "export function f(j: i32): f64 { return 0.5 + j; }\n" }, "K2103", "main.ts:1:41", /operator '\+' cannot mix f64 and i32.*f64\(j\)$/);
  expectOne({ "main.ts": "export function f(j: i32): bool { return j < 2.5; }\n" }, "K2103", "main.ts:1:42", /operator '<' cannot mix i32 and f64.*f64\(j\)$/);
  // The conversion quotes the operand, without its parentheses, unless it is too long to.
  // A left operand that is a float through a literal alone converts the integer beside it; one with a float value does not.
  expectOne({ "main.ts": "export function f(j: i32, d: f64): f64 { let v: f64 = 2 * j + j; return (1 + d) - j + v; }\n" }, "K2103", "main.ts:1:73", /operator '-' cannot mix f64 and i32.*f64\(j\)$/);
  expectOne({ "main.ts": "export function f(j: i32, d: f64): f64 { return d * (j + 1); }\n" }, "K2103", "main.ts:1:49", /e\.g\. f64\(j \+ 1\)$/);
  expectOne({ "main.ts": "export function f(j: i32, d: f64): f64 { return d * (j * 1000 + j * 2000 + j * 3000 + j * 4000); }\n" }, "K2103", "main.ts:1:49", /e\.g\. f64\(x\)$/);
  expectOne({ "main.ts": "export function f(j: i32, d: f64): i32 { j += d; return j; }\n" }, "K2103", "main.ts:1:42", /operator '\+=' cannot mix i32 and f64: convert the right side, e\.g\. i32\(d\)$/);
  expectOne({ "main.ts": "export function f(j: i32, u: u32): u32 { return u + j; }\n" }, "K2103", "main.ts:1:49", /cannot mix u32 and i32: convert one side explicitly, e\.g\. u32\(j\)$/);
});

test("K2103: a conditional operand of a float operator does not convert an integer branch beside a float value, as the operator would not", () => {
  // Assigned, the same conditional converts its i32 branch: `let v: f64 = c ? b : a` compiles. Beside a
  // literal that takes the float, as an operand it converts it too (`b + (c ? 1 : a)`, as `b + (1 + a)`).
  const body = "  let a: i32 = 1;\n  let b: f64 = 2;\n  let ok: f64 = a > 0 ? b : a;\n  return i32(b + (a > 0 ? b : a) + ok + (a > 0 ? 1 : a));";
  expectOne({ "main.ts": fn(body) }, "K2103", "main.ts:5:19", /operator '\?' cannot mix f64 and i32.*f64\(a\)$/);
  // On the left (above) or the right, inside parentheses, and in a branch of a conditional operand.
  expectOne({ "main.ts": fn("  let a: i32 = 1;\n  let b: f64 = 2;\n  return i32(b * ((a > 0 ? b : a)));") }, "K2103", "main.ts:4:20", /operator '\?' cannot mix f64 and i32/);
  expectOne({ "main.ts": fn("  let a: i32 = 1;\n  let b: f64 = 2;\n  return i32(b - (a > 1 ? (a > 0 ? b : a) : 2.5));") }, "K2103", "main.ts:4:28", /operator '\?' cannot mix f64 and i32/);
});

test("K2104: the wrong number of arguments", () => {
  expectOne({ "main.ts": "function f(a: i32, b: i32 = 2): i32 { return a + b; }\n" + fn("  return f(1, 2, 3);") }, "K2104", "main.ts:3:10", /'f' takes 1 to 2 arguments, got 3/);
});

test("K2105: a function whose end can be reached without a return", () => {
  expectOne({ "main.ts": "export function main(x: i32): i32 {\n  if (x > 0) return 1;\n}\n" }, "K2105", "main.ts:1:35", /function 'main' returns i32, but its end can be reached/);
  // Not when a syntax error cut the body short: nesting too deep stops the parse before the 'return'.
  const deep = "(".repeat(450) + "1" + ")".repeat(450);
  expectOne({ "main.ts": fn(`  let x = ${deep};\n  return x;`) }, "K1103", "main.ts:2:209", /nesting is too deep/);
});

test("K2106: assigning to a const", () => {
  expectOne({ "main.ts": fn("  const c = 1;\n  c = 2;\n  return c;") }, "K2106", "main.ts:3:3", /cannot assign to 'c': it is a const/);
});

test("K2106: writing to a built-in function, namespace or constant member, unless the program declares the name", () => {
  expectOne({ "main.ts": fn("  isNaN = 1;\n  return 0;") }, "K2106", "main.ts:2:3", /cannot assign to 'isNaN': it is a built-in function/);
  expectOne({ "main.ts": fn("  abs++;\n  return 0;") }, "K2106", "main.ts:2:3", /cannot assign to 'abs': it is a built-in function/);
  expectOne({ "main.ts": fn("  Math = 1;\n  return 0;") }, "K2106", "main.ts:2:3", /cannot assign to 'Math': it is a built-in namespace/);
  expectOne({ "main.ts": fn("  Math.PI = 3.0;\n  return 0;") }, "K2106", "main.ts:2:3", /cannot assign to 'Math\.PI': it is a built-in constant/);
  expectOne({ "main.ts": fn("  --(i32.MAX_VALUE);\n  return 0;") }, "K2106", "main.ts:2:6", /'i32\.MAX_VALUE'/);
  expectOne({ "main.ts": "let abs: i32 = 0;\n" + fn("  abs++;\n  Math.E = 1.0;\n  return abs;") }, "K2106", "main.ts:4:3", /'Math\.E'/);
});

test("K1105 alone for a target that is no variable, and one K2007 for an element or a pattern", () => {
  expectOne({ "main.ts": fn("  let a = 1;\n  (a + 1) = 3;\n  return a;") }, "K1105", "main.ts:3:3", /invalid target for the left side of an assignment/);
  expectOne({ "main.ts": fn("  let a = 1;\n  ++(a * 2);\n  return a;") }, "K1105", "main.ts:3:5", /invalid target for '\+\+'/);
  expectOne({ "main.ts": fn("  Math?.PI = 1.0;\n  return 0;") }, "K1105", "main.ts:2:3", /invalid target for the left side of an assignment/);
  expectOne({ "main.ts": fn("  let a = 1;\n  a[0] = 3;\n  return a;") }, "K2007", "main.ts:3:3", /level 0 can assign only to variables/);
  // A cast or a non-null assertion around a variable parses as a target, and level 0 does not take it.
  expectOne({ "main.ts": fn("  let a = 1;\n  <i64>a += 3;\n  return a;") }, "K2007", "main.ts:3:3", /level 0 can assign only to variables/);
  expectOne({ "main.ts": fn("  let a = 1;\n  (a as i32)++;\n  return a;") }, "K2007", "main.ts:3:4", /level 0 can assign only to variables/);
  expectOne({ "main.ts": fn("  let a = 1;\n  a! = 2;\n  return a;") }, "K2007", "main.ts:3:3", /level 0 can assign only to variables/);
});

test("K2106: writing to NaN or Infinity, by assignment or by ++ and --, unless a local shadows it", () => {
  expectOne({ "main.ts": fn("  NaN = 1.0;\n  return 0;") }, "K2106", "main.ts:2:3", /cannot assign to 'NaN': it is a built-in constant/);
  expectOne({ "main.ts": fn("  let s = 0;\n  for (let i = 0; i < 3; Infinity++) s++;\n  return s;") }, "K2106", "main.ts:3:26", /cannot assign to 'Infinity': it is a built-in constant/);
  expectOne({ "main.ts": fn("  Infinity -= 1.0;\n  return 0;") }, "K2106", "main.ts:2:3", /'Infinity'/);
  expectOne({ "main.ts": fn("  --(NaN);\n  return 0;") }, "K2106", "main.ts:2:6", /'NaN'/);
  const shadowed = compileFiles({ "main.ts": fn("  let NaN = 1.0;\n  NaN++;\n  return i32(NaN);") });
  assert.deepEqual(diagnosticsOf(shadowed), []);
  assert.ok(shadowed.wasm !== undefined);
});

test("K2107: an integer literal too large for its type", () => {
  expectOne({ "main.ts": fn("  let b: u8 = 256;\n  return b;") }, "K2107", "main.ts:2:15", /256 does not fit in u8 \(0 to 255\)/);
  // Where a cast gives the literal beside a call or an assignment its type, the call's arguments and the
  // assigned value still take their own: the parameter's and the target's.
  const f = "function f(x: u8): i32 { return x; }\n";
  expectOne({ "main.ts": f + "export function g(y: u8): i64 { return <i64>(1 + f(300)); }\n" }, "K2107", "main.ts:2:52", /300 does not fit in u8/);
  expectOne({ "main.ts": "export function g(y: u8): i64 { return <i64>(1 + (y = 300)); }\n" }, "K2107", "main.ts:1:55", /300 does not fit in u8/);
});

test("K2108: a return type inferred from itself", () => {
  expectOne({ "main.ts": "function f(n: i32) { return f(n - 1); }\n" + fn("  return f(1);") }, "K2108", "main.ts:1:29", /the result type of 'f' depends on itself/);
});

test("K2109: a const without a value", () => {
  expectOne({ "main.ts": fn("  const c: i32;\n  return 1;") }, "K2109", "main.ts:2:9", /const 'c' needs a value/);
});

test("K2110: a host function's default value that is not a constant", () => {
  expectOne({ "main.ts": "function g(): i32 { return 1; }\ndeclare function f(a: i32 = g()): i32;\n" + fn("  return f();") }, "K2110", "main.ts:2:1", /a host function's default values must be constants/);
});

test("a default value may use the parameters before it (computed by the callee)", () => {
  const c = compileFiles({ "main.ts": "function f(a: i32, b: i32 = a * 2, c: i32 = 1): i32 { return a + b + c; }\nexport function one(): i32 { return f(5); }\nexport function two(): i32 { return f(5, 1); }\nexport function three(): i32 { return f(5, 1, 0); }\n" });
  assert.deepEqual(diagnosticsOf(c), []);
  const x = new WebAssembly.Instance(new WebAssembly.Module(c.wasm!), { env: { abort: () => 0 }, Math: { pow: Math.pow } }).exports as Record<string, () => number>;
  assert.deepEqual([x["one"]!(), x["two"]!(), x["three"]!(), x["one"]!()], [16, 7, 6, 16]);
});

test("K2111: using the value of a void call", () => {
  expectOne({ "main.ts": "function v(): void {}\n" + fn("  let x = v();\n  return 1;") }, "K2111", "main.ts:3:11", /cannot hold a void value/);
});

test("K2112: a reinterpret between types of different widths", () => {
  expectOne({ "main.ts": fn("  return reinterpret<i32>(1.0);") }, "K2112", "main.ts:2:10", /cannot reinterpret f64 as i32/);
});

test("K2113: integer division by a constant zero", () => {
  expectOne({ "main.ts": fn("  let a = 7;\n  return a / 0;") }, "K2113", "main.ts:3:10", /integer division by zero/);
});

test("independent errors in different functions and modules are all reported, in source order", () => {
  const c = compileFiles({
    "main.ts": `import { g } from "./m";\nfunction a(): i32 { return q; }\nfunction b(): i32 { let x: u8 = 300; return x; }\nexport function main(): i32 { return a() + b() + g(); }\n`,
    "m.ts": "export function g(): i32 { let f: f64 = 1; return f; }\n",
  });
  const d = diagnosticsOf(c).map((x) => `${x.code} ${x.at}`);
  assert.deepEqual(d, ["K2005 main.ts:2:28", "K2107 main.ts:3:33", "K2102 m.ts:1:51"]);
});

test("an unused import of something that exists is harmless", () => {
  const c = compileFiles({ "main.ts": `import { a, b } from "./m";\nexport function main(): i32 { return a(); }\n`, "m.ts": "export function a(): i32 { return 1; }\nexport function b(): i32 { return 2; }\n" });
  assert.deepEqual(diagnosticsOf(c), []);
  assert.ok(c.wasm !== undefined);
});

test("a syntax error is reported once: the checker adds nothing about the broken expression or statement", () => {
  expectOne({ "main.ts": fn("  return f(;") + "function f(x: i32): i32 { return x; }\n" }, "K1101", "main.ts:2:12", /expected an expression, found ';'/);
  expectOne({ "main.ts": fn("  let x: i32 = 1;\n  x = x +;\n  return x;") }, "K1101", "main.ts:3:10", /expected an expression, found ';'/);
});
