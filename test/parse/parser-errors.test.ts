// Syntax errors: each common mistake gives one clear message (code, line:col,
// what was expected and what was found), recovery keeps the statements
// around it, deep nesting is reported instead of overflowing the stack, and
// no input makes the parser throw.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { NodeId } from "../../src/base/ids.js";
import { InternPool } from "../../src/base/intern-pool.js";
import { SpanTable } from "../../src/base/span.js";
import { ParseCode } from "../../src/diagnostics/codes.js";
import { Diagnostics } from "../../src/diagnostics/diagnostics.js";
import { childrenOf, N, type ParseTree } from "../../src/parse/nodes.js";
import { parseFile } from "../../src/parse/parse-file.js";
import { errors, parse } from "./helpers.js";

/** Kinds of the top-level statements. */
function topKinds(tree: ParseTree): N[] {
  return childrenOf(tree, (tree.count - 1) as NodeId).map((k) => tree.kind[k]! as N);
}

/** The `i`th top-level statement. */
function topOf(tree: ParseTree, i: number): NodeId {
  return childrenOf(tree, (tree.count - 1) as NodeId)[i]!;
}

/** Whether the subtree of `node` holds an Error node. */
function hasError(tree: ParseTree, node: NodeId): boolean {
  for (let i = node - tree.size[node]! + 1; i <= node; i++) if (tree.kind[i] === N.Error) return true;
  return false;
}

/** The tree is well formed: the root is the last node, a SourceFile spanning every node. */
function assertWellFormed(tree: ParseTree, what: string): void {
  assert.ok(tree.count >= 1, what);
  const root = tree.count - 1;
  assert.equal(tree.kind[root], N.SourceFile, what);
  assert.equal(tree.size[root], tree.count, what);
  for (let i = 0; i < tree.count; i++) assert.ok(tree.size[i]! >= 1 && tree.size[i]! <= i + 1, `${what}: size of node ${i}`);
}

test("a block or class body left open at the end of the file is one K1102 at the end", () => {
  assert.deepEqual(errors("function f() {\n  let x = 1;\n"), ["3:1 K1102 expected '}' to close the block, found end of file"]);
  assert.deepEqual(errors("class A {\n  x: i32;\n"), ["3:1 K1102 expected '}' to close the class body, found end of file"]);
  assert.deepEqual(errors("class A {\n  m() {\n    return 1;\n  }\n"), ["5:1 K1102 expected '}' to close the class body, found end of file"]);
  assert.deepEqual(errors("interface I {"), ["1:14 K1102 expected '}' to close the interface body, found end of file"]);
  assert.deepEqual(errors("namespace N {"), ["1:14 K1102 expected '}' to close the namespace body, found end of file"]);
  assert.deepEqual(errors("enum E {"), ["1:9 K1102 expected '}' to close the enum body, found end of file"]);
  assert.deepEqual(errors("switch (x) {"), ["1:13 K1102 expected '}' to close the switch body, found end of file"]);
  // The note points at the opener.
  const r = parse("function f() {\n  let x = 1;\n");
  const d = r.diags.list[0]!;
  assert.equal(d.code, ParseCode.Unclosed);
  assert.equal(d.related.length, 1);
  assert.equal(d.related[0]!.message, "the block starts here");
  const at = r.map.lineCol(r.spans.start(d.related[0]!.span));
  assert.deepEqual([at.line, at.column], [1, 14]);
  // What did parse is kept.
  assert.deepEqual(topKinds(r.file.tree), [N.FunctionDecl]);
});

