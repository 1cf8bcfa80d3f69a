// Golden trees: each construct group parses to the exact s-expression
// (see helpers.ts for the notation; kinds and children as in nodes.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parse, sexpr } from "./helpers.js";
import { keptTokens, N } from "../../src/parse/nodes.js";
import type { Span } from "../../src/base/ids.js";
import { decodeWtf8 } from "../../src/base/utf8.js";

/** Asserts that each source parses without errors to its expected tree. */
function golden(cases: readonly (readonly [string, string])[]): void {
  for (const [src, expected] of cases) assert.equal(sexpr(src), expected, JSON.stringify(src));
}

test("binary operators: precedence and associativity", () => {
  golden([
    ["a + b * c", "(ExprStmt (Binary:+ (Ident a) (Binary:* (Ident b) (Ident c))))"],
    ["a * b + c", "(ExprStmt (Binary:+ (Binary:* (Ident a) (Ident b)) (Ident c)))"],
    ["a - b - c", "(ExprStmt (Binary:- (Binary:- (Ident a) (Ident b)) (Ident c)))"],
    ["a / b / c", "(ExprStmt (Binary:/ (Binary:/ (Ident a) (Ident b)) (Ident c)))"],
    ["a % b / c", "(ExprStmt (Binary:/ (Binary:% (Ident a) (Ident b)) (Ident c)))"],
    ["a ** b ** c", "(ExprStmt (Binary:** (Ident a) (Binary:** (Ident b) (Ident c))))"],
    ["(a ** b) ** c", "(ExprStmt (Binary:** (Paren (Binary:** (Ident a) (Ident b))) (Ident c)))"],
    ["a = b = c", "(ExprStmt (Assign:= (Ident a) (Assign:= (Ident b) (Ident c))))"],
    ["a += b -= c", "(ExprStmt (Assign:+= (Ident a) (Assign:-= (Ident b) (Ident c))))"],
    ["a ? b : c ? d : e", "(ExprStmt (Conditional (Ident a) (Ident b) (Conditional (Ident c) (Ident d) (Ident e))))"],
    ["a ? b ? c : d : e", "(ExprStmt (Conditional (Ident a) (Conditional (Ident b) (Ident c) (Ident d)) (Ident e)))"],
    ["a || b && c", "(ExprStmt (Binary:|| (Ident a) (Binary:&& (Ident b) (Ident c))))"],
    ["a && b || c", "(ExprStmt (Binary:|| (Binary:&& (Ident a) (Ident b)) (Ident c)))"],
    ["a ?? b", "(ExprStmt (Binary:?? (Ident a) (Ident b)))"],
    ["a ?? (b || c)", "(ExprStmt (Binary:?? (Ident a) (Paren (Binary:|| (Ident b) (Ident c)))))"],
    ["a | b ^ c & d", "(ExprStmt (Binary:| (Ident a) (Binary:^ (Ident b) (Binary:& (Ident c) (Ident d)))))"],
    ["a == b != c === d !== e", "(ExprStmt (Binary:!== (Binary:=== (Binary:!= (Binary:== (Ident a) (Ident b)) (Ident c)) (Ident d)) (Ident e)))"],
    ["a < b == c > d", "(ExprStmt (Binary:== (Binary:< (Ident a) (Ident b)) (Binary:> (Ident c) (Ident d))))"],
    ["a << b + c", "(ExprStmt (Binary:<< (Ident a) (Binary:+ (Ident b) (Ident c))))"],
    ["a + b << c", "(ExprStmt (Binary:<< (Binary:+ (Ident a) (Ident b)) (Ident c)))"],
    ["a < b instanceof C", "(ExprStmt (Binary:instanceof (Binary:< (Ident a) (Ident b)) (Ident C)))"],
    ["'k' in o", "(ExprStmt (Binary:in (StringLit 'k') (Ident o)))"],
    ["a, b, c", "(ExprStmt (Comma (Comma (Ident a) (Ident b)) (Ident c)))"],
    ["x = a === b ? c : d", "(ExprStmt (Assign:= (Ident x) (Conditional (Binary:=== (Ident a) (Ident b)) (Ident c) (Ident d))))"],
    ["a &&= b ||= c", "(ExprStmt (Assign:&&= (Ident a) (Assign:||= (Ident b) (Ident c))))"],
    ["a ??= b", "(ExprStmt (Assign:??= (Ident a) (Ident b)))"],
    ["a **= 2", "(ExprStmt (Assign:**= (Ident a) (NumberLit 2)))"],
  ]);
});

test("'>' operators are joined from adjacent tokens", () => {
  golden([
    ["x >> 1", "(ExprStmt (Binary:>> (Ident x) (NumberLit 1)))"],
    ["x >>> y", "(ExprStmt (Binary:>>> (Ident x) (Ident y)))"],
    ["x >>= 1", "(ExprStmt (Assign:>>= (Ident x) (NumberLit 1)))"],
    ["x >>>= 2", "(ExprStmt (Assign:>>>= (Ident x) (NumberLit 2)))"],
    ["a >= b", "(ExprStmt (Binary:>= (Ident a) (Ident b)))"],
    ["a > b", "(ExprStmt (Binary:> (Ident a) (Ident b)))"],
    ["a >>>= b >> c", "(ExprStmt (Assign:>>>= (Ident a) (Binary:>> (Ident b) (Ident c))))"],
    ["if (a >= b && c >>> 2 > d) {}", "(If (Binary:&& (Binary:>= (Ident a) (Ident b)) (Binary:> (Binary:>>> (Ident c) (NumberLit 2)) (Ident d))) (Block))"],
    ["let x = a<b>>c", "(VarStatement let (VarDecl x (Binary:< (Ident a) (Binary:>> (Ident b) (Ident c)))))"],
  ]);
});

test("unary and postfix operators", () => {
  golden([
    ["-x * y", "(ExprStmt (Binary:* (Prefix:- (Ident x)) (Ident y)))"],
    ["!a++", "(ExprStmt (Prefix:! (Postfix:++ (Ident a))))"],
    ["++a", "(ExprStmt (Prefix:++ (Ident a)))"],
    ["a--", "(ExprStmt (Postfix:-- (Ident a)))"],
    ["- -a", "(ExprStmt (Prefix:- (Prefix:- (Ident a))))"],
    ["+a - -b", "(ExprStmt (Binary:- (Prefix:+ (Ident a)) (Prefix:- (Ident b))))"],
    ["~a | b", "(ExprStmt (Binary:| (Prefix:~ (Ident a)) (Ident b)))"],
    ["typeof x", "(ExprStmt (Prefix:typeof (Ident x)))"],
    ["typeof x === 'string'", "(ExprStmt (Binary:=== (Prefix:typeof (Ident x)) (StringLit 'string')))"],
    ["void 0", "(ExprStmt (Prefix:void (NumberLit 0)))"],
    ["delete a.b", "(ExprStmt (Prefix:delete (Member b (Ident a))))"],
    ["(-a) ** 2", "(ExprStmt (Binary:** (Paren (Prefix:- (Ident a))) (NumberLit 2)))"],
    ["x!++", "(ExprStmt (Postfix:++ (NonNull (Ident x))))"],
    ["await x", "(ExprStmt (Await (Ident x)))"],
    ["await f(x) + 1", "(ExprStmt (Binary:+ (Await (Call (Ident f) (Ident x))) (NumberLit 1)))"],
  ]);
});

test("as, satisfies and type assertions", () => {
  golden([
    ["a as T", "(ExprStmt (As (Ident a) (TypeRef T)))"],
    ["a as T as U", "(ExprStmt (As (As (Ident a) (TypeRef T)) (TypeRef U)))"],
    ["a as T[]", "(ExprStmt (As (Ident a) (ArrayType (TypeRef T))))"],
    ["a + b as T", "(ExprStmt (As (Binary:+ (Ident a) (Ident b)) (TypeRef T)))"],
    ["a as const", "(ExprStmt (As (Ident a) (TypeRef const)))"],
    ["x satisfies T", "(ExprStmt (Satisfies (Ident x) (TypeRef T)))"],
    ["x satisfies T as U", "(ExprStmt (As (Satisfies (Ident x) (TypeRef T)) (TypeRef U)))"],
    ["<T>x", "(ExprStmt (TypeAssertion (TypeRef T) (Ident x)))"],
    ["<T>x.y", "(ExprStmt (TypeAssertion (TypeRef T) (Member y (Ident x))))"],
    ["<T>(x)", "(ExprStmt (TypeAssertion (TypeRef T) (Paren (Ident x))))"],
    ["<any>x as i32", "(ExprStmt (As (TypeAssertion (TypeRef any) (Ident x)) (TypeRef i32)))"],
    ["(<T>x)", "(ExprStmt (Paren (TypeAssertion (TypeRef T) (Ident x))))"],
  ]);
});

