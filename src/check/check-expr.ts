// Expression rules of level 0: literals and their contextual type, names,
// operators with AssemblyScript's typing (the left operand takes the context,
// the right one the left's type, then the common type), assignments,
// conversions, calls to functions and built-ins, and constant folding of
// literal arithmetic. Writes the node's type (and constant) into the
// function's facts and returns the type; never emits code.
import type { NodeId, StringId, TypeId } from "../base/ids.js";
import { NameCode, TypeCode } from "../diagnostics/codes.js";
import { N, NF } from "../parse/nodes.js";
import { Tok, TokFlag, tokText } from "../parse/tokens.js";
import { DeclKind, NO_SYMBOL, type SymbolId } from "../program/program.js";
import { declOf, lookupTopLevel } from "../program/resolve.js";
import { ERROR_TYPE, T, bitsOf, convertsImplicitly, isFloat, isIntegral, isNumeric, isWide, Prim, primType } from "../types/types.js";
import { Builtin, builtinConstant, mathFunction, MATH_ARITY, MATH_F32, MathFn } from "./builtins.js";
import type { FnChecker } from "./check-body.js";
import { Ref } from "./facts.js";
import { convert, foldBinary, foldUnary, normalize, rangeOf, type Value } from "./values.js";

/** Assignment operator -> its binary operator (Eq -> 0). */
export const COMPOUND = new Uint8Array(256);
COMPOUND[Tok.PlusEq] = Tok.Plus; COMPOUND[Tok.MinusEq] = Tok.Minus; COMPOUND[Tok.StarEq] = Tok.Star;
COMPOUND[Tok.SlashEq] = Tok.Slash; COMPOUND[Tok.PercentEq] = Tok.Percent; COMPOUND[Tok.StarStarEq] = Tok.StarStar;
COMPOUND[Tok.LtLtEq] = Tok.LtLt; COMPOUND[Tok.GtGtEq] = Tok.GtGt; COMPOUND[Tok.GtGtGtEq] = Tok.GtGtGt;
COMPOUND[Tok.AmpEq] = Tok.Amp; COMPOUND[Tok.BarEq] = Tok.Bar; COMPOUND[Tok.CaretEq] = Tok.Caret;
COMPOUND[Tok.AmpAmpEq] = Tok.AmpAmp; COMPOUND[Tok.BarBarEq] = Tok.BarBar;

export const enum OpClass { None, Arith, Bitwise, Shift, Compare, Logical }
const OP_CLASS = new Uint8Array(256);
for (const k of [Tok.Plus, Tok.Minus, Tok.Star, Tok.Slash, Tok.Percent, Tok.StarStar]) OP_CLASS[k] = OpClass.Arith;
for (const k of [Tok.Amp, Tok.Bar, Tok.Caret]) OP_CLASS[k] = OpClass.Bitwise;
for (const k of [Tok.LtLt, Tok.GtGt, Tok.GtGtGt]) OP_CLASS[k] = OpClass.Shift;
for (const k of [Tok.EqEq, Tok.BangEq, Tok.EqEqEq, Tok.BangEqEq, Tok.Lt, Tok.LtEq, Tok.Gt, Tok.GtEq]) OP_CLASS[k] = OpClass.Compare;
for (const k of [Tok.AmpAmp, Tok.BarBar]) OP_CLASS[k] = OpClass.Logical;
export function opClass(op: Tok): OpClass { return OP_CLASS[op]! as OpClass; }

export function checkExpr(c: FnChecker, n: number, expected: TypeId | undefined): TypeId {
  const t = c.t;
  switch (t.kind[n]! as N) {
    case N.NumberLit: return numberLiteral(c, n, expected);
    case N.True: case N.False: c.f.setConst(n as NodeId, t.kind[n] === N.True ? 1 : 0); return c.setType(n, T.bool);
    case N.Ident: return identifier(c, n);
    case N.Paren: {
      const ty = checkExpr(c, n - 1, expected);
      const v = c.f.constOf((n - 1) as NodeId);
      if (v !== undefined) c.f.setConst(n as NodeId, v);
      return c.setType(n, ty);
    }
    case N.Binary: return binary(c, n, expected);
    case N.Assign: case N.Call: {
      // Their operands take contexts of their own (the target's, the parameters'), never a cast's softness.
      const soft = c.softContext;
      c.softContext = false;
      const ty = t.kind[n] === N.Assign ? assign(c, n) : call(c, n, expected);
      c.softContext = soft;
      return ty;
    }
    case N.Prefix: return prefix(c, n, expected);
    case N.Postfix: return increment(c, n, n - 1, t.flags[n]! as Tok);
    case N.Conditional: return conditional(c, n, expected);
    case N.TypeAssertion: return cast(c, n, n - 1, c.db.typeOfNode(c.m, (n - 1 - t.size[n - 1]!) as NodeId));
    case N.As: {
      const operand = n - 1 - t.size[n - 1]!;
      return cast(c, n, operand, c.db.typeOfNode(c.m, (n - 1) as NodeId));
    }
    case N.Comma: return comma(c, n, expected);
    case N.Member: return member(c, n);
    case N.StringLit:
      c.error(NameCode.Unsupported, n, "strings come with level 1 of the language (here only assert() and abort() take a message)");
      return c.setType(n, ERROR_TYPE);
    case N.Error: return c.setType(n, ERROR_TYPE); // the parser reported it: no second error
    default:
      c.error(NameCode.Unsupported, n, `this expression is not supported at level 0 (${N[t.kind[n]!]})`);
      return c.setType(n, ERROR_TYPE);
  }
}

/**
 * The number under node `n` when `n` is a bare literal, negated or
 * parenthesized or both (`7`, `-(65)`), else -1. Parentheses and a minus
 * are each over the one node before them.
 */
function literalLeaf(c: FnChecker, n: number): number {
  let x = n;
  for (;;) {
    const k = c.t.kind[x]! as N;
    if (k === N.NumberLit) return x;
    if (k !== N.Paren && !(k === N.Prefix && c.t.flags[x] === Tok.Minus)) return -1;
    x--;
  }
}

/** A bare literal (literalLeaf()): its type follows its context instead of leading. */
function isLiteral(c: FnChecker, n: number): boolean { return literalLeaf(c, n) >= 0; }

/** Whether literal `n` (isLiteral()) is written as a float: `1.5`, `-(2e3)`. */
function hasFloatSyntax(c: FnChecker, n: number): boolean { return (c.t.flags[literalLeaf(c, n)]! & TokFlag.Float) !== 0; }

/**
 * The type literal operand `n` takes beside an operand of type `other`:
 * `other`, unless AssemblyScript gives the literal a wider type that `other`
 * converts to, and then the operation happens in it. AssemblyScript types a
 * binary operator's left operand from the context and the right one from
 * the left: a literal takes that type if its value fits it, else its own
 * (the first of i32, u32, i64 and u64 that holds it). So `1 + x` with x: u8
 * adds in i32 (as `x + 1` does not), `x + 200` with x: i8 adds in i32, and
 * `0x7fffffff + x` where an i64 is expected adds in i64. Where that type and
 * `other` mix floats and integers or signedness, which kiln's operators
 * refuse, the literal takes `other`, with one exception: an integer literal
 * that a float context reaches takes the float where `other` converts to it
 * exactly, and binaryOperator() converts the other operand (`let v: f64 =
 * 7 / j` divides 7.0 by f64(j), as in AssemblyScript; typed as j, the
 * literal would silently divide integers where asc divides floats). Where
 * `other` does not convert exactly (i64 to f64, i32 to f32), asc refuses
 * the operands, and the literal takes `other`.
 */