test("a missing ')' is reported where it was expected, with the opener noted", () => {
  const src = "if (x {\n  y();\n}\nz();";
  assert.deepEqual(errors(src), ["1:7 K1102 expected ')' to close the condition of 'if', found '{'"]);
  const r = parse(src);
  assert.equal(r.diags.list[0]!.related[0]!.message, "the condition of 'if' starts here");
  const at = r.map.lineCol(r.spans.start(r.diags.list[0]!.related[0]!.span));
  assert.deepEqual([at.line, at.column], [1, 4]);
  assert.deepEqual(topKinds(r.file.tree), [N.If, N.ExprStmt]);
  assert.deepEqual(errors("while x {}"), ["1:7 K1101 expected '(' after 'while', found an identifier 'x'"]);
  assert.deepEqual(errors("let x = (1 + 2;"), ["1:15 K1102 expected ')' to close the parenthesized expression '(...)', found ';'"]);
  assert.deepEqual(errors("f(a, b"), ["1:7 K1102 expected ')' to close the argument list '(...)', found end of file"]);
});

test("a stray token is one error naming what was expected and what was found", () => {
  assert.deepEqual(errors("let x = 1 2;"), ["1:11 K1101 expected ';' after the variable declaration, found a number '2'"]);
  assert.deepEqual(errors(")"), ["1:1 K1101 expected an expression, found ')'"]);
  assert.deepEqual(errors("f());"), ["1:4 K1101 expected ';' after the expression, found ')'"]);
  assert.deepEqual(errors("a + = b;"), ["1:5 K1101 expected an expression, found '='"]);
  assert.deepEqual(errors("let = 5;"), ["1:5 K1101 expected a variable name, found '='"]);
  assert.deepEqual(errors("x.;"), ["1:3 K1101 expected a property name after '.', found ';'"]);
  assert.deepEqual(errors("let x: = 1;"), ["1:8 K1101 expected a type, found '='"]);
  assert.deepEqual(errors("import { a } \"m\";"), ["1:14 K1101 expected 'from' and a module name, found a string"]);
  assert.deepEqual(errors("try {}"), ["1:7 K1101 expected 'catch' or 'finally' after the try block, found end of file"]);
  assert.deepEqual(errors("public x = 1;"), ["1:1 K1106 'public' can only modify a class member"]);
  assert.deepEqual(errors("with (x) {}"), ["1:1 K1104 'with' statements are not allowed in modules"]);
  // A stray '}' between statements: the statements on both sides survive.
  const src = "let a = 1;\n}\nlet b = 2;";
  assert.deepEqual(errors(src), ["2:1 K1104 unexpected '}': no block is open here"]);
  assert.deepEqual(topKinds(parse(src).file.tree), [N.VarStatement, N.VarStatement]);
});

test("unterminated strings and comments are one lexer error each, and parsing goes on", () => {
  assert.deepEqual(errors("let s = 'abc"), ["1:9 K1002 unterminated string: expected a closing \"'\" before the end of the file"]);
  const line = "let s = \"abc\nlet y = 1;";
  assert.deepEqual(errors(line), ["1:9 K1002 unterminated string: expected a closing '\"' before the end of the line"]);
  assert.deepEqual(topKinds(parse(line).file.tree), [N.VarStatement, N.VarStatement]);
  assert.deepEqual(errors("let x = 1; /* open"), ["1:12 K1004 unterminated comment: '/*' has no closing '*/'"]);
  assert.deepEqual(errors("/* open\n\nlet x = 1;"), ["1:1 K1004 unterminated comment: '/*' has no closing '*/'"]);
  assert.deepEqual(errors("let t = `abc"), ["1:9 K1003 unterminated template literal: expected a closing '`'"]);
  assert.deepEqual(errors("let x = 09;"), ["1:9 K1006 invalid number: a decimal number cannot start with 0 (write 0o for an octal number)"]);
  assert.deepEqual(errors("let x = 0x;"), ["1:9 K1006 invalid number: expected hexadecimal digits after '0x'"]);
});