test("generic calls versus comparisons", () => {
  golden([
    ["f<i32>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (TypeRef i32)) (Ident x)))"],
    ["f<A, B>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (TypeRef A) (TypeRef B)) (Ident x)))"],
    ["f<Array<i32>>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (TypeRef Array (TypeArgs (TypeRef i32)))) (Ident x)))"],
    ["f<(x: i32) => void>(g)", "(ExprStmt (Call (Ident f) (TypeArgs (FunctionType (Param x (TypeRef i32)) (KeywordType void))) (Ident g)))"],
    ["a < b && c > d", "(ExprStmt (Binary:&& (Binary:< (Ident a) (Ident b)) (Binary:> (Ident c) (Ident d))))"],
    ["a < b > (c)", "(ExprStmt (Call (Ident a) (TypeArgs (TypeRef b)) (Ident c)))"],
    ["a<b>c", "(ExprStmt (Binary:> (Binary:< (Ident a) (Ident b)) (Ident c)))"],
    ["a < b, c > d", "(ExprStmt (Comma (Binary:< (Ident a) (Ident b)) (Binary:> (Ident c) (Ident d))))"],
    ["f<T>", "(ExprStmt (Instantiation (Ident f) (TypeArgs (TypeRef T))))"],
    ["f<T>(x)<U>(y)", "(ExprStmt (Call (Call (Ident f) (TypeArgs (TypeRef T)) (Ident x)) (TypeArgs (TypeRef U)) (Ident y)))"],
    ["f<T>(x) >= g", "(ExprStmt (Binary:>= (Call (Ident f) (TypeArgs (TypeRef T)) (Ident x)) (Ident g)))"],
    ["f(a < b, c > d)", "(ExprStmt (Call (Ident f) (Binary:< (Ident a) (Ident b)) (Binary:> (Ident c) (Ident d))))"],
    ["f(a<b, c>(d))", "(ExprStmt (Call (Ident f) (Call (Ident a) (TypeArgs (TypeRef b) (TypeRef c)) (Ident d))))"],
    ["new Foo<i32>()", "(ExprStmt (New/64 (Ident Foo) (TypeArgs (TypeRef i32))))"],
    ["f<i32>`t`", "(ExprStmt (TaggedTemplate (Ident f) (TypeArgs (TypeRef i32)) (NoSubstTemplate `t`)))"],
    ["let v = a < b", "(VarStatement let (VarDecl v (Binary:< (Ident a) (Ident b))))"],
    // A '>' glued to '=' or '>' is an operator, so what came before was no type argument list.
    ["f(a < b, c >= d)", "(ExprStmt (Call (Ident f) (Binary:< (Ident a) (Ident b)) (Binary:>= (Ident c) (Ident d))))"],
    ["x = a < b >= c", "(ExprStmt (Assign:= (Ident x) (Binary:>= (Binary:< (Ident a) (Ident b)) (Ident c))))"],
    ["x = a < b >> c", "(ExprStmt (Assign:= (Ident x) (Binary:< (Ident a) (Binary:>> (Ident b) (Ident c)))))"],
    ["x = a < b >>> c", "(ExprStmt (Assign:= (Ident x) (Binary:< (Ident a) (Binary:>>> (Ident b) (Ident c)))))"],
    ["f<A<B>>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (TypeRef A (TypeArgs (TypeRef B)))) (Ident x)))"],
    // Type arguments with ';' inside braces, unions, literals, arrays, tuples, conditionals and
    // operators, which the cheap scan before the speculative parse must let through.
    ["f<{ a: i32; b: i32 }>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (TypeLiteral (Property a (TypeRef i32)) (Property b (TypeRef i32)))) (Ident x)))"],
    ["f<A | B & C>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (UnionType (TypeRef A) (IntersectionType (TypeRef B) (TypeRef C)))) (Ident x)))"],
    ["f<1 | -1>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (UnionType (LiteralType 1) (LiteralType - (NumberLit 1)))) (Ident x)))"],
    ["f<\"a\">(x)", "(ExprStmt (Call (Ident f) (TypeArgs (LiteralType \"a\")) (Ident x)))"],
    ["f<i32[]>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (ArrayType (TypeRef i32))) (Ident x)))"],
    ["f<[A, B]>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (TupleType (TypeRef A) (TypeRef B))) (Ident x)))"],
    ["f<A extends B ? C : D>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (ConditionalType (TypeRef A) (TypeRef B) (TypeRef C) (TypeRef D))) (Ident x)))"],
    ["f<keyof T>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (TypeOperator keyof (TypeRef T))) (Ident x)))"],
    ["f<(a: A) => B>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (FunctionType (Param a (TypeRef A)) (TypeRef B))) (Ident x)))"],
    // Inside parentheses anything may stand (a parameter's initializer), so the scan lets it through.
    ["f<(a = 1 + 2) => void>(x)", "(ExprStmt (Call (Ident f) (TypeArgs (FunctionType (Param a (Binary:+ (NumberLit 1) (NumberLit 2))) (KeywordType void))) (Ident x)))"],
    // Comparisons the scan turns away before any speculation: an operator, a ';' or a closer comes first.
    ["x = a < (b & 3) + 1", "(ExprStmt (Assign:= (Ident x) (Binary:< (Ident a) (Binary:+ (Paren (Binary:& (Ident b) (NumberLit 3))) (NumberLit 1)))))"],
    ["x = a < b ? c : d", "(ExprStmt (Assign:= (Ident x) (Conditional (Binary:< (Ident a) (Ident b)) (Ident c) (Ident d))))"],
    ["g(a < b)", "(ExprStmt (Call (Ident g) (Binary:< (Ident a) (Ident b))))"],
    ["if (i < n) x++", "(If (Binary:< (Ident i) (Ident n)) (ExprStmt (Postfix:++ (Ident x))))"],
    ["a[i < j]", "(ExprStmt (Index (Ident a) (Binary:< (Ident i) (Ident j))))"],
  ]);
});

test("arrow functions", () => {
  golden([
    ["x => x", "(ExprStmt (Arrow (Param x) (Ident x)))"],
    ["(x) => x", "(ExprStmt (Arrow (Param x) (Ident x)))"],
    ["() => 1", "(ExprStmt (Arrow (NumberLit 1)))"],
    ["(a, b) => {}", "(ExprStmt (Arrow (Param a) (Param b) (Block)))"],
    ["(a: i32, b?: i32): i32 => a", "(ExprStmt (Arrow (Param a (TypeRef i32)) (Param/1 b (TypeRef i32)) (TypeRef i32) (Ident a)))"],
    ["(a, ...b) => a", "(ExprStmt (Arrow (Param a) (Param/2 b) (Ident a)))"],
    ["(a = 1) => a", "(ExprStmt (Arrow (Param a (NumberLit 1)) (Ident a)))"],
    ["async () => {}", "(ExprStmt (Arrow (Modifier async) (Block)))"],
    ["async x => x", "(ExprStmt (Arrow (Modifier async) (Param x) (Ident x)))"],
    ["async (x) => 1", "(ExprStmt (Arrow (Modifier async) (Param x) (NumberLit 1)))"],
    ["<T>(x: T) => x", "(ExprStmt (Arrow (TypeParams (TypeParam T)) (Param x (TypeRef T)) (Ident x)))"],
    ["<T,>(x: T) => x", "(ExprStmt (Arrow (TypeParams (TypeParam T)) (Param x (TypeRef T)) (Ident x)))"],
    ["() => ({})", "(ExprStmt (Arrow (Paren (ObjectLit))))"],
    ["(): T => ({})", "(ExprStmt (Arrow (TypeRef T) (Paren (ObjectLit))))"],
    ["({a}) => a", "(ExprStmt (Arrow (Param { (BindingPattern (Shorthand a))) (Ident a)))"],
    ["([a, b]) => a", "(ExprStmt (Arrow (Param [ (BindingPattern (Ident a) (Ident b))) (Ident a)))"],
    ["x = y => z => w", "(ExprStmt (Assign:= (Ident x) (Arrow (Param y) (Arrow (Param z) (Ident w)))))"],
    ["(x) => (y) => x", "(ExprStmt (Arrow (Param x) (Arrow (Param y) (Ident x))))"],
    ["x ? y : (z) => 1", "(ExprStmt (Conditional (Ident x) (Ident y) (Arrow (Param z) (NumberLit 1))))"],
    ["x ? (y) : z", "(ExprStmt (Conditional (Ident x) (Paren (Ident y)) (Ident z)))"],
    ["const f = ({ a, b }: P): i32 => a", "(VarStatement const (VarDecl f (Arrow (Param { (BindingPattern (Shorthand a) (Shorthand b)) (TypeRef P)) (TypeRef i32) (Ident a))))"],
    ["(a) + b", "(ExprStmt (Binary:+ (Paren (Ident a)) (Ident b)))"],
    ["(a, b)", "(ExprStmt (Paren (Comma (Ident a) (Ident b))))"],
    ["async (x)", "(ExprStmt (Call (Ident async) (Ident x)))"],
    ["async = 1", "(ExprStmt (Assign:= (Ident async) (NumberLit 1)))"],
  ]);
});