function widerLiteralType(c: FnChecker, n: number, context: TypeId | undefined, other: TypeId): TypeId {
  const t = c.t;
  let x = n, negative = false;
  for (;;) {
    if (t.kind[x] === N.Paren) x--;
    else if (t.kind[x] === N.Prefix) { negative = !negative; x--; } // isLiteral(): only a minus, over a literal
    else break;
  }
  const flags = t.flags[x]!;
  if ((flags & TokFlag.BigIntSuffix) !== 0) return other; // numberLiteral() reports it
  let own: TypeId;
  if (context !== undefined && isFloat(context)) {
    if ((flags & TokFlag.Float) === 0 && isIntegral(other) && other !== T.bool && convertsImplicitly(other, context)) return context;
    own = context;
  } else if ((flags & TokFlag.Float) !== 0) own = T.f64;
  else {
    const index = t.tokValue[x]!;
    const big = (flags & TokFlag.Big) !== 0 ? t.bigs.get(index) : undefined;
    const magnitude: Value = big ?? t.numbers[index]!;
    const value = negative ? -magnitude : magnitude;
    const range = context !== undefined && isIntegral(context) && context !== T.bool ? rangeOf(context) : undefined;
    // The context's type if the value fits it, and a 64-bit context's whatever the value (as literalFits():
    // `<u64>(-7 + x)` adds in u64, x converted, as asc does), else AssemblyScript's own type for the
    // value: i32, u32, i64, then u64 (`x - 3000000000` with x: i32 stays 32 bits).
    own = range !== undefined && (isWide(context!) || range[0] <= value && value <= range[1]) ? context!
      : -2147483648 <= value && value < 2147483648 ? T.i32 : 0 <= value && value < 4294967296 ? T.u32
      : -(2n ** 63n) <= value && value < 2n ** 63n ? T.i64 : T.u64;
  }
  // A float literal beside an integer stays a float, so that the operator reports the mix of the two
  // types (K2103, with the conversion to write) rather than the literal a float where an integer is expected.
  if ((flags & TokFlag.Float) !== 0 && isIntegral(other) && other !== T.bool) return own;
  return own !== other && isFloat(own) === isFloat(other) && convertsImplicitly(other, own) ? own : other;
}

/**
 * 2^k for k = 0..64, read rather than computed: `2 ** bits` with a variable
 * exponent calls V8's pow for every integer literal (2.4% of a warm build).
 */
const TWO_TO_THE = Float64Array.from({ length: 65 }, (_, k) => 2 ** k);

/**
 * Whether literal `n` (its token flags and magnitude) takes numeric type `ty`
 * as AssemblyScript types it: a float literal only a float type; an integer
 * literal a float or 64-bit type always (`<u64>(-1 >>> 1)` shifts all ones),
 * and a narrower integer type whose range holds its value, negated under a
 * minus. The range, not the bits: under `<i8>(200 / 2)`, 200 is an i32 and
 * the result 100; under `<u8>(-1 >>> 1)`, -1 is an i32 and the result 255.
 */
function literalFits(c: FnChecker, n: number, big: bigint | undefined, num: number, ty: TypeId): boolean {
  if ((c.t.flags[n]! & TokFlag.Float) !== 0) return isFloat(ty);
  if (isFloat(ty) || isWide(ty)) return true;
  const range = rangeOf(ty);
  // A prefix node follows its operand: the literal is negated when the node after it is a minus.
  if (c.t.kind[n + 1] === N.Prefix && c.t.flags[n + 1] === Tok.Minus) return range[0] <= -(big ?? num);
  return (big ?? num) <= range[1];
}

function numberLiteral(c: FnChecker, n: number, expected: TypeId | undefined): TypeId {
  const t = c.t;
  const flags = t.flags[n]!;
  const index = t.tokValue[n]!;
  const isFloatSyntax = (flags & TokFlag.Float) !== 0;
  if ((flags & TokFlag.BigIntSuffix) !== 0) { c.error(NameCode.Unsupported, n, "BigInt literals are not supported: an integer literal takes type i64 from its context"); return c.setType(n, ERROR_TYPE); }
  const big = (flags & TokFlag.Big) !== 0 ? t.bigs.get(index) : undefined;
  const num = t.numbers[index]!;
  if (expected !== undefined && c.softContext && !literalFits(c, n, big, num, expected)) expected = undefined;
  let ty: TypeId;
  if (expected !== undefined && isFloat(expected)) ty = expected;
  else if (isFloatSyntax) {
    if (expected !== undefined && isIntegral(expected) && expected !== T.bool) {
      c.error(TypeCode.Mismatch, n, `a float literal where ${c.db.name(expected)} is expected: write an integer, or convert, e.g. ${c.db.name(expected)}(${c.source(n)})`);
      return c.setType(n, ERROR_TYPE);
    }
    ty = T.f64;
  } else if (expected !== undefined && isIntegral(expected) && expected !== T.bool) {
    // An integer literal takes its context's type if its bits fit (as signed or unsigned).
    const bits = bitsOf(expected);
    if (big !== undefined ? big >= 1n << BigInt(bits) : num >= TWO_TO_THE[bits]!) {
      const [lo, hi] = rangeOf(expected);
      c.error(TypeCode.LiteralRange, n, `${c.source(n)} does not fit in ${c.db.name(expected)} (${lo} to ${hi})`);
      return c.setType(n, ERROR_TYPE);
    }
    ty = expected;
  } else {
    // Without the Big flag the literal is an exact double below 2^53: no BigInt needed.
    if (big === undefined) ty = num < 2147483648 ? T.i32 : T.i64;
    else if (big < 1n << 63n) ty = T.i64;
    else if (big < 1n << 64n) ty = T.u64;
    else { c.error(TypeCode.LiteralRange, n, `${c.source(n)} does not fit in 64 bits`); return c.setType(n, ERROR_TYPE); }
  }
  const raw: Value = isFloat(ty) ? (big !== undefined ? Number(big) : num) : isWide(ty) ? (big ?? BigInt(num)) : num;
  c.f.setConst(n as NodeId, normalize(raw, ty));
  return c.setType(n, ty);
}

/** What a name in an expression refers to; sets the node's ref. */
function identifier(c: FnChecker, n: number): TypeId {
  const name = c.nameOf(n);
  const i = n - c.f.first;
  const local = c.findLocal(name);
  if (local >= 0) {
    c.f.refKind[i] = Ref.Local;
    c.f.ref[i] = local;
    return c.setType(n, c.f.localTypes[local]!);
  }
  const sym = lookupTopLevel(c.db.p, c.m, name);
  if (sym !== NO_SYMBOL) {
    const d = declOf(c.db.p, sym);
    if (d.kind === DeclKind.Global || d.kind === DeclKind.Const) {
      const ty = c.db.globalTypeOf(sym, c.span(n));
      c.f.refKind[i] = Ref.Global;
      c.f.ref[i] = sym;
      if (d.kind === DeclKind.Const) {
        const v = c.db.globalValueOf(sym);
        if (v !== undefined && ty !== ERROR_TYPE) c.f.setConst(n as NodeId, v);
      }
      return c.setType(n, ty);
    }
    c.error(NameCode.NotAValue, n, d.kind === DeclKind.TypeAlias ? `'${c.text(name)}' is a type, not a value` : `function '${c.text(name)}' is not a value here: call it, '${c.text(name)}(...)'`);
    return c.setType(n, ERROR_TYPE);
  }
  if (c.m.byName.has(name)) return c.setType(n, ERROR_TYPE); // a broken import, reported
  const g = c.db.builtins.globals.get(name);
  if (g !== undefined) { c.f.setConst(n as NodeId, g.value); return c.setType(n, g.type); }
  const what = builtinKind(c, name);
  if (what !== undefined) c.error(NameCode.NotAValue, n, what === "function" ? `built-in function '${c.text(name)}' is not a value here: call it, '${c.text(name)}(...)'` : `'${c.text(name)}' is a built-in namespace, not a value: use one of its members, e.g. '${c.text(name)}.PI'`);
  else c.error(NameCode.UnknownName, n, `cannot find name '${c.text(name)}'`);
  return c.setType(n, ERROR_TYPE);
}