test("a missing ';' between statements on one line is reported at the second", () => {
  assert.deepEqual(errors("let x = 1 let y = 2"), ["1:11 K1101 expected ';' after the variable declaration, found 'let'"]);
  assert.deepEqual(errors("a() b()"), ["1:5 K1101 expected ';' after the expression, found an identifier 'b'"]);
  assert.deepEqual(errors("x = 1 y = 2;"), ["1:7 K1101 expected ';' after the expression, found an identifier 'y'"]);
  // Statements on the following lines still parse.
  const src = "let a = 1 let b = 2;\nlet c = 3;";
  assert.equal(errors(src).length, 1);
  const t = parse(src).file.tree;
  const top = childrenOf(t, (t.count - 1) as NodeId);
  assert.deepEqual(top.map((k) => t.kind[k]), [N.VarStatement, N.VarStatement]);
  assert.equal(hasError(t, top[1]!), false);
});

test("independent mistakes each give their own error; the statements between them parse", () => {
  const src = [
    "let a = ;",
    "let ok1 = 1;",
    "let b = );",
    "let ok2 = 2;",
    "let c = 1 2;",
    "let ok3 = 3;",
  ].join("\n");
  assert.deepEqual(errors(src), [
    "1:9 K1101 expected an expression, found ';'",
    "3:9 K1101 expected an expression, found ')'",
    "5:11 K1101 expected ';' after the variable declaration, found a number '2'",
  ]);
  const t = parse(src).file.tree;
  const top = childrenOf(t, (t.count - 1) as NodeId);
  assert.deepEqual(top.map((k) => t.kind[k]), Array(6).fill(N.VarStatement));
  assert.deepEqual(top.map((k) => hasError(t, k)), [true, false, true, false, false, false]);
  // Mistakes inside bodies are contained there too.
  const nested = "function f() {\n  let = 5;\n  return 1;\n}\nclass C {\n  x: i32 = ;\n  y: i32;\n}\nlet ok = 1;";
  assert.deepEqual(errors(nested), [
    "2:7 K1101 expected a variable name, found '='",
    "6:12 K1101 expected an expression, found ';'",
  ]);
  const n = parse(nested).file.tree;
  assert.deepEqual(topKinds(n), [N.FunctionDecl, N.ClassDecl, N.VarStatement]);
  // The class kept both members, the function its return.
  const [fn, cls] = childrenOf(n, (n.count - 1) as NodeId);
  assert.deepEqual(childrenOf(n, cls!).map((k) => n.kind[k]), [N.Property, N.Property]);
  const body = childrenOf(n, fn!).at(-1)!;
  assert.equal(n.kind[body], N.Block);
  assert.deepEqual(childrenOf(n, body).map((k) => n.kind[k]), [N.VarStatement, N.Return]);
});

test("one mistake gives exactly one error (no cascades)", () => {
  const table: [string, string][] = [
    ["if (x {\n  y();\n}", "1:7 K1102 expected ')' to close the condition of 'if', found '{'"],
    ["foo(bar(1, 2);", "1:14 K1102 expected ')' to close the argument list '(...)', found ';'"],
    ["let x = (1 + 2;\nlet y = 3;", "1:15 K1102 expected ')' to close the parenthesized expression '(...)', found ';'"],
    ["function f() {\n  g(1, 2;\n  return 3;\n}", "2:9 K1102 expected ')' to close the argument list '(...)', found ';'"],
    ["let x = [1, 2;\nlet y = 3;", "1:14 K1102 expected ']' to close the array literal '[...]', found ';'"],
    ["let o = { a: 1", "1:15 K1102 expected '}' to close the object literal '{...}', found end of file"],
    ["for (let i = 0 i < n; i++) {}", "1:16 K1101 expected ';' after the loop's initializer, found an identifier 'i'"],
    ["enum E { A B }", "1:12 K1101 expected ',' between enum members, found an identifier 'B'"],
    ["interface I { x: i32 y: i32 }", "1:22 K1101 expected ';' after the member, found an identifier 'y'"],
    ["class A { x: i32 = }", "1:20 K1101 expected an expression, found '}'"],
    ["type T = ;", "1:10 K1101 expected a type, found ';'"],
    ["let x = <i32 y;", "1:14 K1102 expected '>' to close the type assertion '<...>', found an identifier 'y'"],
    ["let x: Array<i32 = y;", "1:18 K1102 expected '>' to close the type argument list '<...>', found '='"],
    ["x = `a${b", "1:10 K1101 expected '}' to end a template substitution, found end of file"],
  ];
  for (const [src, expected] of table) assert.deepEqual(errors(src), [expected], JSON.stringify(src));
});