test("optional chaining and non-null assertions", () => {
  golden([
    ["a?.b", "(ExprStmt (Member/16 b (Ident a)))"],
    ["a?.[0]", "(ExprStmt (Index/16 (Ident a) (NumberLit 0)))"],
    ["a?.(x)", "(ExprStmt (Call/16 (Ident a) (Ident x)))"],
    ["a?.b.c", "(ExprStmt (Member c (Member/16 b (Ident a))))"],
    ["a?.b?.c", "(ExprStmt (Member/16 c (Member/16 b (Ident a))))"],
    ["a.b?.()", "(ExprStmt (Call/16 (Member b (Ident a))))"],
    ["a.b?.[c]", "(ExprStmt (Index/16 (Member b (Ident a)) (Ident c)))"],
    ["f?.<T>()", "(ExprStmt (Call/16 (Ident f) (TypeArgs (TypeRef T))))"],
    ["a?.b<T>()", "(ExprStmt (Call (Member/16 b (Ident a)) (TypeArgs (TypeRef T))))"],
    ["a!", "(ExprStmt (NonNull (Ident a)))"],
    ["a!.b", "(ExprStmt (Member b (NonNull (Ident a))))"],
    ["a.b!.c", "(ExprStmt (Member c (NonNull (Member b (Ident a)))))"],
    ["a?.b!", "(ExprStmt (NonNull (Member/16 b (Ident a))))"],
    ["a!?.b", "(ExprStmt (Member/16 b (NonNull (Ident a))))"],
    ["f(x)!", "(ExprStmt (NonNull (Call (Ident f) (Ident x))))"],
    ["(a?.b)!.c", "(ExprStmt (Member c (NonNull (Paren (Member/16 b (Ident a))))))"],
    ["x! = 1", "(ExprStmt (Assign:= (NonNull (Ident x)) (NumberLit 1)))"],
  ]);
});

test("templates and tagged templates", () => {
  golden([
    ["`plain`", "(ExprStmt (NoSubstTemplate `plain`))"],
    ["`a${x}b${y}c`", "(ExprStmt (Template (TemplateSpan (Ident x)) (TemplateSpan (Ident y))))"],
    ["`a${`b${c}`}`", "(ExprStmt (Template (TemplateSpan (Template (TemplateSpan (Ident c))))))"],
    ["`${ {a: 1}.a }`", "(ExprStmt (Template (TemplateSpan (Member a (ObjectLit (PropAssign a (NumberLit 1)))))))"],
    ["tag`x`", "(ExprStmt (TaggedTemplate (Ident tag) (NoSubstTemplate `x`)))"],
    ["tag`a${b}c`", "(ExprStmt (TaggedTemplate (Ident tag) (Template (TemplateSpan (Ident b)))))"],
    ["a.b`x`", "(ExprStmt (TaggedTemplate (Member b (Ident a)) (NoSubstTemplate `x`)))"],
    ["f<T>`x${y}`", "(ExprStmt (TaggedTemplate (Ident f) (TypeArgs (TypeRef T)) (Template (TemplateSpan (Ident y)))))"],
  ]);
});

test("array literals with holes and spreads", () => {
  golden([
    ["[]", "(ExprStmt (ArrayLit))"],
    ["[1, , 2]", "(ExprStmt (ArrayLit (NumberLit 1) (Omitted) (NumberLit 2)))"],
    ["[, a]", "(ExprStmt (ArrayLit (Omitted) (Ident a)))"],
    ["[a, ]", "(ExprStmt (ArrayLit (Ident a)))"],
    ["[,]", "(ExprStmt (ArrayLit (Omitted)))"],
    ["[,,]", "(ExprStmt (ArrayLit (Omitted) (Omitted)))"],
    ["[...a, b]", "(ExprStmt (ArrayLit (Spread (Ident a)) (Ident b)))"],
    ["[[1], [2, [3]]]", "(ExprStmt (ArrayLit (ArrayLit (NumberLit 1)) (ArrayLit (NumberLit 2) (ArrayLit (NumberLit 3)))))"],
  ]);
});

test("object literals", () => {
  golden([
    ["({})", "(ExprStmt (Paren (ObjectLit)))"],
    ["({ a })", "(ExprStmt (Paren (ObjectLit (Shorthand a))))"],
    ["({ a, b: 1 })", "(ExprStmt (Paren (ObjectLit (Shorthand a) (PropAssign b (NumberLit 1)))))"],
    ["({ [k]: 2 })", "(ExprStmt (Paren (ObjectLit (PropAssign [ (Ident k) (NumberLit 2)))))"],
    ["({ 'k': 1, 2: 3 })", "(ExprStmt (Paren (ObjectLit (PropAssign 'k' (NumberLit 1)) (PropAssign 2 (NumberLit 3)))))"],
    ["({ ...rest, a })", "(ExprStmt (Paren (ObjectLit (Spread (Ident rest)) (Shorthand a))))"],
    ["({ m() {}, get x() { return 1; }, set x(v) {} })", "(ExprStmt (Paren (ObjectLit (Method m (Block)) (Getter x (Block (Return (NumberLit 1)))) (Setter x (Param v) (Block)))))"],
    ["({ async f() {}, *g() {} })", "(ExprStmt (Paren (ObjectLit (Method f (Modifier async) (Block)) (Method/8 g (Block)))))"],
    ["({ get: 1, set() {}, get, set })", "(ExprStmt (Paren (ObjectLit (PropAssign get (NumberLit 1)) (Method set (Block)) (Shorthand get) (Shorthand set))))"],
    ["x = { if: 1, class: 2, default: 3 }", "(ExprStmt (Assign:= (Ident x) (ObjectLit (PropAssign if (NumberLit 1)) (PropAssign class (NumberLit 2)) (PropAssign default (NumberLit 3)))))"],
    ["({ a: { b: [1] } })", "(ExprStmt (Paren (ObjectLit (PropAssign a (ObjectLit (PropAssign b (ArrayLit (NumberLit 1))))))))"],
  ]);
});

test("new, calls, members and other primaries", () => {
  golden([
    ["new Foo", "(ExprStmt (New (Ident Foo)))"],
    ["new Foo()", "(ExprStmt (New/64 (Ident Foo)))"],
    ["new Foo(1, 2)", "(ExprStmt (New/64 (Ident Foo) (NumberLit 1) (NumberLit 2)))"],
    ["new a.b.C(x)", "(ExprStmt (New/64 (Member C (Member b (Ident a))) (Ident x)))"],
    ["new X.y()", "(ExprStmt (New/64 (Member y (Ident X))))"],
    ["new X().y", "(ExprStmt (Member y (New/64 (Ident X))))"],
    ["new new X()()", "(ExprStmt (New/64 (New/64 (Ident X))))"],
    ["new (f())()", "(ExprStmt (New/64 (Paren (Call (Ident f)))))"],
    ["new f()()", "(ExprStmt (Call (New/64 (Ident f))))"],
    ["f(...args)", "(ExprStmt (Call (Ident f) (Spread (Ident args))))"],
    ["f()()", "(ExprStmt (Call (Call (Ident f))))"],
    ["a[b][c]", "(ExprStmt (Index (Index (Ident a) (Ident b)) (Ident c)))"],
    ["a.b.c()", "(ExprStmt (Call (Member c (Member b (Ident a)))))"],
    ["a.if + a.class", "(ExprStmt (Binary:+ (Member if (Ident a)) (Member class (Ident a))))"],
    ["this.x", "(ExprStmt (Member x (This)))"],
    ["super.x()", "(ExprStmt (Call (Member x (Super))))"],
    ["null", "(ExprStmt (Null))"],
    ["true", "(ExprStmt (True))"],
    ["false", "(ExprStmt (False))"],
    ["1.5", "(ExprStmt (NumberLit 1.5))"],
    ["'s'", "(ExprStmt (StringLit 's'))"],
    ["/re/g.test(s)", "(ExprStmt (Call (Member test (RegexLit /re/g)) (Ident s)))"],
    ["#x in obj", "(ExprStmt (Binary:in (PrivateName #x) (Ident obj)))"],
    ["import.meta", "(ExprStmt (MetaProperty))"],
    ["new.target", "(ExprStmt (MetaProperty))"],
    ["import(\"m\")", "(ExprStmt (Call (Ident import) (StringLit \"m\")))"],
  ]);
});