/**
 * What a name the program does not declare is among the built-ins that are
 * not values: a function (`isNaN`, `i32`, which is also a namespace), a
 * namespace (only `Math` and `Mathf` are no function too), or neither.
 */
function builtinKind(c: FnChecker, name: number): "function" | "namespace" | undefined {
  const b = c.db.builtins;
  return b.functions.has(name) ? "function" : b.namespaces.has(name) ? "namespace" : undefined;
}

/** The operands' common type for `op`, converting one side implicitly; ERROR_TYPE after a report. */
function commonType(c: FnChecker, n: number, op: Tok, left: number, right: number, lt: TypeId, rt: TypeId): TypeId {
  if (lt === ERROR_TYPE || rt === ERROR_TYPE) return ERROR_TYPE;
  if (lt === rt) return lt;
  if (isFloat(lt) !== isFloat(rt) && isNumeric(lt) && isNumeric(rt)) {
    // Assignments convert integers to floats where exact; operators never mix them (LANGUAGE.md). A
    // conditional where a float is assigned converts its branches as an assignment does (conditional()),
    // and an integer beside a left integer literal that takes a float context converts (widerLiteralType()),
    // as does one beside a left operand that is a float only through such literals (floatFromLiterals()).
    const f = c.db.name(isFloat(lt) ? lt : rt);
    c.error(TypeCode.BadOperands, n, `operator '${tokText(op)}' cannot mix ${c.db.name(lt)} and ${c.db.name(rt)}: convert the integer side explicitly, e.g. ${c.conversionOf(f, isFloat(lt) ? right : left)}`);
    return ERROR_TYPE;
  }
  if (convertsImplicitly(rt, lt)) { c.f.conv[right - c.f.first] = lt; return lt; }
  if (convertsImplicitly(lt, rt)) { c.f.conv[left - c.f.first] = rt; return rt; }
  const a = c.db.name(lt), b = c.db.name(rt);
  // Neither converts to the other (integers of different signedness, or bool): the right side to the left's type.
  c.error(TypeCode.BadOperands, n, `operator '${tokText(op)}' cannot mix ${a} and ${b}: convert one side explicitly, e.g. ${c.conversionOf(a, right)}`);
  return ERROR_TYPE;
}

/**
 * The binary operators of a left-deep chain (`a + b + c ...`, whose left
 * operands are binary too) waiting for their left operand's type: past
 * SHALLOW nested binary nodes, binary() loops over the chain instead of
 * recursing, so that a long one cannot overflow the stack (recursion did at
 * about 2,000 operators). Shared by nested chains, each above the entries
 * of the chain it is part of. Looping for every chain made a 100k-line
 * build about 2.7 ms slower (21 alternating builds).
 */
const chainNodes: number[] = [];
const chainExpected: (TypeId | undefined)[] = [];

/** `a, b, c ...`: a left-deep chain too, walked with a loop like binary()'s. */
function comma(c: FnChecker, n: number, expected: TypeId | undefined): TypeId {
  const t = c.t, base = chainNodes.length;
  // Only the last operand takes the context, and a cast's softness with it.
  const soft = c.softContext;
  c.softContext = false;
  let m = n;
  for (;;) {
    const left = m - 1 - t.size[m - 1]!;
    if (t.kind[left] !== N.Comma) { checkExpr(c, left, undefined); break; }
    chainNodes.push(m);
    m = left;
  }
  for (;;) {
    if (m === n) c.softContext = soft;
    const ty = c.setType(m, checkExpr(c, m - 1, m === n ? expected : undefined));
    if (chainNodes.length === base) return ty;
    m = chainNodes.pop()!;
  }
}

/** Binary nodes checked by recursion, nested; past SHALLOW of them, binary() loops. */
let nesting = 0;
const SHALLOW = 64;

/**
 * The context a binary operator `op` gives its operands, when its own is
 * `expected`. Bitwise operators and shifts, which take integers, turn a float
 * context into the integer type of its width, as AssemblyScript does:
 * `<f64>(99 & 255)` is an i64 `&`.
 */
function operandContext(op: Tok, expected: TypeId | undefined): TypeId | undefined {
  const cls = opClass(op);
  if (cls === OpClass.Compare || expected === T.void) return undefined;
  if ((cls === OpClass.Bitwise || cls === OpClass.Shift) && expected !== undefined && isFloat(expected)) return integerOfWidth(expected);
  return expected;
}

/** The integer type as wide as float type `f`. */
function integerOfWidth(f: TypeId): TypeId { return f === T.f32 ? T.i32 : T.i64; }

function binary(c: FnChecker, n: number, expected: TypeId | undefined): TypeId {
  if (nesting < SHALLOW) {
    // Most chains are short: recursion down the left operand is cheaper.
    nesting++;
    const ty = binaryOperator(c, n, expected, undefined);
    nesting--;
    return ty;
  }
  const t = c.t, base = chainNodes.length;
  let m = n, exp = expected;
  for (;;) {
    const right = m - 1, left = right - t.size[right]!;
    if (t.kind[left] !== N.Binary) break;
    chainNodes.push(m);
    chainExpected.push(exp);
    exp = operandContext(t.flags[m]! as Tok, exp);
    m = left;
  }
  let ty = binaryOperator(c, m, exp, undefined);
  while (chainNodes.length > base) ty = binaryOperator(c, chainNodes.pop()!, chainExpected.pop(), ty);
  return ty;
}

/**
 * Checks binary node `n`; `leftType` is its left operand's type when that
 * operand (a binary node: no literal, so checked first) was checked already.
 */