test("pathologically deep nesting is one K1103 error, not a stack overflow", () => {
  const deep: [string, string][] = [
    ["parentheses", "(".repeat(100000) + "1" + ")".repeat(100000)],
    ["blocks", "{".repeat(100000) + "}".repeat(100000)],
    ["prefix operators", "-".repeat(100000) + "x"],
    ["arrays", "[".repeat(100000) + "]".repeat(100000)],
    ["calls", "f(".repeat(100000) + ")".repeat(100000)],
    ["objects", "x = " + "{a:".repeat(100000) + "1" + "}".repeat(100000)],
    ["type arguments", "let x: " + "A<".repeat(100000) + "B" + ">".repeat(100000) + ";"],
    ["parenthesized types", "type T = " + "(".repeat(100000) + "A" + ")".repeat(100000)],
    ["arrows", "x => ".repeat(100000) + "1"],
    ["assignments", "a = ".repeat(100000) + "1"],
    ["conditionals", "a ? ".repeat(100000) + "b" + " : c".repeat(100000)],
    ["if statements", "if (x) ".repeat(100000) + ";"],
    ["functions", "function f() {".repeat(100000)],
    ["templates", "`${".repeat(20000) + "x" + "}`".repeat(20000)],
  ];
  for (const [what, src] of deep) {
    let r: ReturnType<typeof parse> | undefined;
    assert.doesNotThrow(() => { r = parse(src); }, what);
    const tooDeep = r!.diags.list.filter((d) => d.code === ParseCode.TooDeep);
    assert.equal(tooDeep.length, 1, what);
    assert.equal(r!.diags.list.length, 1, `${what}: nothing but K1103 (the unclosed brackets after it are no news)`);
    assert.match(tooDeep[0]!.message, /^nesting is too deep \(more than \d+ levels\)/, what);
    assertWellFormed(r!.file.tree, what);
  }
  // Nesting well inside the limit is fine.
  assert.deepEqual(errors("(".repeat(100) + "1" + ")".repeat(100)), []);
  assert.deepEqual(errors("{".repeat(100) + "}".repeat(100)), []);
  assert.deepEqual(errors("- ".repeat(100) + "x"), []);
  // ("--".repeat(50) + "x" would be --(--x): not an assignable operand.)
  // Long flat sequences are not nesting.
  assert.deepEqual(errors("a" + " + a".repeat(100000)), []);
  assert.deepEqual(errors("a" + ".b".repeat(100000)), []);
  assert.deepEqual(errors("x;\n".repeat(100000)), []);
});