test("function and class expressions", () => {
  golden([
    ["(function f(a) {})", "(ExprStmt (Paren (FunctionExpr (Name f) (Param a) (Block))))"],
    ["let fn = function* () {}", "(VarStatement let (VarDecl fn (FunctionExpr/8 (Block))))"],
    ["let c = class {}", "(VarStatement let (VarDecl c (ClassExpr)))"],
    ["(class A extends B {})", "(ExprStmt (Paren (ClassExpr (Name A) (Extends (Ident B)))))"],
    ["let c = class<T> implements I { x = 1 }", "(VarStatement let (VarDecl c (ClassExpr (TypeParams (TypeParam T)) (Implements (TypeRef I)) (Property x (NumberLit 1)))))"],
    ["x = async function () {}", "(ExprStmt (Assign:= (Ident x) (FunctionExpr (Modifier async) (Block))))"],
    ["x = async function* g() { await y; }", "(ExprStmt (Assign:= (Ident x) (FunctionExpr/8 (Modifier async) (Name g) (Block (ExprStmt (Await (Ident y)))))))"],
    ["x = async\nfunction f() {}", "(ExprStmt (Assign:= (Ident x) (Ident async))) (FunctionDecl f (Block))"],
  ]);
});

test("if, else and loops", () => {
  golden([
    ["if (a) b;", "(If (Ident a) (ExprStmt (Ident b)))"],
    ["if (a) b; else c;", "(If (Ident a) (ExprStmt (Ident b)) (ExprStmt (Ident c)))"],
    ["if (a) { b } else if (c) d", "(If (Ident a) (Block (ExprStmt (Ident b))) (If (Ident c) (ExprStmt (Ident d))))"],
    ["if (a) if (b) c; else d;", "(If (Ident a) (If (Ident b) (ExprStmt (Ident c)) (ExprStmt (Ident d))))"],
    ["while (x) x--;", "(While (Ident x) (ExprStmt (Postfix:-- (Ident x))))"],
    ["while (true) { continue; }", "(While (True) (Block (Continue)))"],
    ["do x++; while (x < 10)", "(DoWhile (ExprStmt (Postfix:++ (Ident x))) (Binary:< (Ident x) (NumberLit 10)))"],
    ["do { } while (x); y", "(DoWhile (Block) (Ident x)) (ExprStmt (Ident y))"],
    ["do ; while (x) y", "(DoWhile (Empty) (Ident x)) (ExprStmt (Ident y))"],
    ["for (let i = 0; i < n; i++) {}", "(For (VarList let (VarDecl i (NumberLit 0))) (Binary:< (Ident i) (Ident n)) (Postfix:++ (Ident i)) (Block))"],
    ["for (;;) {}", "(For (Omitted) (Omitted) (Omitted) (Block))"],
    ["for (i = 0; ; ) ;", "(For (Assign:= (Ident i) (NumberLit 0)) (Omitted) (Omitted) (Empty))"],
    ["for (var i = 0, j = 1; i < j; i++, j--) {}", "(For (VarList var (VarDecl i (NumberLit 0)) (VarDecl j (NumberLit 1))) (Binary:< (Ident i) (Ident j)) (Comma (Postfix:++ (Ident i)) (Postfix:-- (Ident j))) (Block))"],
    ["for (let i = 0, n = a.length; i < n; ++i) {}", "(For (VarList let (VarDecl i (NumberLit 0)) (VarDecl n (Member length (Ident a)))) (Binary:< (Ident i) (Ident n)) (Prefix:++ (Ident i)) (Block))"],
  ]);
});

test("for-of and for-in", () => {
  golden([
    ["for (const x of xs) f(x);", "(ForOf (VarList const (VarDecl x)) (Ident xs) (ExprStmt (Call (Ident f) (Ident x))))"],
    ["for (x of xs) {}", "(ForOf (Ident x) (Ident xs) (Block))"],
    ["for await (const x of xs) {}", "(ForOf/1 (VarList const (VarDecl x)) (Ident xs) (Block))"],
    ["for (const [k, v] of m) {}", "(ForOf (VarList const (VarDecl [ (BindingPattern (Ident k) (Ident v)))) (Ident m) (Block))"],
    ["for (let k in o) {}", "(ForIn (VarList let (VarDecl k)) (Ident o) (Block))"],
    ["for (const x in o) {}", "(ForIn (VarList const (VarDecl x)) (Ident o) (Block))"],
    ["for (of of xs) {}", "(ForOf (Ident of) (Ident xs) (Block))"],
  ]);
});

test("labels, break and continue", () => {
  golden([
    ["outer: for (;;) { break outer; continue outer; }", "(Labeled outer (For (Omitted) (Omitted) (Omitted) (Block (Break (Name outer)) (Continue (Name outer)))))"],
    ["for (;;) { break; continue; }", "(For (Omitted) (Omitted) (Omitted) (Block (Break) (Continue)))"],
    ["label: { break label; }", "(Labeled label (Block (Break (Name label))))"],
    ["a: b: while (x) break a;", "(Labeled a (Labeled b (While (Ident x) (Break (Name a)))))"],
    ["for (;;) { break\nfoo }", "(For (Omitted) (Omitted) (Omitted) (Block (Break) (ExprStmt (Ident foo))))"],
  ]);
});

test("switch", () => {
  golden([
    ["switch (x) {}", "(Switch (Ident x))"],
    ["switch (x) { case 1: case 2: a(); break; default: b(); }", "(Switch (Ident x) (Case case (NumberLit 1)) (Case case (NumberLit 2) (ExprStmt (Call (Ident a))) (Break)) (Case default (ExprStmt (Call (Ident b)))))"],
    ["switch (x) { default: case 1: a(); }", "(Switch (Ident x) (Case default) (Case case (NumberLit 1) (ExprStmt (Call (Ident a)))))"],
    ["switch (x) { case 1: { y(); } }", "(Switch (Ident x) (Case case (NumberLit 1) (Block (ExprStmt (Call (Ident y))))))"],
    ["switch (x) { case 1: a(); case 2: b(); }", "(Switch (Ident x) (Case case (NumberLit 1) (ExprStmt (Call (Ident a)))) (Case case (NumberLit 2) (ExprStmt (Call (Ident b)))))"],
  ]);
});

test("try, catch, finally and throw", () => {
  golden([
    ["try { a() } catch (e) { b() } finally { c() }", "(Try/1 (Block (ExprStmt (Call (Ident a)))) (Catch (Param e) (Block (ExprStmt (Call (Ident b))))) (Block (ExprStmt (Call (Ident c)))))"],
    ["try {} catch {}", "(Try (Block) (Catch (Block)))"],
    ["try {} finally {}", "(Try/1 (Block) (Block))"],
    ["try {} catch (e: unknown) {}", "(Try (Block) (Catch (Param e (TypeRef unknown)) (Block)))"],
    ["throw new Error(\"x\")", "(Throw (New/64 (Ident Error) (StringLit \"x\")))"],
    ["throw e;", "(Throw (Ident e))"],
  ]);
});