function binaryOperator(c: FnChecker, n: number, expected: TypeId | undefined, leftType: TypeId | undefined): TypeId {
  const t = c.t;
  const op = t.flags[n]! as Tok;
  const right = n - 1, left = right - t.size[right]!;
  const cls = opClass(op);
  const ctx = operandContext(op, expected);
  // The operand that takes ctx passes a cast's softness on; the other one's context is its own.
  const soft = c.softContext;
  let lt: TypeId, rt: TypeId;
  if (leftType === undefined && isLiteral(c, left) && !isLiteral(c, right) && cls !== OpClass.Shift) {
    c.operand = right;
    rt = checkExpr(c, right, ctx);
    c.softContext = false;
    c.operand = left;
    lt = checkExpr(c, left, rt === ERROR_TYPE || rt === T.bool ? ctx : widerLiteralType(c, left, ctx, rt));
  } else {
    c.operand = left;
    lt = leftType ?? checkExpr(c, left, ctx);
    c.softContext = false;
    const rctx = lt === ERROR_TYPE || lt === T.bool || cls === OpClass.Shift && !isIntegral(lt) ? undefined : lt;
    c.operand = right;
    rt = checkExpr(c, right, rctx !== undefined && cls !== OpClass.Shift && isLiteral(c, right) ? widerLiteralType(c, right, rctx, rctx) : rctx);
  }
  c.softContext = soft;
  // A left integer literal that took a float from the context (widerLiteralType()), or a left operand
  // that is a float only through such literals, converts the integer right operand to it: `7 / j` and
  // `2 * j + k` where an f64 is wanted are f64(7) / f64(j) and f64(2) * f64(j) + f64(k), as in AssemblyScript.
  const floatLiteral = cls !== OpClass.Shift && isFloat(lt) && isIntegral(rt) && rt !== T.bool && convertsImplicitly(rt, lt) && floatFromLiterals(c, left);
  let common: TypeId;
  if (cls === OpClass.Shift) {
    if (lt === ERROR_TYPE || rt === ERROR_TYPE) return c.setType(n, ERROR_TYPE);
    if (!isIntegral(lt) || lt === T.bool || !isIntegral(rt)) {
      c.error(TypeCode.BadOperands, n, `operator '${tokText(op)}' needs integers, found ${c.db.name(lt)} and ${c.db.name(rt)}`);
      return c.setType(n, ERROR_TYPE);
    }
    // The shift count is taken modulo the width: any integer type converts.
    if (rt !== lt) c.f.conv[right - c.f.first] = lt;
    common = lt;
  } else if (floatLiteral) {
    c.f.conv[right - c.f.first] = lt;
    common = lt;
  } else {
    common = commonType(c, n, op, left, right, lt, rt);
    if (common === ERROR_TYPE) return c.setType(n, ERROR_TYPE);
    const ok = cls === OpClass.Arith ? isNumeric(common)
      : cls === OpClass.Bitwise ? isIntegral(common)
      : cls === OpClass.Compare ? isNumeric(common) || common === T.bool
      : isNumeric(common) || common === T.bool;
    if (!ok) {
      c.error(TypeCode.BadOperands, n, `operator '${tokText(op)}' does not apply to ${c.db.name(common)}`);
      return c.setType(n, ERROR_TYPE);
    }
  }
  const result = cls === OpClass.Compare ? T.bool : common;
  // Fold literal arithmetic.
  const lv = c.f.constOf(left as NodeId), rv = c.f.constOf(right as NodeId);
  if (rv !== undefined && (op === Tok.Slash || op === Tok.Percent) && !isFloat(common) && Number(rv) === 0) {
    c.error(TypeCode.DivisionByZero, n, `integer ${op === Tok.Slash ? "division" : "remainder"} by zero: this always traps`);
  }
  if (lv !== undefined && rv !== undefined && cls !== OpClass.Logical) {
    const v = foldBinary(op, convert(lv, lt, common), convert(rv, rt, cls === OpClass.Shift ? lt : common), common);
    if (v !== undefined) c.f.setConst(n as NodeId, v);
  }
  return c.setType(n, result);
}

/**
 * Whether checked operand `n` is a float only because integer literals in it
 * took a float context: such a literal (`7` where an f64 is wanted), or
 * arithmetic or a conditional whose operands are such operands or integers
 * converted to the float beside them (binaryOperator()'s floatLiteral,
 * conditional()): `1 + j`, `(2 * j) - k`, `(7 + 1)`, `(c ? 7 : i)`. A float
 * value or float literal (`d`, `0.5`) is none.
 */
function floatFromLiterals(c: FnChecker, n: number): boolean {
  const t = c.t, f = c.f;
  let x = n;
  for (;;) {
    while (t.kind[x] === N.Paren) x--;
    if (isLiteral(c, x)) return isFloat(f.typeOf(x as NodeId)) && !hasFloatSyntax(c, x);
    const k = t.kind[x]! as N;
    if (k !== N.Conditional && (k !== N.Binary || opClass(t.flags[x]! as Tok) !== OpClass.Arith)) return false;
    // Binary: the right operand and then the left; a conditional: the else branch and then the then branch.
    const right = x - 1, left = right - t.size[right]!;
    if (!convertedToFloat(c, right) && !floatFromLiterals(c, right)) return false;
    if (k === N.Conditional && convertedToFloat(c, left)) return true;
    x = left;
  }
}

/** Whether checked node `n` is an integer converted to a float where it is used. */
function convertedToFloat(c: FnChecker, n: number): boolean {
  return isIntegral(c.f.typeOf(n as NodeId)) && isFloat(c.f.conv[n - c.f.first]! as TypeId);
}

/** The variable an assignment or `++` writes; sets its ref. ERROR_TYPE after a report. */
function target(c: FnChecker, n: number): TypeId {
  const t = c.t;
  let x = n;
  while (t.kind[x] === N.Paren) x = x - 1;
  if (t.kind[x] !== N.Ident) {
    const k = t.kind[x]! as N;
    // The parser takes these as targets (a cast around one too, `<f64>a = x`, as TypeScript does); level 0 does not.
    // The parser reported any other kind but a member (K1105).
    const cast = k === N.TypeAssertion || k === N.As || k === N.Satisfies;
    if (cast || k === N.Index || k === N.ArrayLit || k === N.ObjectLit || k === N.NonNull) {
      c.error(NameCode.Unsupported, x, "level 0 can assign only to variables");
      // Checked as an expression, an element, a pattern or `a!` would be reported a second time.
      if (!cast) return c.setType(n, ERROR_TYPE);
    }
    // A member that checks is a built-in constant (`Math.PI`): member() reports any other, and the
    // parser one through `?.`. Of the rest, only what is inside them is checked.
    if (checkExpr(c, x, undefined) !== ERROR_TYPE && k === N.Member && (t.flags[x]! & NF.OptionalChain) === 0) {
      c.error(TypeCode.NotAssignable, x, `cannot assign to '${c.text(c.nameOf(x - 1))}.${c.text(c.nameOf(x))}': it is a built-in constant`);
    }
    return c.setType(n, ERROR_TYPE);
  }
  const name = c.nameOf(x);
  const s = c.findLocal(name);
  if (s >= 0 && c.isConstLocal(s)) { c.error(TypeCode.NotAssignable, x, `cannot assign to '${c.text(name)}': it is a const`); return ERROR_TYPE; }
  if (s < 0) {
    const sym = lookupTopLevel(c.db.p, c.m, name);
    if (sym !== NO_SYMBOL) {
      const d = declOf(c.db.p, sym);
      if (d.kind === DeclKind.Const) { c.error(TypeCode.NotAssignable, x, `cannot assign to '${c.text(name)}': it is a const`); return ERROR_TYPE; }
      if (d.kind !== DeclKind.Global) { c.error(TypeCode.NotAssignable, x, `cannot assign to '${c.text(name)}': it is not a variable`); return ERROR_TYPE; }
    } else if (!c.m.byName.has(name)) {
      const what = builtinKind(c, name);
      if (what !== undefined) { c.error(TypeCode.NotAssignable, x, `cannot assign to '${c.text(name)}': it is a built-in ${what}`); return ERROR_TYPE; }
    }
  }
  const ty = identifier(c, x);
  if (ty !== ERROR_TYPE && c.f.refKind[x - c.f.first] === Ref.None) {
    // Resolved, but to no local or global: a built-in constant (NaN, Infinity), a value with nowhere to write.
    c.error(TypeCode.NotAssignable, x, `cannot assign to '${c.text(name)}': it is a built-in constant`);
    return ERROR_TYPE;
  }
  c.f.isConst[x - c.f.first] = 0; // a variable being written is not its constant value
  if (x !== n) c.setType(n, ty);
  return ty;
}