test("the parser never throws on garbage and always ends with a well-formed tree", () => {
  const pool = InternPool.create();
  const spans = SpanTable.create();
  const run = (src: Uint8Array, what: string): void => {
    const diags = new Diagnostics();
    let tree: ParseTree | undefined;
    assert.doesNotThrow(() => { tree = parseFile(src, 0, pool, spans, diags).tree; }, what);
    assertWellFormed(tree!, what);
  };
  const enc = new TextEncoder();
  const fixed = ["", "\0", "}}}", ")))", "]]]", "<<<", ">>>", "`${", "${}", "/*", "*/", "@@@", "class", "import", "export",
    "=>", "...", "?.", "#", "\\", "\\u", "'", "\"", "`", "{[(<", ">)]}", "function function function", "class class {",
    "import import from from", "export export default default", "let let = let", "for (;;", "switch { case", "a ? : b",
    "new new new", "x as as as", "type type = type", "enum { , , }", "<T>(<U>(<V>", "@dec @dec", "async async async =>"];
  for (const s of fixed) run(enc.encode(s), JSON.stringify(s));
  // Random token soup and random bytes (invalid UTF-8 included), from a fixed seed.
  let seed = 20240601;
  const rnd = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
  const frags = ["(", ")", "{", "}", "[", "]", "<", ">", "=>", "=", ";", ",", ".", "...", "?", "?.", ":", "!", "@", "#",
    "`", "${", "'", "\"", "/", "/*", "*/", "//", "\n", " ", "let", "const", "class", "function", "if", "else", "for", "of",
    "in", "return", "import", "export", "from", "as", "type", "interface", "enum", "namespace", "declare", "abstract", "new",
    "x", "T", "i32", "1", "0x", "1_", "\\u0061", "é", "€", "extends", "implements", "get", "set", "static", "async",
    "await", "yield", "*", "+", "-", "|", "&", "keyof", "typeof", "infer", "is", "case", "default", "switch", "try",
    "catch", "finally", "\\", "\r", "\u2028"];
  for (let n = 0; n < 3000; n++) {
    let s = "";
    const len = 1 + Math.floor(rnd() * 60);
    for (let j = 0; j < len; j++) s += frags[Math.floor(rnd() * frags.length)]! + (rnd() < 0.5 ? " " : "");
    run(enc.encode(s), JSON.stringify(s));
  }
  for (let n = 0; n < 3000; n++) {
    const bytes = new Uint8Array(Math.floor(rnd() * 100));
    for (let j = 0; j < bytes.length; j++) bytes[j] = rnd() < 0.7 ? 32 + Math.floor(rnd() * 95) : Math.floor(rnd() * 256);
    run(bytes, `bytes ${[...bytes].join(",")}`);
  }
});

test("an error that ends at its statement's ';' keeps the next statement on the same line", () => {
  const src = "let a = ; let b = 1;";
  assert.deepEqual(errors(src), ["1:9 K1101 expected an expression, found ';'"]);
  const r = parse(src);
  assert.deepEqual(topKinds(r.file.tree), [N.VarStatement, N.VarStatement]);
  assert.deepEqual(errors("f(; g();"), ["1:3 K1101 expected an expression, found ';'"]);
  assert.deepEqual(topKinds(parse("f(; g();").file.tree).slice(-1), [N.ExprStmt]);
});

test("a missing comma in an import or export list is one error, and the list goes on", () => {
  assert.deepEqual(errors("export { a b }\nfoo();"), ["1:12 K1101 expected ',' between the names, found an identifier 'b'"]);
  assert.deepEqual(errors("import { a b as c } from \"m\";"), ["1:12 K1101 expected ',' between the names, found an identifier 'b'"]);
  const r = parse("export { a b }\nfoo();");
  assert.deepEqual(topKinds(r.file.tree), [N.ExportDecl, N.ExprStmt]);
  // Both names are specifiers.
  const exp = childrenOf(r.file.tree, topOf(r.file.tree, 0));
  assert.deepEqual(exp.map((k) => r.file.tree.kind[k]), [N.ExportSpecifier, N.ExportSpecifier]);
  assert.deepEqual(errors("import * from \"m\";\nfoo();"), [
    "1:10 K1101 expected 'as' and a name after 'import *' (import * as name from \"...\"), found an identifier 'from'",
  ]);
  assert.deepEqual(topKinds(parse("import * from \"m\";\nfoo();").file.tree), [N.ImportDecl, N.ExprStmt]);
});