test("return, and automatic semicolon insertion", () => {
  golden([
    ["function f() { return; }", "(FunctionDecl f (Block (Return)))"],
    ["function f() { return 1; }", "(FunctionDecl f (Block (Return (NumberLit 1))))"],
    ["function f() { return\nx }", "(FunctionDecl f (Block (Return) (ExprStmt (Ident x))))"],
    ["function f() { return x\n}", "(FunctionDecl f (Block (Return (Ident x))))"],
    ["function f() { return {\n a: 1 } }", "(FunctionDecl f (Block (Return (ObjectLit (PropAssign a (NumberLit 1))))))"],
    ["a\nb", "(ExprStmt (Ident a)) (ExprStmt (Ident b))"],
    ["a\n++b", "(ExprStmt (Ident a)) (ExprStmt (Prefix:++ (Ident b)))"],
    ["a\n++\nb", "(ExprStmt (Ident a)) (ExprStmt (Prefix:++ (Ident b)))"],
    ["a\n(b)", "(ExprStmt (Call (Ident a) (Ident b)))"],
    ["a\n[b]", "(ExprStmt (Index (Ident a) (Ident b)))"],
    ["a\n`t`", "(ExprStmt (TaggedTemplate (Ident a) (NoSubstTemplate `t`)))"],
    ["x\n!y", "(ExprStmt (Ident x)) (ExprStmt (Prefix:! (Ident y)))"],
    ["let x = 1\nlet y = 2", "(VarStatement let (VarDecl x (NumberLit 1))) (VarStatement let (VarDecl y (NumberLit 2)))"],
    ["let x = y\n!z", "(VarStatement let (VarDecl x (Ident y))) (ExprStmt (Prefix:! (Ident z)))"],
    ["a = b\n/c/g", "(ExprStmt (Assign:= (Ident a) (Binary:/ (Binary:/ (Ident b) (Ident c)) (Ident g))))"],
    ["type\nFoo = 1", "(ExprStmt (Ident type)) (ExprStmt (Assign:= (Ident Foo) (NumberLit 1)))"],
    ["{ a; b }", "(Block (ExprStmt (Ident a)) (ExprStmt (Ident b)))"],
    [";", "(Empty)"],
    ["debugger;", "(Debugger)"],
  ]);
});

test("variable declarations", () => {
  golden([
    ["let x: i32 = 1;", "(VarStatement let (VarDecl x (TypeRef i32) (NumberLit 1)))"],
    ["const a = 1, b = 2;", "(VarStatement const (VarDecl a (NumberLit 1)) (VarDecl b (NumberLit 2)))"],
    ["var v;", "(VarStatement var (VarDecl v))"],
    ["let x!: i32;", "(VarStatement let (VarDecl/4 x (TypeRef i32)))"],
    ["let [a, b] = t;", "(VarStatement let (VarDecl [ (BindingPattern (Ident a) (Ident b)) (Ident t)))"],
    ["let { a, b: c } = o;", "(VarStatement let (VarDecl { (BindingPattern (Shorthand a) (PropAssign b (Ident c))) (Ident o)))"],
    ["let { a = 1, ...r } = o", "(VarStatement let (VarDecl { (BindingPattern (Shorthand a (NumberLit 1)) (Spread (Ident r))) (Ident o)))"],
    ["let [a, , ...r] = o", "(VarStatement let (VarDecl [ (BindingPattern (Ident a) (Omitted) (Spread (Ident r))) (Ident o)))"],
    ["declare let x: i32;", "(VarStatement let (Modifier declare) (VarDecl x (TypeRef i32)))"],
    ["let x: Array<i32>= [];", "(VarStatement let (VarDecl x (TypeRef Array (TypeArgs (TypeRef i32))) (ArrayLit)))"],
  ]);
});

test("function declarations", () => {
  golden([
    ["function f(a: i32 = 1, b?: string, ...rest: i32[]): void {}", "(FunctionDecl f (Param a (TypeRef i32) (NumberLit 1)) (Param/1 b (TypeRef string)) (Param/2 rest (ArrayType (TypeRef i32))) (KeywordType void) (Block))"],
    ["function f<T extends U = V>(x: T): T { return x; }", "(FunctionDecl f (TypeParams (TypeParam/3 T (TypeRef U) (TypeRef V))) (Param x (TypeRef T)) (TypeRef T) (Block (Return (Ident x))))"],
    ["function f(this: Foo) {}", "(FunctionDecl f (Param this (TypeRef Foo)) (Block))"],
    ["function* g() { yield 1; yield* h(); yield; }", "(FunctionDecl/8 g (Block (ExprStmt (Yield (NumberLit 1))) (ExprStmt (Yield/8 (Call (Ident h)))) (ExprStmt (Yield))))"],
    ["async function f() { await x; }", "(FunctionDecl f (Modifier async) (Block (ExprStmt (Await (Ident x)))))"],
    ["async function* g() {}", "(FunctionDecl/8 g (Modifier async) (Block))"],
    ["declare function f(x: i32): i32;", "(FunctionDecl f (Modifier declare) (Param x (TypeRef i32)) (TypeRef i32))"],
    ["function f(): void", "(FunctionDecl f (KeywordType void))"],
    ["function f(a?: i32): void;\nfunction f(a?: i32) {}", "(FunctionDecl f (Param/1 a (TypeRef i32)) (KeywordType void)) (FunctionDecl f (Param/1 a (TypeRef i32)) (Block))"],
    ["function f<const T>() {}", "(FunctionDecl f (TypeParams (TypeParam T (Modifier const))) (Block))"],
  ]);
});

test("classes: fields and modifiers", () => {
  golden([
    ["class A { x: i32; y?: i32; z!: i32; w = 1; }", "(ClassDecl A (Property x (TypeRef i32)) (Property/1 y (TypeRef i32)) (Property/4 z (TypeRef i32)) (Property w (NumberLit 1)))"],
    ["class A { static s: i32 = 0; readonly r: i32; static readonly k = 1; }", "(ClassDecl A (Property s (Modifier static) (TypeRef i32) (NumberLit 0)) (Property r (Modifier readonly) (TypeRef i32)) (Property k (Modifier static) (Modifier readonly) (NumberLit 1)))"],
    ["class A { private p: i32; protected q: i32; public u: i32; }", "(ClassDecl A (Property p (Modifier private) (TypeRef i32)) (Property q (Modifier protected) (TypeRef i32)) (Property u (Modifier public) (TypeRef i32)))"],
    ["class A { declare d: i32; accessor a = 1; override o = 2 }", "(ClassDecl A (Property d (Modifier declare) (TypeRef i32)) (Property a (Modifier accessor) (NumberLit 1)) (Property o (Modifier override) (NumberLit 2)))"],
    ["class A { \"quoted\": i32; 42: i32; [computed]: i32; }", "(ClassDecl A (Property \"quoted\" (TypeRef i32)) (Property 42 (TypeRef i32)) (Property [ (Ident computed) (TypeRef i32)))"],
    ["class A { #p = 1; }", "(ClassDecl A (Property #p (NumberLit 1)))"],
    ["class A { x = 1\n y = 2 }", "(ClassDecl A (Property x (NumberLit 1)) (Property y (NumberLit 2)))"],
    ["class A { get; set = 1; static: i32 }", "(ClassDecl A (Property get) (Property set (NumberLit 1)) (Property static (TypeRef i32)))"],
  ]);
});

test("classes: constructors, methods, accessors and index signatures", () => {
  golden([
    ["class A { constructor(public x: i32, private readonly y: i32 = 0) {} }", "(ClassDecl A (Constructor (Param x (Modifier public) (TypeRef i32)) (Param y (Modifier private) (Modifier readonly) (TypeRef i32) (NumberLit 0)) (Block)))"],
    ["class A { constructor(); constructor(x?: i32) {} }", "(ClassDecl A (Constructor) (Constructor (Param/1 x (TypeRef i32)) (Block)))"],
    ["class A { m(): void {} static sm<T>(a: T): T { return a; } }", "(ClassDecl A (Method m (KeywordType void) (Block)) (Method sm (Modifier static) (TypeParams (TypeParam T)) (Param a (TypeRef T)) (TypeRef T) (Block (Return (Ident a)))))"],
    ["class A { *gen() {} async am() {} m?(): void; override m2() {} }", "(ClassDecl A (Method/8 gen (Block)) (Method am (Modifier async) (Block)) (Method/1 m (KeywordType void)) (Method m2 (Modifier override) (Block)))"],
    ["class A { get v(): i32 { return 1; } set v(x: i32) {} static get s() { return 1; } }", "(ClassDecl A (Getter v (TypeRef i32) (Block (Return (NumberLit 1)))) (Setter v (Param x (TypeRef i32)) (Block)) (Getter s (Modifier static) (Block (Return (NumberLit 1)))))"],
    ["class A { get #q() { return 1; } }", "(ClassDecl A (Getter #q (Block (Return (NumberLit 1)))))"],
    ["class A { [key: string]: i32; }", "(ClassDecl A (IndexSignature (Param key (TypeRef string)) (TypeRef i32)))"],
    ["class A { static { init(); } }", "(ClassDecl A (StaticBlock (Block (ExprStmt (Call (Ident init))))))"],
    ["class A { get() {} static() {} }", "(ClassDecl A (Method get (Block)) (Method static (Block)))"],
  ]);
});