function assign(c: FnChecker, n: number): TypeId {
  const t = c.t;
  const op = t.flags[n]! as Tok;
  const value = n - 1, tgt = value - t.size[value]!;
  const tt = target(c, tgt);
  const bin = COMPOUND[op]! as Tok;
  if (op === Tok.Eq) {
    checkExpr(c, value, tt === ERROR_TYPE ? undefined : tt);
    if (tt !== ERROR_TYPE) c.coerce(value, tt, "in this assignment");
    return c.setType(n, tt);
  }
  if (bin === 0) { c.error(NameCode.Unsupported, n, `operator '${tokText(op)}' is not supported`); checkExpr(c, value, undefined); return c.setType(n, ERROR_TYPE); }
  const vt = checkExpr(c, value, tt === ERROR_TYPE || tt === T.bool ? undefined : tt);
  if (tt === ERROR_TYPE || vt === ERROR_TYPE) return c.setType(n, ERROR_TYPE);
  const cls = opClass(bin);
  if (cls === OpClass.Shift) {
    if (!isIntegral(tt) || tt === T.bool || !isIntegral(vt)) { c.error(TypeCode.BadOperands, n, `operator '${tokText(op)}' needs integers, found ${c.db.name(tt)} and ${c.db.name(vt)}`); return c.setType(n, ERROR_TYPE); }
    if (vt !== tt) c.f.conv[value - c.f.first] = tt;
    return c.setType(n, tt);
  }
  if (!convertsImplicitly(vt, tt)) {
    c.error(TypeCode.BadOperands, n, `operator '${tokText(op)}' cannot mix ${c.db.name(tt)} and ${c.db.name(vt)}: convert the right side, e.g. ${c.conversionOf(c.db.name(tt), value)}`);
    return c.setType(n, ERROR_TYPE);
  }
  if (vt !== tt) c.f.conv[value - c.f.first] = tt;
  const ok = cls === OpClass.Arith ? isNumeric(tt) : cls === OpClass.Bitwise ? isIntegral(tt) : isNumeric(tt) || tt === T.bool;
  if (!ok) { c.error(TypeCode.BadOperands, n, `operator '${tokText(op)}' does not apply to ${c.db.name(tt)}`); return c.setType(n, ERROR_TYPE); }
  return c.setType(n, tt);
}

function increment(c: FnChecker, n: number, operand: number, op: Tok): TypeId {
  const ty = target(c, operand);
  if (ty !== ERROR_TYPE && !isNumeric(ty)) { c.error(TypeCode.BadOperands, n, `operator '${tokText(op)}' needs a number, found ${c.db.name(ty)}`); return c.setType(n, ERROR_TYPE); }
  return c.setType(n, ty);
}

function prefix(c: FnChecker, n: number, expected: TypeId | undefined): TypeId {
  const op = c.t.flags[n]! as Tok;
  if (op === Tok.PlusPlus || op === Tok.MinusMinus) return increment(c, n, n - 1, op);
  if (op === Tok.Bang) {
    const ty = checkExpr(c, n - 1, undefined);
    if (ty !== ERROR_TYPE && !isNumeric(ty) && ty !== T.bool) { c.error(TypeCode.BadOperands, n, `operator '!' does not apply to ${c.db.name(ty)}`); return c.setType(n, ERROR_TYPE); }
    const v = c.f.constOf((n - 1) as NodeId);
    if (v !== undefined) c.f.setConst(n as NodeId, foldUnary(op, v, ty)!);
    return c.setType(n, T.bool);
  }
  if (op !== Tok.Minus && op !== Tok.Plus && op !== Tok.Tilde) {
    c.error(NameCode.Unsupported, n, `operator '${tokText(op)}' is not supported at level 0`);
    return c.setType(n, ERROR_TYPE);
  }
  // `~` takes integers: a float context becomes the integer type of its width, as for binary bitwise operators.
  const ctx = expected === T.void || expected === T.bool ? undefined : op === Tok.Tilde && expected !== undefined && isFloat(expected) ? integerOfWidth(expected) : expected;
  const ty = checkExpr(c, n - 1, ctx);
  if (ty === ERROR_TYPE) return c.setType(n, ERROR_TYPE);
  const ok = op === Tok.Tilde ? isIntegral(ty) && ty !== T.bool : isNumeric(ty);
  if (!ok) { c.error(TypeCode.BadOperands, n, `operator '${tokText(op)}' does not apply to ${c.db.name(ty)}`); return c.setType(n, ERROR_TYPE); }
  const v = c.f.constOf((n - 1) as NodeId);
  if (v !== undefined) { const r = foldUnary(op, v, ty); if (r !== undefined) c.f.setConst(n as NodeId, r); }
  return c.setType(n, ty);
}

function conditional(c: FnChecker, n: number, expected: TypeId | undefined): TypeId {
  const t = c.t;
  const elseN = n - 1, thenN = elseN - t.size[elseN]!, cond = thenN - t.size[thenN]!;
  // An operand's branches are operands too: `d + (c ? (e ? 1 : i) : 2.5)`.
  const operand = isOperand(c, n);
  c.condition(cond);
  const ctx = expected === T.void ? undefined : expected;
  let tt: TypeId, et: TypeId;
  const thenLiteral = isLiteral(c, thenN), elseLiteral = isLiteral(c, elseN);
  if (thenLiteral !== elseLiteral && (ctx === undefined || c.softContext)) {
    // One literal branch, without a context or under a cast's (takesCastContext()): the literal is typed
    // against the other branch, as a binary operator's literal operand is. Under a cast it takes the
    // cast's type where the other branch converts to it: `(k ? 255 : i) as i64` is an i64, and
    // `(k ? 65 : i) as u32` an i32. Without a context, AssemblyScript types the branches left to right, as
    // a binary operator's operands: `k ? 1 : b` with b: u8 is an i32 (the literal's own type, to which b
    // converts), and `k ? b : 300` too, where 300 does not fit b's type.
    const lit = thenLiteral ? thenN : elseN, other = thenLiteral ? elseN : thenN;
    if (operand) c.operand = other;
    const ot = checkExpr(c, other, undefined);
    if (operand) c.operand = lit;
    const lt = checkExpr(c, lit, ot === ERROR_TYPE ? ctx : ot === T.bool ? ot : widerLiteralType(c, lit, ctx ?? (thenLiteral ? undefined : ot), ot));
    if (thenLiteral) { tt = lt; et = ot; } else { tt = ot; et = lt; }
    // A literal that took a float converts an integer branch that converts to it exactly, as it would assigned.
    if (isFloat(lt) && isIntegral(ot) && ot !== T.bool && convertsImplicitly(ot, lt)) {
      c.f.conv[other - c.f.first] = lt;
      return finishConditional(c, n, cond, thenN, elseN, lt);
    }
  } else {
    if (operand) c.operand = thenN;
    tt = checkExpr(c, thenN, ctx);
    if (operand) c.operand = elseN;
    et = checkExpr(c, elseN, ctx ?? (tt === ERROR_TYPE ? undefined : tt));
  }
  let common: TypeId | undefined;
  if (ctx !== undefined && isFloat(ctx) && isFloat(tt) !== isFloat(et) && isNumeric(tt) && isNumeric(et)
    && convertsImplicitly(tt, ctx) && convertsImplicitly(et, ctx) && (!operand || floatFromLiterals(c, isFloat(tt) ? thenN : elseN))) {
    // Where a float is wanted, an integer branch that converts to it exactly
    // converts, as it would assigned, instead of mixing with a float branch:
    // `let v: f64 = c ? 33 : x` with x: i32 (the literal is an f64 there) is
    // `c ? 33.0 : f64(x)`, as in AssemblyScript. Where the float context
    // comes from an operator, only beside a branch that is a float through
    // literals alone, as an operator converts an integer beside such an
    // operand: `d + (c ? 1 : i)` is `d + (c ? 1.0 : f64(i))` as `d + (1 + i)`
    // is `d + (1.0 + f64(i))`, but `d + (c ? e : i)` with e: f64 would mix
    // the two (`d + i`).
    if (tt !== ctx) c.f.conv[thenN - c.f.first] = ctx;
    if (et !== ctx) c.f.conv[elseN - c.f.first] = ctx;
    common = ctx;
  }
  return finishConditional(c, n, cond, thenN, elseN, common ?? commonType(c, n, Tok.Question, thenN, elseN, tt, et));
}