test("grammar errors: a unary base of '**', '??' mixed with '||' or '&&', unnamed declarations", () => {
  assert.deepEqual(errors("x = -a ** 2;"), ["1:5 K1107 the base of '**' cannot be a unary expression such as '-x': write (-x) ** y"]);
  assert.deepEqual(errors("x = typeof a ** 2;"), ["1:5 K1107 the base of '**' cannot be a unary expression such as 'typeof x': write (typeof x) ** y"]);
  assert.deepEqual(errors("x = <i32>a ** 2;"), ["1:5 K1107 the base of '**' cannot be a unary expression such as '<T>x': write (<T>x) ** y"]);
  assert.deepEqual(errors("x = (-a) ** 2; y = -(a ** 2); z = ++a ** 2; w = a++ ** 2; v = 2 ** -a;"), []);
  assert.deepEqual(errors("x = a ?? b || c;"), ["1:5 K1107 '||' and '??' cannot be mixed without parentheses: group one of them, e.g. (a ?? b) || c"]);
  assert.deepEqual(errors("x = a || b ?? c;"), ["1:5 K1107 '??' and '||' cannot be mixed without parentheses: group one of them, e.g. (a || b) ?? c"]);
  assert.deepEqual(errors("x = a ?? b && c;"), ["1:10 K1107 '??' and '&&' cannot be mixed without parentheses: group one of them, e.g. (a && b) ?? c"]);
  assert.deepEqual(errors("x = a ?? (b || c); y = (a && b) ?? c; z = a ?? b ?? c; w = a || b && c;"), []);
  assert.deepEqual(errors("function () {}"), ["1:1 K1101 expected a function name: only 'export default function' may leave it out"]);
  assert.deepEqual(errors("class {}"), ["1:1 K1101 expected a class name: only 'export default class' may leave it out"]);
  assert.deepEqual(errors("export default function () {}"), []);
  assert.deepEqual(errors("export default class {}"), []);
  assert.deepEqual(errors("export default @dec class {}"), []);
  // These are errors in an otherwise sound tree: no resync, the next statement is kept.
  assert.deepEqual(topKinds(parse("x = -a ** 2; y = 1;").file.tree), [N.ExprStmt, N.ExprStmt]);
});

test("K1105: assignments, ++/-- and for-in/of heads need an assignable target", () => {
  const bad = "expected a variable, a property or an element";
  assert.deepEqual(errors("a + b = c;"), [`1:1 K1105 invalid target for the left side of an assignment: ${bad}`]);
  assert.deepEqual(errors("f() += 1;"), [`1:1 K1105 invalid target for the left side of an assignment: ${bad}`]);
  assert.deepEqual(errors("a?.b = 1;"), [`1:1 K1105 invalid target for the left side of an assignment: ${bad}`]);
  assert.deepEqual(errors("a?.b.c = 1;"), [`1:1 K1105 invalid target for the left side of an assignment: ${bad}`]);
  assert.deepEqual(errors("[a] += c;"), [`1:1 K1105 invalid target for the left side of an assignment: ${bad}`]);
  assert.deepEqual(errors("1++;"), [`1:1 K1105 invalid target for '++': ${bad}`]);
  assert.deepEqual(errors("--f();"), [`1:3 K1105 invalid target for '--': ${bad}`]);
  assert.deepEqual(errors("for (f() of xs) {}"), [`1:6 K1105 invalid target for the left side of a 'for...of': ${bad}`]);
  assert.deepEqual(errors("for (a + b in o) {}"), [`1:6 K1105 invalid target for the left side of a 'for...in': ${bad}`]);
  // Valid targets.
  assert.deepEqual(errors("a = 1; a.b = 1; a[0] = 1; (a) = 1; a! = 1; (a as T) = 1; (<T>a) = 1; a.b!.c = 1; (a?.b).c = 1;"), []);
  assert.deepEqual(errors("[a, b] = c; ({ a, b } = c); a++; --a.b; for (a.b of xs) {} for ([k, v] of m) {}"), []);
  // Inside an arrow's speculative parse the error is reported once, not lost.
  assert.deepEqual(errors("f((x) => x + 1 = 2);"), [`1:10 K1105 invalid target for the left side of an assignment: ${bad}`]);
  // One syntax error, no cascade into a target error.
  assert.deepEqual(errors("a + = b;"), ["1:5 K1101 expected an expression, found '='"]);
});