test("abstract classes, heritage clauses and decorators", () => {
  golden([
    ["abstract class A {}", "(ClassDecl A (Modifier abstract))"],
    ["export abstract class A { abstract f(): void; abstract x: i32; }", "(ClassDecl A (Modifier export) (Modifier abstract) (Method f (Modifier abstract) (KeywordType void)) (Property x (Modifier abstract) (TypeRef i32)))"],
    ["abstract class A { protected abstract get x(): i32; }", "(ClassDecl A (Modifier abstract) (Getter x (Modifier protected) (Modifier abstract) (TypeRef i32)))"],
    ["class A extends Base<T> {}", "(ClassDecl A (Extends (Ident Base) (TypeArgs (TypeRef T))))"],
    ["class A extends Base<T> implements I {}", "(ClassDecl A (Extends (Ident Base) (TypeArgs (TypeRef T))) (Implements (TypeRef I)))"],
    ["class A extends ns.Base<T, U> implements I, J {}", "(ClassDecl A (Extends (Member Base (Ident ns)) (TypeArgs (TypeRef T) (TypeRef U))) (Implements (TypeRef I) (TypeRef J)))"],
    ["class A extends B.C {}", "(ClassDecl A (Extends (Member C (Ident B))))"],
    ["class A implements I, J<K> {}", "(ClassDecl A (Implements (TypeRef I) (TypeRef J (TypeArgs (TypeRef K)))))"],
    ["class A<T extends object> {}", "(ClassDecl A (TypeParams (TypeParam/1 T (TypeRef object))))"],
    ["@inline function f() {}", "(FunctionDecl f (Decorator (Ident inline)) (Block))"],
    ["@external(\"env\", \"log\") declare function log(x: i32): void;", "(FunctionDecl log (Decorator (Call (Ident external) (StringLit \"env\") (StringLit \"log\"))) (Modifier declare) (Param x (TypeRef i32)) (KeywordType void))"],
    ["@inline\nexport function f(): i32 { return 1; }", "(FunctionDecl f (Decorator (Ident inline)) (Modifier export) (TypeRef i32) (Block (Return (NumberLit 1))))"],
    ["@unmanaged\nclass P { x: f64; }", "(ClassDecl P (Decorator (Ident unmanaged)) (Property x (TypeRef f64)))"],
    ["@a @b.c export class A {}", "(ClassDecl A (Decorator (Ident a)) (Decorator (Member c (Ident b))) (Modifier export))"],
    ["export @dec class A {}", "(ClassDecl A (Modifier export) (Decorator (Ident dec)))"],
    ["export default @dec class {}", "(ClassDecl class (Modifier export) (Modifier default) (Decorator (Ident dec)))"],
    ["@global let g = 1;", "(VarStatement let (Decorator (Ident global)) (VarDecl g (NumberLit 1)))"],
    ["class A { @inline m() {} @lazy x: i32; @operator(\"+\") static add(a: A, b: A): A { return a; } }", "(ClassDecl A (Method m (Decorator (Ident inline)) (Block)) (Property x (Decorator (Ident lazy)) (TypeRef i32)) (Method add (Decorator (Call (Ident operator) (StringLit \"+\"))) (Modifier static) (Param a (TypeRef A)) (Param b (TypeRef A)) (TypeRef A) (Block (Return (Ident a)))))"],
    ["class A {\n  @inline\n  get x(): i32 { return 1; }\n}", "(ClassDecl A (Getter x (Decorator (Ident inline)) (TypeRef i32) (Block (Return (NumberLit 1)))))"],
  ]);
});

test("interfaces", () => {
  golden([
    ["interface I {}", "(InterfaceDecl I)"],
    ["interface I<T> {}", "(InterfaceDecl I (TypeParams (TypeParam T)))"],
    ["interface I extends J, K<T> {}", "(InterfaceDecl I (Extends (TypeRef J) (TypeRef K (TypeArgs (TypeRef T)))))"],
    ["interface I extends A.B<T> {}", "(InterfaceDecl I (Extends (TypeRef A (Name B) (TypeArgs (TypeRef T)))))"],
    ["interface I { x: i32; y?: string; readonly r: i32 }", "(InterfaceDecl I (Property x (TypeRef i32)) (Property/1 y (TypeRef string)) (Property r (Modifier readonly) (TypeRef i32)))"],
    ["interface I { m(a: i32): void; n?(): void; g<T>(): T }", "(InterfaceDecl I (Method m (Param a (TypeRef i32)) (KeywordType void)) (Method/1 n (KeywordType void)) (Method g (TypeParams (TypeParam T)) (TypeRef T)))"],
    ["interface I { (x: i32): i32; new (x: i32): I; [k: string]: i32 }", "(InterfaceDecl I (CallSignature (Param x (TypeRef i32)) (TypeRef i32)) (ConstructSignature (Param x (TypeRef i32)) (TypeRef I)) (IndexSignature (Param k (TypeRef string)) (TypeRef i32)))"],
    ["interface I { get g(): i32; set g(v: i32); }", "(InterfaceDecl I (Getter g (TypeRef i32)) (Setter g (Param v (TypeRef i32))))"],
    ["interface I { a: i32, b: i32 }", "(InterfaceDecl I (Property a (TypeRef i32)) (Property b (TypeRef i32)))"],
    ["interface I {\n a: i32\n b: i32\n}", "(InterfaceDecl I (Property a (TypeRef i32)) (Property b (TypeRef i32)))"],
  ]);
});

test("enums", () => {
  golden([
    ["enum E {}", "(EnumDecl E)"],
    ["enum E { A, B = 2, C = A | B, \"D\" }", "(EnumDecl E (EnumMember A) (EnumMember B (NumberLit 2)) (EnumMember C (Binary:| (Ident A) (Ident B))) (EnumMember \"D\"))"],
    ["enum E { A, }", "(EnumDecl E (EnumMember A))"],
    ["enum E { A = \"a\", B = 1 << 2 }", "(EnumDecl E (EnumMember A (StringLit \"a\")) (EnumMember B (Binary:<< (NumberLit 1) (NumberLit 2))))"],
    ["const enum E { A = 1, B }", "(EnumDecl E (Modifier const) (EnumMember A (NumberLit 1)) (EnumMember B))"],
    ["declare enum E {}", "(EnumDecl E (Modifier declare))"],
    ["declare const enum E { A }", "(EnumDecl E (Modifier declare) (Modifier const) (EnumMember A))"],
    ["export const enum E { A }", "(EnumDecl E (Modifier export) (Modifier const) (EnumMember A))"],
  ]);
});

test("type aliases, namespaces and ambient modules", () => {
  golden([
    ["type T = i32;", "(TypeAlias T (TypeRef i32))"],
    ["type P<T> = T[];", "(TypeAlias P (TypeParams (TypeParam T)) (ArrayType (TypeRef T)))"],
    ["type T<in out X> = X", "(TypeAlias T (TypeParams (TypeParam X (Modifier in) (Modifier out))) (TypeRef X))"],
    ["namespace N {}", "(Namespace N (ModuleBlock))"],
    ["namespace a.b { let x = 1; }", "(Namespace a (Name b) (ModuleBlock (VarStatement let (VarDecl x (NumberLit 1)))))"],
    ["namespace a.b.c {}", "(Namespace a (Name b) (Name c) (ModuleBlock))"],
    ["module M {}", "(Namespace M (ModuleBlock))"],
    ["declare namespace N { function f(): void; }", "(Namespace N (Modifier declare) (ModuleBlock (FunctionDecl f (KeywordType void))))"],
    ["declare module \"x\" {}", "(Namespace \"x\" (Modifier declare) (ModuleBlock))"],
    ["declare module \"x\";", "(Namespace \"x\" (Modifier declare))"],
    ["declare global { }", "(Namespace global (Modifier declare) (ModuleBlock))"],
  ]);
});

test("imports in every form", () => {
  golden([
    ["import { a, b as c } from \"./m\";", "(ImportDecl (ImportSpecifier a) (ImportSpecifier b (Name c)) (StringLit \"./m\"))"],
    ["import * as ns from \"m\";", "(ImportDecl (NamespaceImport (Name ns)) (StringLit \"m\"))"],
    ["import d from \"m\";", "(ImportDecl (Name d) (StringLit \"m\"))"],
    ["import d, { e } from \"m\";", "(ImportDecl (Name d) (ImportSpecifier e) (StringLit \"m\"))"],
    ["import d, * as ns from \"m\";", "(ImportDecl (Name d) (NamespaceImport (Name ns)) (StringLit \"m\"))"],
    ["import \"m\";", "(ImportDecl (StringLit \"m\"))"],
    ["import {} from \"m\";", "(ImportDecl (StringLit \"m\"))"],
    ["import type { T } from \"m\";", "(ImportDecl/32 (ImportSpecifier T) (StringLit \"m\"))"],
    ["import { type T, U } from \"m\";", "(ImportDecl (ImportSpecifier/32 T) (ImportSpecifier U) (StringLit \"m\"))"],
    ["import type D from \"m\";", "(ImportDecl/32 (Name D) (StringLit \"m\"))"],
    ["import type from \"m\";", "(ImportDecl (Name type) (StringLit \"m\"))"],
    ["import x = require(\"m\");", "(ImportEquals x (StringLit \"m\"))"],
    ["import A = B.C;", "(ImportEquals A (Member C (Ident B)))"],
    ["export import x = require(\"m\");", "(ImportEquals x (Modifier export) (StringLit \"m\"))"],
  ]);
});