/** Sets conditional `n`'s type, `common`, and its value where its condition is a constant. */
function finishConditional(c: FnChecker, n: number, cond: number, thenN: number, elseN: number, common: TypeId): TypeId {
  const cv = c.f.constOf(cond as NodeId);
  if (cv !== undefined) {
    const pick = Number(cv) !== 0 ? thenN : elseN;
    const v = c.f.constOf(pick as NodeId);
    if (v !== undefined && common !== ERROR_TYPE) c.f.setConst(n as NodeId, convert(v, c.f.typeOf(pick as NodeId), common));
  }
  return c.setType(n, common);
}

/** Whether node `n` is, inside parentheses or not, the binary operand being checked (FnChecker.operand). */
function isOperand(c: FnChecker, n: number): boolean {
  let x = c.operand;
  if (x < 0) return false;
  while (c.t.kind[x] === N.Paren) x--;
  return x === n;
}

/**
 * `<T>x`, `x as T`, `T(x)`: any numeric or bool type to any other. As in
 * AssemblyScript, an operand of literals and arithmetic is checked with T as
 * its context, so its literals take T where they fit: `<f64>(7 / 2)`
 * divides in f64 and `<i64>(0x7fffffff + 1)` adds in i64. The context is
 * soft: a literal that does not fit keeps its own type, and the cast
 * converts the result (`<u8>300` is 44, `<i32>1.5` is 1). So does a
 * literal beside a variable or another operand whose type is its own,
 * `<i64>(1 + x)`, `<i64>(255 << k++)`, and a literal branch of a
 * conditional beside one, `<i64>((c ? 255 : x) << 32)`. Any other operand
 * gets no context (takesCastContext): literals typed by it could meet
 * values of other types, which kiln's operators do not mix (AssemblyScript
 * converts them).
 */
function cast(c: FnChecker, n: number, operand: number, to: TypeId): TypeId {
  const context = isNumeric(to) && takesCastContext(c, operand) ? to : undefined;
  const outer = c.softContext;
  c.softContext = context !== undefined;
  const from = checkExpr(c, operand, context);
  c.softContext = outer;
  if (from === ERROR_TYPE || to === ERROR_TYPE) return c.setType(n, to);
  if (!(isNumeric(from) || from === T.bool) || !(isNumeric(to) || to === T.bool)) {
    c.error(TypeCode.BadConversion, n, `cannot convert ${c.db.name(from)} to ${c.db.name(to)}`);
    return c.setType(n, ERROR_TYPE);
  }
  const v = c.f.constOf(operand as NodeId);
  if (v !== undefined) c.f.setConst(n as NodeId, convert(v, from, to));
  return c.setType(n, to);
}

/** An arithmetic, bitwise or shift operator: a number from numbers, not a comparison or a logical operator. */
function isArithmetic(op: Tok): boolean {
  const cls = opClass(op);
  return cls === OpClass.Arith || cls === OpClass.Bitwise || cls === OpClass.Shift;
}

/** Whether subtree `n` holds only literals, parentheses and arithmetic, bitwise and shift operators. */
function isLiteralArithmetic(c: FnChecker, n: number): boolean {
  const t = c.t;
  for (let x = n - t.size[n]! + 1; x <= n; x++) {
    switch (t.kind[x]! as N) {
      case N.NumberLit: case N.Paren: break;
      case N.Prefix: { const op = t.flags[x]! as Tok; if (op !== Tok.Minus && op !== Tok.Plus && op !== Tok.Tilde) return false; break; }
      case N.Binary: if (!isArithmetic(t.flags[x]! as Tok)) return false; break;
      default: return false;
    }
  }
  return true;
}

/**
 * Whether a cast may give its context to operand `n` without typing a
 * literal that then meets an operand of another type: `n` is literal
 * arithmetic; or an arithmetic, bitwise or shift operator between a bare
 * literal (which binaryOperator() types against the other operand) and an
 * operand whose type is its own (ignoresContext) or another such operand:
 * `1 + x`, `(200 + x) / 2`, `255 << k++`; or a shift whose left operand is
 * such an operand (a shift's type is its left operand's); or a conditional
 * between a literal and an operand whose type is its own, or between two
 * such operands (conditional() types the literal against the other branch):
 * `(k ? 255 : x) << 32`; or `-`, `+`, `~` or a comma whose last operand is
 * one of these. So a conditional reached here meets only literals, which
 * take its type. Not through an operator with no bare literal beside it,
 * `(-2147483648 / (x | 1)) | f()`, though asc gives the context to both
 * operands there: whether the operand that takes it then meets the other
 * one's type (`<u32>((7 + b) % i)`, b: u8, would mix u32 with i32) depends
 * on types not yet checked.
 */
function takesCastContext(c: FnChecker, n: number): boolean {
  const t = c.t;
  let x = n;
  for (;;) {
    x = contextReach(c, x);
    if (x === -1) return false;
    const k = t.kind[x]! as N;
    if (isLiteralArithmetic(c, x)) return true;
    if (k === N.Conditional) {
      const elseN = x - 1, thenN = elseN - t.size[elseN]!;
      const thenLiteral = isLiteral(c, thenN), elseLiteral = isLiteral(c, elseN);
      return !(thenLiteral && elseLiteral) && (thenLiteral || ignoresContext(c, thenN)) && (elseLiteral || ignoresContext(c, elseN));
    }
    if (k !== N.Binary || !isArithmetic(t.flags[x]! as Tok)) return false;
    const right = x - 1, left = right - t.size[right]!;
    const other = isLiteral(c, left) ? right : isLiteral(c, right) ? left : opClass(t.flags[x]! as Tok) === OpClass.Shift ? left : -1;
    if (other === -1) return false;
    x = other;
    if (ignoresContext(c, x)) return true;
  }
}

/**
 * Where a context given to operand `n` goes: through parentheses, to a
 * comma's last operand, and through `-`, `+` and `~` to their operand, but
 * not into a literal's own minus (`-5` is the literal); -1 at another
 * prefix (`!`, `++`, `--`), which gives its operand no context.
 */
function contextReach(c: FnChecker, n: number): number {
  const t = c.t;
  let x = n;
  for (;;) {
    const k = t.kind[x]! as N;
    if (k === N.Paren || k === N.Comma) { x--; continue; }
    if (k !== N.Prefix) return x;
    const op = t.flags[x]! as Tok;
    if (op !== Tok.Minus && op !== Tok.Plus && op !== Tok.Tilde) return -1;
    if (t.kind[x - 1] === N.NumberLit) return x;
    x--;
  }
}

/**
 * Whether operand `n` has the same type in any context: a variable, `++` or
 * `--` on one, an assignment, a cast, a call of a function that is no
 * built-in, and `-`, `~`, `!`, binary operators and commas over such
 * operands (no literal, no conditional, whose branches take the context).
 * Beside one, a literal may take a cast's type, which the operand then
 * converts to: asc gives the context to all of a cast's operand, and typed
 * as the operand instead, `<i64>((255 << k++) & 7)` shifted in i32.
 */
function ignoresContext(c: FnChecker, n: number): boolean {
  const t = c.t;
  let x = n;
  for (;;) {
    switch (t.kind[x]! as N) {
      case N.Paren: case N.Comma: x--; continue; // a comma's type is its last operand's
      case N.Ident: case N.Postfix: case N.Assign: case N.TypeAssertion: case N.As: return true;
      case N.Prefix: if (t.kind[x - 1] === N.NumberLit) return false; x--; continue; // ++ -- - + ~ !
      case N.Call: {
        // A call's type is its callee's result, unless the callee is a built-in (call()).
        const callee = x - t.size[x]! + 1;
        if (t.kind[callee] !== N.Ident) return false;
        const name = c.nameOf(callee);
        return c.findLocal(name) < 0 && lookupTopLevel(c.db.p, c.m, name) !== NO_SYMBOL;
      }
      case N.Binary: {
        const right = x - 1, left = right - t.size[right]!;
        const cls = opClass(t.flags[x]! as Tok);
        if (cls === OpClass.Compare) return true; // bool, its operands typed without the context
        if (cls !== OpClass.Shift && !ignoresContext(c, right)) return false; // a shift's type is its left operand's
        x = left;
        continue;
      }
      default: return false;
    }
  }
}

/** `Math.PI`, `i32.MAX_VALUE`: a built-in constant. */
function member(c: FnChecker, n: number): TypeId {
  const obj = n - 1;
  if (c.t.kind[obj] === N.Ident && c.findLocal(c.nameOf(obj)) < 0 && !c.m.byName.has(c.nameOf(obj))) {
    const ns = c.db.builtins.namespaces.get(c.nameOf(obj));
    if (ns !== undefined) {
      const k = builtinConstant(ns, c.text(c.nameOf(n)));
      if (k !== undefined) { c.f.setConst(n as NodeId, k.value); return c.setType(n, k.type); }
      c.error(NameCode.UnknownName, n, `'${ns}' has no constant named '${c.text(c.nameOf(n))}'`);
      return c.setType(n, ERROR_TYPE);
    }
  }
  c.error(NameCode.Unsupported, n, "property access comes with level 1 of the language (here only built-ins such as Math.PI or i32.MAX_VALUE)");
  return c.setType(n, ERROR_TYPE);
}

// ----- calls

function call(c: FnChecker, n: number, expected: TypeId | undefined): TypeId {
  const t = c.t;
  const sub = c.sub, mark = sub.pushChildren(t, n), end = sub.top;
  const callee = sub.at(mark);
  let argStart = mark + 1;
  let typeArg: TypeId | undefined;
  const typeArgs = end > mark + 1 && t.kind[sub.at(mark + 1)] === N.TypeArgs ? sub.at(mark + 1) : -1;
  if (typeArgs !== -1) {
    argStart++;
    // One type argument: a single subtree filling the TypeArgs node.
    const only = typeArgs - 1, start = typeArgs - t.size[typeArgs]! + 1;
    if (t.size[typeArgs]! > 1 && only - t.size[only]! + 1 === start) typeArg = c.db.typeOfNode(c.m, only as NodeId);
    else { c.error(NameCode.Unsupported, typeArgs, "expected one type argument"); typeArg = ERROR_TYPE; }
  }
  // The one array a call needs: its arguments, which the checks below index.
  const args = new Array<number>(end - argStart);
  for (let k = argStart; k < end; k++) args[k - argStart] = sub.at(k);
  sub.pop(mark);
  const i = n - c.f.first;
  const ck = t.kind[callee]! as N;
  if (ck === N.Ident) {
    const name = c.nameOf(callee);
    if (c.findLocal(name) >= 0) { c.error(NameCode.NotAFunction, callee, `'${c.text(name)}' is a variable, not a function`); return checkArgsLoose(c, n, args); }
    const sym = lookupTopLevel(c.db.p, c.m, name);
    if (sym !== NO_SYMBOL) {
      const d = declOf(c.db.p, sym);
      if (d.kind !== DeclKind.Function && d.kind !== DeclKind.HostFunction) {
        c.error(NameCode.NotAFunction, callee, `'${c.text(name)}' is not a function`);
        return checkArgsLoose(c, n, args);
      }
      if (typeArg !== undefined) c.error(NameCode.Unsupported, typeArgs, "generic functions come with level 2 of the language");
      c.f.refKind[i] = Ref.Function;
      c.f.ref[i] = sym;
      return userCall(c, n, sym, name, args);
    }
    if (c.m.byName.has(name)) return checkArgsLoose(c, n, args); // a broken import, reported
    const b = c.db.builtins.functions.get(name);
    if (b !== undefined) return builtinCall(c, n, b, args, typeArg, expected);
    c.error(NameCode.UnknownName, callee, `cannot find function '${c.text(name)}'`);
    return checkArgsLoose(c, n, args);
  }
  if (ck === N.Member && t.kind[callee - 1] === N.Ident && c.findLocal(c.nameOf(callee - 1)) < 0 && !c.m.byName.has(c.nameOf(callee - 1))) {
    const ns = c.db.builtins.namespaces.get(c.nameOf(callee - 1));
    const b = ns === undefined ? -1 : mathFunction(ns, c.text(c.nameOf(callee)));
    if (b !== -1) return builtinCall(c, n, b, args, typeArg, expected);
  }
  c.error(NameCode.NotAFunction, callee, "level 0 calls functions by name only");
  return checkArgsLoose(c, n, args);
}

/** Checks arguments of a call that failed, so their own errors still show; the call is an error. */
function checkArgsLoose(c: FnChecker, n: number, args: number[]): TypeId {
  for (const a of args) if (c.t.kind[a] !== N.StringLit) checkExpr(c, a, undefined);
  return c.setType(n, ERROR_TYPE);
}

function userCall(c: FnChecker, n: number, sym: SymbolId, name: StringId, args: number[]): TypeId {
  const sig = c.db.sig(sym);
  if (args.length < sig.required || args.length > sig.params.length) {
    const fname = c.text(name);
    const want = sig.required === sig.params.length ? `${sig.params.length}` : `${sig.required} to ${sig.params.length}`;
    c.error(TypeCode.ArgumentCount, n, `'${fname}' takes ${want} argument${sig.params.length === 1 ? "" : "s"}, got ${args.length}`);
  }
  for (let k = 0; k < args.length; k++) {
    const pt = sig.params[k];
    checkExpr(c, args[k]!, pt);
    if (pt !== undefined && !c.converts(args[k]!, pt)) c.mismatch(args[k]!, pt, `in argument ${k + 1} of '${c.text(name)}'`);
  }
  return c.setType(n, c.db.result(sym, c.span(n)));
}

function arity(c: FnChecker, n: number, args: number[], min: number, max: number, what: string): boolean {
  if (args.length >= min && args.length <= max) return true;
  const want = min === max ? `${min}` : `${min} to ${max}`;
  c.error(TypeCode.ArgumentCount, n, `'${what}' takes ${want} argument${max === 1 ? "" : "s"}, got ${args.length}`);
  checkArgsLoose(c, n, args);
  return false;
}