test("exports in every form", () => {
  golden([
    ["export { a, b as c };", "(ExportDecl (ExportSpecifier a) (ExportSpecifier b (Name c)))"],
    ["export { x } from \"./m\";", "(ExportDecl (ExportSpecifier x) (StringLit \"./m\"))"],
    ["export type { T };", "(ExportDecl/32 (ExportSpecifier T))"],
    ["export { default } from \"m\";", "(ExportDecl (ExportSpecifier default) (StringLit \"m\"))"],
    ["export { a as default };", "(ExportDecl (ExportSpecifier a (Name default)))"],
    ["export * from \"m\";", "(ExportAll (StringLit \"m\"))"],
    ["export * as ns from \"m\";", "(ExportAll (Name ns) (StringLit \"m\"))"],
    ["export default f;", "(ExportAssignment (Ident f))"],
    ["export default 1 + 2;", "(ExportAssignment (Binary:+ (NumberLit 1) (NumberLit 2)))"],
    ["export default function () {}", "(FunctionDecl function (Modifier export) (Modifier default) (Block))"],
    ["export default function f() {}", "(FunctionDecl f (Modifier export) (Modifier default) (Block))"],
    ["export default class {}", "(ClassDecl class (Modifier export) (Modifier default))"],
    ["export default abstract class A {}", "(ClassDecl A (Modifier export) (Modifier default) (Modifier abstract))"],
    ["export default async function f() {}", "(FunctionDecl f (Modifier export) (Modifier default) (Modifier async) (Block))"],
    ["export default interface I {}", "(InterfaceDecl I (Modifier export) (Modifier default))"],
    ["export const x = 1;", "(VarStatement const (Modifier export) (VarDecl x (NumberLit 1)))"],
    ["export function f() {}", "(FunctionDecl f (Modifier export) (Block))"],
    ["export class C {}", "(ClassDecl C (Modifier export))"],
    ["export interface I {}", "(InterfaceDecl I (Modifier export))"],
    ["export enum E {}", "(EnumDecl E (Modifier export))"],
    ["export type T = i32;", "(TypeAlias T (Modifier export) (TypeRef i32))"],
    ["export namespace N {}", "(Namespace N (Modifier export) (ModuleBlock))"],
    ["export declare function f(): void;", "(FunctionDecl f (Modifier export) (Modifier declare) (KeywordType void))"],
    ["export = x;", "(ExportAssignment (Ident x))"],
    ["export as namespace Lib;", "(ExportAssignment (Name Lib))"],
  ]);
});

test("types: unions, arrays and generic references", () => {
  golden([
    ["let v: T | null;", "(VarStatement let (VarDecl v (UnionType (TypeRef T) (KeywordType null))))"],
    ["let v: | A | B;", "(VarStatement let (VarDecl v (UnionType (TypeRef A) (TypeRef B))))"],
    ["let v: A | B & C;", "(VarStatement let (VarDecl v (UnionType (TypeRef A) (IntersectionType (TypeRef B) (TypeRef C)))))"],
    ["let v: i32[];", "(VarStatement let (VarDecl v (ArrayType (TypeRef i32))))"],
    ["let v: i32[][];", "(VarStatement let (VarDecl v (ArrayType (ArrayType (TypeRef i32)))))"],
    ["let v: (A | B)[];", "(VarStatement let (VarDecl v (ArrayType (ParenType (UnionType (TypeRef A) (TypeRef B))))))"],
    ["let v: i32 | null[];", "(VarStatement let (VarDecl v (UnionType (TypeRef i32) (ArrayType (KeywordType null)))))"],
    ["let v: Array<i32>[];", "(VarStatement let (VarDecl v (ArrayType (TypeRef Array (TypeArgs (TypeRef i32))))))"],
    ["let v: Array<Array<i32>>;", "(VarStatement let (VarDecl v (TypeRef Array (TypeArgs (TypeRef Array (TypeArgs (TypeRef i32)))))))"],
    ["let v: Map<string, Array<i32>>;", "(VarStatement let (VarDecl v (TypeRef Map (TypeArgs (TypeRef string) (TypeRef Array (TypeArgs (TypeRef i32)))))))"],
    ["let v: A<B<C<D>>>;", "(VarStatement let (VarDecl v (TypeRef A (TypeArgs (TypeRef B (TypeArgs (TypeRef C (TypeArgs (TypeRef D)))))))))"],
    ["let v: A.B.C<D>;", "(VarStatement let (VarDecl v (TypeRef A (Name B) (Name C) (TypeArgs (TypeRef D)))))"],
    ["let v: readonly i32[];", "(VarStatement let (VarDecl v (TypeOperator readonly (ArrayType (TypeRef i32)))))"],
  ]);
});

test("types: functions, constructors, tuples and type literals", () => {
  golden([
    ["let v: () => i32;", "(VarStatement let (VarDecl v (FunctionType (TypeRef i32))))"],
    ["let v: (a: i32, b: i32) => void;", "(VarStatement let (VarDecl v (FunctionType (Param a (TypeRef i32)) (Param b (TypeRef i32)) (KeywordType void))))"],
    ["let v: (x) => void;", "(VarStatement let (VarDecl v (FunctionType (Param x) (KeywordType void))))"],
    ["let v: <T>(x: T) => T;", "(VarStatement let (VarDecl v (FunctionType (TypeParams (TypeParam T)) (Param x (TypeRef T)) (TypeRef T))))"],
    ["let v: (x: i32) => void | null;", "(VarStatement let (VarDecl v (FunctionType (Param x (TypeRef i32)) (UnionType (KeywordType void) (KeywordType null)))))"],
    ["let v: ((x: i32) => void) | null;", "(VarStatement let (VarDecl v (UnionType (ParenType (FunctionType (Param x (TypeRef i32)) (KeywordType void))) (KeywordType null))))"],
    ["let v: new () => A;", "(VarStatement let (VarDecl v (ConstructorType (TypeRef A))))"],
    ["let v: abstract new () => A;", "(VarStatement let (VarDecl v (ConstructorType (Modifier abstract) (TypeRef A))))"],
    ["let v: [i32, string];", "(VarStatement let (VarDecl v (TupleType (TypeRef i32) (TypeRef string))))"],
    ["let v: [];", "(VarStatement let (VarDecl v (TupleType)))"],
    ["let v: [a: i32, b?: string, ...rest: i32[]];", "(VarStatement let (VarDecl v (TupleType (NamedTupleMember a (TypeRef i32)) (NamedTupleMember/1 b (TypeRef string)) (NamedTupleMember/2 rest (ArrayType (TypeRef i32))))))"],
    ["let v: [i32, string?, ...i32[]];", "(VarStatement let (VarDecl v (TupleType (TypeRef i32) (OptionalType (TypeRef string)) (RestType (ArrayType (TypeRef i32))))))"],
    ["let v: readonly [i32, i32];", "(VarStatement let (VarDecl v (TypeOperator readonly (TupleType (TypeRef i32) (TypeRef i32)))))"],
    ["let v: {};", "(VarStatement let (VarDecl v (TypeLiteral)))"],
    ["let v: { x: i32; y?: string; m(): void };", "(VarStatement let (VarDecl v (TypeLiteral (Property x (TypeRef i32)) (Property/1 y (TypeRef string)) (Method m (KeywordType void)))))"],
    ["let v: { (x: i32): i32; [k: string]: i32 };", "(VarStatement let (VarDecl v (TypeLiteral (CallSignature (Param x (TypeRef i32)) (TypeRef i32)) (IndexSignature (Param k (TypeRef string)) (TypeRef i32)))))"],
    ["let v: Array<(x: i32) => void>;", "(VarStatement let (VarDecl v (TypeRef Array (TypeArgs (FunctionType (Param x (TypeRef i32)) (KeywordType void))))))"],
  ]);
});