function builtinCall(c: FnChecker, n: number, b: Builtin, args: number[], typeArg: TypeId | undefined, expected: TypeId | undefined): TypeId {
  const i = n - c.f.first;
  c.f.refKind[i] = Ref.Builtin;
  c.f.ref[i] = b;
  // The callee as written, for messages only (most calls have none).
  const first = n - c.t.size[n]! + 1;
  const calleeText = c.t.kind[first] === N.Ident ? c.text(c.nameOf(first)) : "this built-in";
  if (b < Builtin.Assert) {
    const to = (b - Builtin.Convert) as Prim;
    if (!arity(c, n, args, 1, 1, calleeText)) return c.setType(n, ERROR_TYPE);
    return cast(c, n, args[0]!, primType(to));
  }
  if (b >= Builtin.GenericMath) {
    // The float type from the type argument, else from the first argument.
    const fn = (b - Builtin.GenericMath) as MathFn;
    if (args.length === 0) { arity(c, n, args, MATH_ARITY[fn]!, MATH_ARITY[fn]!, calleeText); return c.setType(n, ERROR_TYPE); }
    let ft = typeArg;
    if (ft === undefined) {
      const first = checkExpr(c, args[0]!, expected !== undefined && isFloat(expected) ? expected : undefined);
      ft = isFloat(first) ? first : T.f64;
    }
    if (ft !== ERROR_TYPE && !isFloat(ft)) { c.error(TypeCode.BadOperands, n, `'${calleeText}' needs f32 or f64, found ${c.db.name(ft)}`); return c.setType(n, ERROR_TYPE); }
    b = (Builtin.Math + fn + (ft === T.f32 ? MATH_F32 : 0)) as Builtin;
    c.f.ref[i] = b;
    const ar = MATH_ARITY[fn]!;
    if (!arity(c, n, args, ar, ar, calleeText)) return c.setType(n, ERROR_TYPE);
    for (let k = 0; k < args.length; k++) {
      if (k > 0 || typeArg !== undefined) checkExpr(c, args[k]!, ft);
      c.coerce(args[k]!, ft, "in this argument");
    }
    return c.setType(n, ft);
  }
  if (b >= Builtin.Math) {
    const f32 = (b - Builtin.Math) >= MATH_F32;
    const fn = ((b - Builtin.Math) % MATH_F32) as MathFn;
    const ft = f32 ? T.f32 : T.f64;
    const ar = MATH_ARITY[fn]!;
    if (!arity(c, n, args, ar, ar, f32 ? "Mathf" : "Math")) return c.setType(n, ERROR_TYPE);
    for (const a of args) { checkExpr(c, a, ft); c.coerce(a, ft, "in this argument"); }
    return c.setType(n, ft);
  }
  switch (b) {
    case Builtin.Assert: {
      if (!arity(c, n, args, 1, 2, "assert")) return c.setType(n, ERROR_TYPE);
      c.condition(args[0]!);
      if (args.length === 2) message(c, args[1]!);
      return c.setType(n, c.f.typeOf(args[0]! as NodeId));
    }
    case Builtin.Unreachable:
      arity(c, n, args, 0, 0, "unreachable");
      return c.setType(n, T.void);
    case Builtin.Abort:
      if (arity(c, n, args, 0, 1, "abort") && args.length === 1) message(c, args[0]!);
      return c.setType(n, T.void);
    case Builtin.IsNaN: case Builtin.IsFinite: {
      if (!arity(c, n, args, 1, 1, calleeText)) return c.setType(n, ERROR_TYPE);
      const ty = checkExpr(c, args[0]!, typeArg ?? (expected !== undefined && isFloat(expected) ? expected : undefined));
      if (ty !== ERROR_TYPE && !isNumeric(ty)) c.error(TypeCode.BadOperands, args[0]!, `'${calleeText}' needs a number, found ${c.db.name(ty)}`);
      if (typeArg !== undefined && ty !== ERROR_TYPE) c.coerce(args[0]!, typeArg, "in this argument");
      return c.setType(n, T.bool);
    }
    case Builtin.Clz: case Builtin.Ctz: case Builtin.Popcnt: case Builtin.Bswap: case Builtin.Rotl: case Builtin.Rotr: {
      const two = b === Builtin.Rotl || b === Builtin.Rotr;
      if (!arity(c, n, args, two ? 2 : 1, two ? 2 : 1, calleeText)) return c.setType(n, ERROR_TYPE);
      const ctx = typeArg ?? (expected !== undefined && isIntegral(expected) && expected !== T.bool ? expected : undefined);
      const ty = checkExpr(c, args[0]!, ctx);
      const vt = typeArg ?? ty;
      if (typeArg !== undefined) c.coerce(args[0]!, typeArg, "in this argument");
      if (vt !== ERROR_TYPE && (!isIntegral(vt) || vt === T.bool)) { c.error(TypeCode.BadOperands, args[0]!, `'${calleeText}' needs an integer, found ${c.db.name(vt)}`); return c.setType(n, ERROR_TYPE); }
      if (two) {
        const st = checkExpr(c, args[1]!, vt === ERROR_TYPE ? undefined : vt);
        if (st !== ERROR_TYPE && vt !== ERROR_TYPE) {
          if (!isIntegral(st)) c.error(TypeCode.BadOperands, args[1]!, `the rotation count must be an integer, found ${c.db.name(st)}`);
          else if (st !== vt) c.f.conv[args[1]! - c.f.first] = vt;
        }
      }
      return c.setType(n, vt);
    }
    case Builtin.Reinterpret: {
      if (!arity(c, n, args, 1, 1, "reinterpret")) return c.setType(n, ERROR_TYPE);
      if (typeArg === undefined) { c.error(TypeCode.UnknownType, n, "reinterpret needs its target type: reinterpret<f64>(x)"); checkArgsLoose(c, n, args); return c.setType(n, ERROR_TYPE); }
      const ty = checkExpr(c, args[0]!, undefined);
      if (ty === ERROR_TYPE || typeArg === ERROR_TYPE) return c.setType(n, ERROR_TYPE);
      const ok = isNumeric(ty) && isNumeric(typeArg) && bitsOf(ty) === bitsOf(typeArg) && bitsOf(ty) >= 32 && isFloat(ty) !== isFloat(typeArg);
      if (!ok) { c.error(TypeCode.BadConversion, n, `cannot reinterpret ${c.db.name(ty)} as ${c.db.name(typeArg)}: it converts between an integer and a float of the same width`); return c.setType(n, ERROR_TYPE); }
      return c.setType(n, typeArg);
    }
    default:
      c.error(NameCode.Unsupported, n, "this built-in is not supported");
      return c.setType(n, ERROR_TYPE);
  }
}

/** assert()'s and abort()'s message: a string literal. */
function message(c: FnChecker, n: number): void {
  if (c.t.kind[n] !== N.StringLit) { c.error(TypeCode.Mismatch, n, "the message must be a string literal"); checkExpr(c, n, undefined); }
}

/** A call that never returns: `unreachable()`, `abort(...)`. */
export function isNonCompletingCall(c: FnChecker, n: number): boolean {
  if (c.t.kind[n] !== N.Call) return false;
  const i = n - c.f.first;
  return c.f.refKind[i] === Ref.Builtin && (c.f.ref[i] === Builtin.Unreachable || c.f.ref[i] === Builtin.Abort);
}