test("types: operators, indexed access, conditional, mapped and literal types", () => {
  golden([
    ["let v: keyof T;", "(VarStatement let (VarDecl v (TypeOperator keyof (TypeRef T))))"],
    ["let v: keyof T[];", "(VarStatement let (VarDecl v (TypeOperator keyof (ArrayType (TypeRef T)))))"],
    ["let v: keyof typeof x;", "(VarStatement let (VarDecl v (TypeOperator keyof (TypeQuery (Name x)))))"],
    ["let v: unique symbol;", "(VarStatement let (VarDecl v (TypeOperator unique (TypeRef symbol))))"],
    ["let v: T[K];", "(VarStatement let (VarDecl v (IndexedAccessType (TypeRef T) (TypeRef K))))"],
    ["let v: T[][\"length\"];", "(VarStatement let (VarDecl v (IndexedAccessType (ArrayType (TypeRef T)) (LiteralType \"length\"))))"],
    ["let v: T extends U ? X : Y;", "(VarStatement let (VarDecl v (ConditionalType (TypeRef T) (TypeRef U) (TypeRef X) (TypeRef Y))))"],
    ["let v: A extends B ? C extends D ? 1 : 2 : 3;", "(VarStatement let (VarDecl v (ConditionalType (TypeRef A) (TypeRef B) (ConditionalType (TypeRef C) (TypeRef D) (LiteralType 1) (LiteralType 2)) (LiteralType 3))))"],
    ["let v: T extends (infer U)[] ? U : never;", "(VarStatement let (VarDecl v (ConditionalType (TypeRef T) (ArrayType (ParenType (InferType (TypeParam U)))) (TypeRef U) (TypeRef never))))"],
    ["let v: { [K in keyof T]: T[K] };", "(VarStatement let (VarDecl v (MappedType (TypeParam/1 K (TypeOperator keyof (TypeRef T))) (IndexedAccessType (TypeRef T) (TypeRef K)))))"],
    ["let v: { readonly [K in keyof T]?: T[K] };", "(VarStatement let (VarDecl v (MappedType/5 (TypeParam/1 K (TypeOperator keyof (TypeRef T))) (IndexedAccessType (TypeRef T) (TypeRef K)))))"],
    ["let v: { -readonly [K in keyof T]-?: T[K] };", "(VarStatement let (VarDecl v (MappedType/15 (TypeParam/1 K (TypeOperator keyof (TypeRef T))) (IndexedAccessType (TypeRef T) (TypeRef K)))))"],
    ["let v: { [K in keyof T as `get${K}`]: T[K] };", "(VarStatement let (VarDecl v (MappedType/16 (TypeParam/1 K (TypeOperator keyof (TypeRef T))) (TemplateType (TemplateTypeSpan (TypeRef K))) (IndexedAccessType (TypeRef T) (TypeRef K)))))"],
    ["let v: typeof x;", "(VarStatement let (VarDecl v (TypeQuery (Name x))))"],
    ["let v: typeof x.y;", "(VarStatement let (VarDecl v (TypeQuery (Name x) (Name y))))"],
    ["let v: typeof import(\"m\");", "(VarStatement let (VarDecl v (ImportType/1 (StringLit \"m\"))))"],
    ["let v: typeof import(\"m\").a.b<T>;", "(VarStatement let (VarDecl v (ImportType/1 (StringLit \"m\") (Name a) (Name b) (TypeArgs (TypeRef T)))))"],
    ["let v: import(\"m\").A<i32>[];", "(VarStatement let (VarDecl v (ArrayType (ImportType (StringLit \"m\") (Name A) (TypeArgs (TypeRef i32))))))"],
    // Type names are all references; the checker gives them meaning.
    ["let v: undefined | never;", "(VarStatement let (VarDecl v (UnionType (TypeRef undefined) (TypeRef never))))"],
    ["let v: typeof x[];", "(VarStatement let (VarDecl v (ArrayType (TypeQuery (Name x)))))"],
    ["let v: \"lit\";", "(VarStatement let (VarDecl v (LiteralType \"lit\")))"],
    ["let v: 42;", "(VarStatement let (VarDecl v (LiteralType 42)))"],
    ["let v: -1;", "(VarStatement let (VarDecl v (LiteralType - (NumberLit 1))))"],
    ["let v: true;", "(VarStatement let (VarDecl v (LiteralType true)))"],
    ["let v: null;", "(VarStatement let (VarDecl v (KeywordType null)))"],
    ["let v: void;", "(VarStatement let (VarDecl v (KeywordType void)))"],
    ["let v: this;", "(VarStatement let (VarDecl v (KeywordType this)))"],
    ["let v: `a${string}b`;", "(VarStatement let (VarDecl v (TemplateType (TemplateTypeSpan (TypeRef string)))))"],
  ]);
});

test("unsupported TypeScript still parses without errors", () => {
  golden([
    ["let a: any", "(VarStatement let (VarDecl a (TypeRef any)))"],
    ["let u: string | i32", "(VarStatement let (VarDecl u (UnionType (TypeRef string) (TypeRef i32))))"],
    ["let k: unknown", "(VarStatement let (VarDecl k (TypeRef unknown)))"],
    ["let n: never", "(VarStatement let (VarDecl n (TypeRef never)))"],
    ["let o: object", "(VarStatement let (VarDecl o (TypeRef object)))"],
    ["let s: symbol", "(VarStatement let (VarDecl s (TypeRef symbol)))"],
    ["let b: bigint", "(VarStatement let (VarDecl b (TypeRef bigint)))"],
    ["let f: Function", "(VarStatement let (VarDecl f (TypeRef Function)))"],
    ["let z: boolean", "(VarStatement let (VarDecl z (TypeRef boolean)))"],
    ["interface I { [k: string]: any }", "(InterfaceDecl I (IndexSignature (Param k (TypeRef string)) (TypeRef any)))"],
  ]);
});

test("contextual words stay usable as identifiers", () => {
  golden([
    ["type = 1", "(ExprStmt (Assign:= (Ident type) (NumberLit 1)))"],
    ["type(x)", "(ExprStmt (Call (Ident type) (Ident x)))"],
    ["declare(x)", "(ExprStmt (Call (Ident declare) (Ident x)))"],
    ["abstract = 1", "(ExprStmt (Assign:= (Ident abstract) (NumberLit 1)))"],
    ["async()", "(ExprStmt (Call (Ident async)))"],
    ["await(x)", "(ExprStmt (Call (Ident await) (Ident x)))"],
    ["get(1)", "(ExprStmt (Call (Ident get) (NumberLit 1)))"],
    ["module.exports = x", "(ExprStmt (Assign:= (Member exports (Ident module)) (Ident x)))"],
    ["namespace.x", "(ExprStmt (Member x (Ident namespace)))"],
    ["x.type", "(ExprStmt (Member type (Ident x)))"],
    ["let type = 1, as = 2, of = 3", "(VarStatement let (VarDecl type (NumberLit 1)) (VarDecl as (NumberLit 2)) (VarDecl of (NumberLit 3)))"],
    ["let from = 1; import { from as f } from \"m\"", "(VarStatement let (VarDecl from (NumberLit 1))) (ImportDecl (ImportSpecifier from (Name f)) (StringLit \"m\"))"],
  ]);
});

test("the tree grows past its first guess and keeps every node", () => {
  // A name a line is one token and two nodes (the name and its statement):
  // twice the parser's first guess of a node a token.
  const n = 3000;
  const { file, diags, spans, pool } = parse(Array.from({ length: n }, (_, i) => `v${i}`).join("\n"));
  assert.equal(diags.errorCount, 0);
  const t = file.tree;
  assert.equal(t.count, 2 * n + 1);
  assert.equal(t.kind[2 * n], N.SourceFile);
  assert.equal(t.size[2 * n], 2 * n + 1);
  const text = (node: number): string => {
    const start = spans.start(t.span[node]! as Span) - file.base;
    return decodeWtf8(file.src, start, start + spans.length(t.span[node]! as Span));
  };
  for (let i = 0; i < n; i++) {
    assert.equal(t.kind[2 * i], N.Ident);
    assert.equal(t.size[2 * i], 1);
    assert.equal(keptTokens(t).token[2 * i], i);
    assert.equal(t.tokValue[2 * i], pool.intern(`v${i}`));
    assert.equal(text(2 * i), `v${i}`);
    assert.equal(t.kind[2 * i + 1], N.ExprStmt);
    assert.equal(t.size[2 * i + 1], 2);
    assert.equal(text(2 * i + 1), `v${i}`);
  }
  assert.equal(spans.length(t.span[2 * n]! as Span), file.src.length);
  assert.equal(sexpr("v0\nv1"), sexpr("v0;v1"));
});
