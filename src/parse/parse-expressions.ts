// Expressions: precedence climbing over binary operators, unary and postfix
// operators, calls and member chains (with `f<T>(x)` told apart from
// comparisons by a speculative parse), literals, templates, arrow functions
// and function and class expressions. Every function appends its node(s) in
// postorder and returns nothing; the caller knows where they start.
import { ParseCode } from "../diagnostics/codes.js";
import { parseClassRest, parseFunctionRest, parseParams, parseTypeParams } from "./parse-declarations.js";
import { parseBlock } from "./parse-statements.js";
import { parseReturnType, parseType, parseTypeArgs } from "./parse-types.js";
import { firstChildOf, N, NF } from "./nodes.js";
import type { Parser } from "./parser.js";
import { FIRST_ASSIGN, isAssignmentOp, isIdentifierName, LAST_ASSIGN, Tok, tokText } from "./tokens.js";

/** Binding power of binary operators (0: not one). `as`/`satisfies` are handled beside them. */
const PREC = new Uint8Array(256);
PREC[Tok.BarBar] = 1; PREC[Tok.QuestionQuestion] = 1;
PREC[Tok.AmpAmp] = 2;
PREC[Tok.Bar] = 3;
PREC[Tok.Caret] = 4;
PREC[Tok.Amp] = 5;
PREC[Tok.EqEq] = 6; PREC[Tok.BangEq] = 6; PREC[Tok.EqEqEq] = 6; PREC[Tok.BangEqEq] = 6;
PREC[Tok.Lt] = 7; PREC[Tok.Gt] = 7; PREC[Tok.LtEq] = 7; PREC[Tok.GtEq] = 7; PREC[Tok.Instanceof] = 7; PREC[Tok.In] = 7;
PREC[Tok.LtLt] = 8; PREC[Tok.GtGt] = 8; PREC[Tok.GtGtGt] = 8;
PREC[Tok.Plus] = 9; PREC[Tok.Minus] = 9;
PREC[Tok.Star] = 10; PREC[Tok.Slash] = 10; PREC[Tok.Percent] = 10;
PREC[Tok.StarStar] = 11;
const PREC_RELATIONAL = 7;

/**
 * Tokens after which a lone identifier or number is a whole operand: 1 where
 * nothing of a call chain, postfix operator or arrow can follow (binary and
 * assignment operators other than '<', '?', and closers). 2 where it is even
 * a whole assignment expression (closers, ',', ':' and ';'). The fast paths
 * below skip the descent through every precedence level for the most common
 * operands.
 */
const LONE_OPERAND = new Uint8Array(256);
for (let k = 0; k < 256; k++) if (PREC[k]! > 0 || (k >= FIRST_ASSIGN && k <= LAST_ASSIGN)) LONE_OPERAND[k] = 1;
LONE_OPERAND[Tok.Lt] = 0; // type arguments
LONE_OPERAND[Tok.Question] = 1;
for (const k of [Tok.Semi, Tok.Comma, Tok.RParen, Tok.RBracket, Tok.RBrace, Tok.Colon, Tok.EOF]) LONE_OPERAND[k] = 2;

/** At an identifier or number that LONE_OPERAND says is whole at `level` (or more): appends its leaf. */
function loneOperand(p: Parser, level: number): boolean {
  const k = p.tok();
  if ((k !== Tok.Ident && k !== Tok.Number) || LONE_OPERAND[p.tk[p.pos + 1]!]! < level) return false;
  if (k === Tok.Ident) p.leaf(N.Ident); else p.numberLit();
  return true;
}

/**
 * The operator at a '>' token: '>' tokens are never joined by the lexer, so
 * `>>`, `>>>`, `>=`, `>>=` and `>>>=` are adjacent tokens here. Sets p's
 * opTokens to how many tokens the operator spans.
 */
function gtOperator(p: Parser): Tok {
  const i = p.pos, tk = p.tk, ts = p.ts, te = p.te;
  let op = Tok.Gt, n = 1;
  if (tk[i + 1] === Tok.Gt && te[i] === ts[i + 1]) {
    if (tk[i + 2] === Tok.Gt && te[i + 1] === ts[i + 2]) {
      if (tk[i + 3] === Tok.Eq && te[i + 2] === ts[i + 3]) { op = Tok.GtGtGtEq; n = 4; } else { op = Tok.GtGtGt; n = 3; }
    } else if (tk[i + 2] === Tok.Eq && te[i + 1] === ts[i + 2]) { op = Tok.GtGtEq; n = 3; } else { op = Tok.GtGt; n = 2; }
  } else if (tk[i + 1] === Tok.Eq && te[i] === ts[i + 1]) { op = Tok.GtEq; n = 2; }
  opTokens = n;
  return op;
}
let opTokens = 1;

/** After an identifier, the tokens with which it may begin an arrow function (`x =>`, `async x =>`, `async (`, `async <`). */
const MAY_FOLLOW_ARROW_START = new Uint8Array(256);
for (const k of [Tok.Arrow, Tok.Ident, Tok.LParen, Tok.Lt]) MAY_FOLLOW_ARROW_START[k] = 1;

/** Expression, including the comma operator. */
export function parseExpression(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  parseAssignment(p);
  while (p.tok() === Tok.Comma) {
    const op = p.pos;
    p.next();
    parseAssignment(p);
    p.finish(N.Comma, op, firstNode, firstTok);
  }
}

/** AssignmentExpression: arrows, yield, conditional, and assignment (right-associative). */
export function parseAssignment(p: Parser): void {
  if (loneOperand(p, 2)) return;
  const firstNode = p.count, firstTok = p.pos;
  if (!p.nest(firstNode, firstTok)) return;
  const k = p.tok();
  if (k === Tok.Ident && isAssignmentOp(p.tk[p.pos + 1]!)) {
    // `name = ...`, `name += ...`, a third of all statements: the same tree
    // as below, without the descent through every precedence level to find
    // a lone name on the left, which needs no target check either. Its own
    // return, not a branch into the shared tail below: joined, parse alone
    // was 2-3% slower (12 alternating processes, twice).
    p.leaf(N.Ident);
    const opTok = p.pos, op = p.tok();
    p.next();
    parseAssignment(p);
    p.finish(N.Assign, opTok, firstNode, firstTok, op);
    p.leave();
    return;
  }
  if ((k === Tok.Ident ? MAY_FOLLOW_ARROW_START[p.tk[p.pos + 1]!] === 1 : k === Tok.LParen || k === Tok.Lt) && tryArrow(p)) { p.leave(); return; }
  if (k === Tok.Yield) { parseYield(p); p.leave(); return; }
  parseConditional(p);
  let op: Tok = p.tok(), n = 1;
  if (op === Tok.Gt) { op = gtOperator(p); n = opTokens; }
  if (isAssignmentOp(op)) {
    const opTok = p.pos;
    checkAssignmentTarget(p, p.count - 1, op === Tok.Eq, TargetOf.Assignment);
    for (let k = 0; k < n; k++) p.next();
    parseAssignment(p);
    p.finish(N.Assign, opTok, firstNode, firstTok, op);
  }
  p.leave();
}

/**
 * Reports node `target` unless it can be assigned to: a name, a member or
 * element (not through `?.`), those in parentheses or under `!`/`as`/`<T>`,
 * or, for a plain '=' (`destructure`), an array or object literal read as a
 * pattern.
 */
export function checkAssignmentTarget(p: Parser, target: number, destructure: boolean, what: TargetOf): void {
  let t = target;
  for (;;) {
    const k = p.kind[t]! as N;
    if (k === N.Paren || k === N.NonNull || k === N.TypeAssertion) { t--; continue; } // the operand is the last child
    if (k === N.As || k === N.Satisfies) { t = firstChildOf(p, t); continue; }
    if (k === N.Ident || k === N.Error) return;
    if (k === N.Member || k === N.Index) { if (!throughOptionalChain(p, t)) return; break; }
    if (destructure && (k === N.ArrayLit || k === N.ObjectLit) && t === target) return;
    break;
  }
  p.grammarErrorOn(target, ParseCode.InvalidAssignmentTarget, `invalid target for ${TARGET_OF[what]}: expected a variable, a property or an element`);
}

/** What needs an assignable target (an enum, so that no message is built unless one is reported). */
export const enum TargetOf { Assignment, ForOf, ForIn, PlusPlus, MinusMinus }
const TARGET_OF = ["the left side of an assignment", "the left side of a 'for...of'", "the left side of a 'for...in'", "'++'", "'--'"];

/** Whether the member access chain ending at node `t` has a `?.` link. */
function throughOptionalChain(p: Parser, t: number): boolean {
  for (;;) {
    const k = p.kind[t]! as N;
    if (k !== N.Member && k !== N.Index && k !== N.Call && k !== N.NonNull) return false;
    if ((p.flags[t]! & NF.OptionalChain) !== 0) return true;
    t = k === N.NonNull ? t - 1 : firstChildOf(p, t);
  }
}

function parseYield(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  p.next();
  let flags = 0;
  if (p.tok() === Tok.Star && !p.newlineBefore()) { p.next(); flags = NF.Generator; parseAssignment(p); }
  else if (!p.newlineBefore() && startsExpression(p.tok())) parseAssignment(p);
  p.finish(N.Yield, firstTok, firstNode, firstTok, flags);
}

function parseConditional(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  parseBinary(p, 0);
  if (p.tok() !== Tok.Question) return;
  const q = p.pos;
  p.next();
  const noIn = p.noIn;
  p.noIn = false;
  parseAssignment(p);
  p.noIn = noIn;
  p.expect(Tok.Colon, "in a conditional expression");
  parseAssignment(p);
  p.finish(N.Conditional, q, firstNode, firstTok);
}

/** Binary operators binding tighter than `minPrec`. */
function parseBinary(p: Parser, minPrec: number): void {
  // PREC as a local, read once: read in the loop, V8 checked the table's
  // map and reloaded its data pointer and length every time (see lex()).
  const precOf = PREC;
  const firstNode = p.count, firstTok = p.pos;
  parseUnary(p);
  for (;;) {
    let op: Tok = p.tok(), n = 1;
    if (op === Tok.Gt) { op = gtOperator(p); n = opTokens; }
    const prec = precOf[op]!;
    if (prec === 0) {
      // `x as T`, `x satisfies T`: relational precedence, on the same line.
      if (op === Tok.Ident && PREC_RELATIONAL > minPrec && !p.newlineBefore()) {
        const v = p.tv[p.pos];
        if (v === p.kw.word.as || v === p.kw.word.satisfies) {
          const at = p.pos;
          p.next();
          if (v === p.kw.word.as && p.tok() === Tok.Const) p.leaf(N.TypeRef);
          else parseType(p);
          p.finish(v === p.kw.word.as ? N.As : N.Satisfies, at, firstNode, firstTok);
          continue;
        }
      }
      return;
    }
    if (prec <= minPrec || (op === Tok.In && p.noIn)) return;
    const opTok = p.pos;
    const left = p.count - 1;
    if (op === Tok.StarStar) checkExponentBase(p, left);
    for (let k = 0; k < n; k++) p.next();
    // `a ** b ** c ...` recurses to the right: count it as nesting.
    if (!p.nest(firstNode, firstTok)) return;
    parseBinary(p, op === Tok.StarStar ? prec - 1 : prec);
    p.leave();
    if (op === Tok.QuestionQuestion || op === Tok.BarBar || op === Tok.AmpAmp) checkCoalesceMix(p, op, left, p.count - 1);
    p.finish(N.Binary, opTok, firstNode, firstTok, op);
  }
}

/** `-a ** b` is ambiguous, so JavaScript rejects a unary operator (other than ++/--) on the base. */
function checkExponentBase(p: Parser, left: number): void {
  const k = p.kind[left]! as N;
  const op = p.flags[left]! as Tok;
  let unary: string;
  if (k === N.Prefix && op !== Tok.PlusPlus && op !== Tok.MinusMinus) unary = op >= Tok.Break ? `${tokText(op)} x` : `${tokText(op)}x`;
  else if (k === N.Await) unary = "await x";
  else if (k === N.TypeAssertion) unary = "<T>x";
  else return;
  p.grammarErrorOn(left, ParseCode.NeedsParentheses, `the base of '**' cannot be a unary expression such as '${unary}': write (${unary}) ** y`);
}

/** `??` does not mix with `||` or `&&` without parentheses (it has no precedence relative to them). */
function checkCoalesceMix(p: Parser, op: Tok, left: number, right: number): void {
  if (!mixesWith(p, op, left)) mixesWith(p, op, right);
}

/** Reports operand `side` of `op` if it is an unparenthesized operator that `op` does not mix with; true if so. */
function mixesWith(p: Parser, op: Tok, side: number): boolean {
  if (p.kind[side] !== N.Binary) return false;
  const inner = p.flags[side]! as Tok;
  if (op === Tok.QuestionQuestion ? inner !== Tok.BarBar && inner !== Tok.AmpAmp : inner !== Tok.QuestionQuestion) return false;
  p.grammarErrorOn(side, ParseCode.NeedsParentheses, `'${tokText(op)}' and '${tokText(inner)}' cannot be mixed without parentheses: group one of them, e.g. (a ${tokText(inner)} b) ${tokText(op)} c`);
  return true;
}

function parseUnary(p: Parser): void {
  if (loneOperand(p, 1)) return;
  const op = p.tok();
  const firstNode = p.count, firstTok = p.pos;
  switch (op) {
    case Tok.Plus: case Tok.Minus: case Tok.Bang: case Tok.Tilde: case Tok.Typeof: case Tok.Void: case Tok.Delete:
    case Tok.PlusPlus: case Tok.MinusMinus:
      if (!p.nest(firstNode, firstTok)) return;
      p.next();
      parseUnary(p);
      if (op === Tok.PlusPlus || op === Tok.MinusMinus) checkAssignmentTarget(p, p.count - 1, false, op === Tok.PlusPlus ? TargetOf.PlusPlus : TargetOf.MinusMinus);
      p.finish(N.Prefix, firstTok, firstNode, firstTok, op);
      p.leave();
      return;
    case Tok.Lt: {
      // `<T>x`, a type assertion (generic arrows were tried before).
      if (!p.nest(firstNode, firstTok)) return;
      p.next();
      parseType(p);
      p.expectCloser(Tok.Gt, firstTok, "type assertion '<...>'");
      parseUnary(p);
      p.finish(N.TypeAssertion, firstTok, firstNode, firstTok);
      p.leave();
      return;
    }
    case Tok.Ident:
      if (p.tv[p.pos] === p.kw.word.await && !p.newlineBefore(1) && startsExpression(p.peek(1)) && p.peek(1) !== Tok.LParen) {
        if (!p.nest(firstNode, firstTok)) return;
        p.next();
        parseUnary(p);
        p.finish(N.Await, firstTok, firstNode, firstTok);
        p.leave();
        return;
      }
      break;
    default:
      break;
  }
  parseCallChain(p, false);
  if ((p.tok() === Tok.PlusPlus || p.tok() === Tok.MinusMinus) && !p.newlineBefore()) {
    const at = p.pos, k = p.tok();
    checkAssignmentTarget(p, p.count - 1, false, k === Tok.PlusPlus ? TargetOf.PlusPlus : TargetOf.MinusMinus);
    p.next();
    p.finish(N.Postfix, at, firstNode, firstTok, k);
  }
}

/**
 * A primary expression followed by member accesses, calls, non-null
 * assertions and tagged templates. In a decorator (`inDecorator`) a '[' or a
 * template on the next line belongs to what is decorated.
 */
export function parseCallChain(p: Parser, inDecorator: boolean): void {
  const firstNode = p.count, firstTok = p.pos;
  if (p.tok() === Tok.New) parseNew(p);
  else parsePrimary(p);
  for (;;) {
    switch (p.tok()) {
      case Tok.Dot:
        if (!parseDotMember(p, firstNode, firstTok)) return;
        break;
      case Tok.QuestionDot: {
        const qd = p.pos;
        p.next();
        if (p.tok() === Tok.LParen) { parseArguments(p); p.finish(N.Call, qd + 1, firstNode, firstTok, NF.OptionalChain); }
        else if (p.tok() === Tok.LBracket) parseIndexTail(p, firstNode, firstTok, NF.OptionalChain);
        else if (p.tok() === Tok.Lt) {
          if (!tryTypeArgsCall(p, firstNode, firstTok, NF.OptionalChain)) {
            p.errorHere(ParseCode.Expected, `expected a property name, '(' or '[' after '?.', found ${p.describeCurrent()}`);
            return;
          }
        } else if (isIdentifierName(p.tok()) || p.tok() === Tok.PrivateName) {
          const at = p.pos;
          p.next();
          p.finish(N.Member, at, firstNode, firstTok, NF.OptionalChain);
        } else {
          p.errorHere(ParseCode.Expected, `expected a property name, '(' or '[' after '?.', found ${p.describeCurrent()}`);
          return;
        }
        break;
      }
      case Tok.LBracket:
        if (inDecorator && p.newlineBefore()) return;
        parseIndexTail(p, firstNode, firstTok, 0);
        break;
      case Tok.Bang:
        if (p.newlineBefore()) return;
        p.next();
        p.finish(N.NonNull, p.pos - 1, firstNode, firstTok);
        break;
      case Tok.LParen: {
        const open = p.pos;
        parseArguments(p);
        p.finish(N.Call, open, firstNode, firstTok);
        break;
      }
      case Tok.Lt:
        if (!tryTypeArgsCall(p, firstNode, firstTok, 0)) return;
        break;
      case Tok.Template: case Tok.TemplateHead:
        if (inDecorator) return;
        parseTemplate(p);
        p.finish(N.TaggedTemplate, firstTok, firstNode, firstTok);
        break;
      default:
        return;
    }
  }
}

/** At '.': `.name` as a Member node of the object that began at (firstNode, firstTok); false after an error. */
function parseDotMember(p: Parser, firstNode: number, firstTok: number): boolean {
  p.next();
  if (isIdentifierName(p.tok()) || p.tok() === Tok.PrivateName) {
    const at = p.pos;
    p.next();
    p.finish(N.Member, at, firstNode, firstTok);
    return true;
  }
  p.errorHere(ParseCode.Expected, `expected a property name after '.', found ${p.describeCurrent()}`);
  p.finish(N.Member, p.pos, firstNode, firstTok);
  return false;
}

/** At '[': `[index]` as an Index node of the object that began at (firstNode, firstTok). */
function parseIndexTail(p: Parser, firstNode: number, firstTok: number, flags: number): void {
  const open = p.pos;
  p.next();
  parseExpressionAllowIn(p);
  p.expectCloser(Tok.RBracket, open, "index '[...]'");
  p.finish(N.Index, open, firstNode, firstTok, flags);
}

/**
 * Tokens that never appear in type arguments outside parentheses and an
 * object type's braces: operators of expressions only, and ';'. (Inside
 * those, a parameter's initializer may hold any expression: kiln's type
 * parser reads `(a = 1 + 2) => void`, and `{ a: T; b: U }` separates with ';'.)
 */
const NEVER_IN_TYPE_ARGS = new Uint8Array(256);
for (let k = FIRST_ASSIGN; k <= LAST_ASSIGN; k++) NEVER_IN_TYPE_ARGS[k] = 1;
for (const k of [Tok.Semi, Tok.LtEq, Tok.EqEq, Tok.BangEq, Tok.EqEqEq, Tok.BangEqEq, Tok.Plus, Tok.Star, Tok.Slash, Tok.Percent,
  Tok.StarStar, Tok.PlusPlus, Tok.MinusMinus, Tok.LtLt, Tok.Caret, Tok.Bang, Tok.Tilde, Tok.AmpAmp, Tok.BarBar, Tok.QuestionQuestion, Tok.EOF]) {
  NEVER_IN_TYPE_ARGS[k] = 1;
}
/** How far the scan below looks before leaving the question to the speculative parse. */
const TYPE_ARGS_SCAN_LIMIT = 256;

/**
 * At '<': false when the tokens after it cannot be type arguments (they hit
 * an expression-only operator outside brackets, the end of the file, or a
 * closer of a bracket opened before the '<', before a matching '>'), true
 * when they may be. A scan of tokens, much cheaper than the speculative
 * parse it spares in comparisons such as `i < n;` and `a < (b & 3) + 1`; it
 * never rejects what that parse would accept, so the tree is the same.
 */
function mayBeTypeArgs(p: Parser): boolean {
  const tk = p.tk, end = Math.min(p.tokens.count, p.pos + TYPE_ARGS_SCAN_LIMIT);
  let angles = 1, parens = 0, brackets = 0, braces = 0;
  for (let i = p.pos + 1; i < end; i++) {
    const k = tk[i]! as Tok;
    switch (k) {
      case Tok.Lt: if (parens === 0 && brackets === 0 && braces === 0) angles++; break;
      case Tok.Gt: if (parens === 0 && brackets === 0 && braces === 0 && --angles === 0) return true; break;
      case Tok.LParen: parens++; break;
      case Tok.RParen: if (parens-- === 0) return false; break;
      case Tok.LBracket: brackets++; break;
      case Tok.RBracket: if (brackets-- === 0) return false; break;
      case Tok.LBrace: braces++; break;
      case Tok.RBrace: if (braces-- === 0) return false; break;
      default: if (parens === 0 && braces === 0 && NEVER_IN_TYPE_ARGS[k] === 1) return false;
    }
  }
  return true;
}

/** `callee<T, U>(args)` or a tagged template with type arguments; rewinds and returns false when '<' is a comparison. */
function tryTypeArgsCall(p: Parser, firstNode: number, firstTok: number, flags: number): boolean {
  if (!startsType(p.peek(1)) || !mayBeTypeArgs(p)) return false;
  const pos = p.mark(), count = p.count;
  const open = p.pos;
  parseTypeArgs(p);
  const ok = closedByPlainGt(p) && (p.tok() === Tok.LParen || p.tok() === Tok.Template || p.tok() === Tok.TemplateHead || canFollowTypeArgs(p));
  if (!p.settle(pos, count, ok)) return false;
  if (p.tok() !== Tok.LParen && p.tok() !== Tok.Template && p.tok() !== Tok.TemplateHead) {
    p.finish(N.Instantiation, open, firstNode, firstTok, flags);
    return true;
  }
  if (p.tok() === Tok.LParen) {
    const open = p.pos;
    parseArguments(p);
    p.finish(N.Call, open, firstNode, firstTok, flags);
  } else {
    parseTemplate(p);
    p.finish(N.TaggedTemplate, firstTok, firstNode, firstTok);
  }
  return true;
}

/**
 * Whether the type arguments just parsed in an expression end with a '>' of
 * its own: one glued to a following '>' or '=' is part of an operator
 * (`a < b >= c`, `a < b >> c`), so they were not type arguments.
 */
function closedByPlainGt(p: Parser): boolean {
  const closer = p.pos - 1;
  if (p.tk[closer] !== Tok.Gt) return false;
  if (p.te[closer] !== p.ts[p.pos]) return true;
  const k = p.tok();
  return k !== Tok.Gt && k !== Tok.Eq && k !== Tok.EqEq && k !== Tok.EqEqEq;
}

/**
 * After `expr<T>` that no '(' follows: an instantiation expression when what
 * follows cannot continue an expression (a line break, a binary operator, or
 * a token that cannot start one), as TypeScript decides it.
 */
function canFollowTypeArgs(p: Parser): boolean {
  const k = p.tok();
  if (k === Tok.Lt || k === Tok.Gt || k === Tok.Plus || k === Tok.Minus) return false;
  return p.newlineBefore() || PREC[k]! > 0 || !startsExpression(k);
}

function parseNew(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  p.next();
  if (p.tok() === Tok.Dot) { // new.target
    p.next();
    if (isIdentifierName(p.tok())) p.next(); else p.errorHere(ParseCode.Expected, `expected 'target' after 'new.', found ${p.describeCurrent()}`);
    p.finish(N.MetaProperty, firstTok, firstNode, firstTok);
    return;
  }
  if (!p.nest(firstNode, firstTok)) return;
  // The callee: a primary with member accesses, no calls.
  const calleeNode = p.count, calleeTok = p.pos;
  if (p.tok() === Tok.New) parseNew(p); else parsePrimary(p);
  for (;;) {
    if (p.tok() === Tok.Dot) { if (!parseDotMember(p, calleeNode, calleeTok)) break; }
    else if (p.tok() === Tok.LBracket) parseIndexTail(p, calleeNode, calleeTok, 0);
    else break;
  }
  if (p.tok() === Tok.Lt && startsType(p.peek(1))) {
    const pos = p.mark(), count = p.count;
    parseTypeArgs(p);
    p.settle(pos, count, closedByPlainGt(p));
  }
  let flags = 0;
  if (p.tok() === Tok.LParen) { parseArguments(p); flags = NF.HasArgs; }
  p.finish(N.New, firstTok, firstNode, firstTok, flags);
  p.leave();
}

/** `( args )`: each an expression or a spread. */
export function parseArguments(p: Parser): void {
  const open = p.pos;
  p.next();
  const noIn = p.noIn;
  p.noIn = false;
  while (p.tok() !== Tok.RParen && p.tok() !== Tok.EOF) {
    const before = p.pos;
    parseSpreadOrAssignment(p);
    if (p.tok() === Tok.Comma) { p.next(); continue; }
    if (p.tok() !== Tok.RParen || p.pos === before) break;
  }
  p.noIn = noIn;
  p.expectCloser(Tok.RParen, open, "argument list '(...)'");
}

/** An element of an argument list, array literal or object literal: `...expr` as a Spread node, or an expression. */
function parseSpreadOrAssignment(p: Parser): void {
  if (p.tok() !== Tok.DotDotDot) { parseAssignment(p); return; }
  const firstNode = p.count, at = p.pos;
  p.next();
  parseAssignment(p);
  p.finish(N.Spread, at, firstNode, at);
}

/** At 'function' (after `async`, if any, from firstNode): a function expression. */
function parseFunctionExpr(p: Parser, firstNode: number, firstTok: number): void {
  const at = p.pos;
  p.next();
  let flags = 0;
  if (p.eat(Tok.Star)) flags = NF.Generator;
  if (p.tok() === Tok.Ident) p.leaf(N.Name);
  parseFunctionRest(p, true);
  p.finish(N.FunctionExpr, at, firstNode, firstTok, flags);
}

/** An expression in brackets, where `in` is allowed again. */
function parseExpressionAllowIn(p: Parser): void {
  const noIn = p.noIn;
  p.noIn = false;
  parseExpression(p);
  p.noIn = noIn;
}

function parsePrimary(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  switch (p.tok()) {
    case Tok.Ident:
      if (p.tv[p.pos] === p.kw.word.async && p.peek(1) === Tok.Function && !p.newlineBefore(1)) {
        p.modifier();
        parseFunctionExpr(p, firstNode, firstTok);
      } else {
        p.leaf(N.Ident);
      }
      return;
    case Tok.Number: p.numberLit(); return;
    case Tok.String: p.leaf(N.StringLit); return;
    case Tok.Regex: p.leaf(N.RegexLit); return;
    case Tok.True: p.leaf(N.True); return;
    case Tok.False: p.leaf(N.False); return;
    case Tok.Null: p.leaf(N.Null); return;
    case Tok.This: p.leaf(N.This); return;
    case Tok.Super: p.leaf(N.Super); return;
    case Tok.PrivateName: p.leaf(N.PrivateName); return;
    case Tok.Template: p.leaf(N.NoSubstTemplate); return;
    case Tok.TemplateHead: parseTemplate(p); return;
    case Tok.LParen: {
      if (!p.nest(firstNode, firstTok)) return;
      p.next();
      parseExpressionAllowIn(p);
      p.expectCloser(Tok.RParen, firstTok, "parenthesized expression '(...)'");
      p.finish(N.Paren, firstTok, firstNode, firstTok);
      p.leave();
      return;
    }
    case Tok.LBracket: parseArrayLiteral(p); return;
    case Tok.LBrace: parseObjectLiteral(p); return;
    case Tok.Function: parseFunctionExpr(p, firstNode, firstTok); return;
    case Tok.Class: {
      p.next();
      if (p.tok() === Tok.Ident && !(p.isWord(p.kw.word.as))) p.leaf(N.Name);
      parseClassRest(p, firstNode, firstTok, N.ClassExpr, firstTok);
      return;
    }
    case Tok.Import: {
      // import("m") or import.meta
      if (p.peek(1) === Tok.Dot) {
        p.next(); p.next();
        if (isIdentifierName(p.tok())) p.next(); else p.errorHere(ParseCode.Expected, `expected 'meta' after 'import.', found ${p.describeCurrent()}`);
        p.finish(N.MetaProperty, firstTok, firstNode, firstTok);
      } else p.leaf(N.Ident);
      return;
    }
    case Tok.Slash: case Tok.SlashEq:
      p.errorNode(`expected an expression, found '/' (a regular expression cannot start here)`);
      p.next();
      return;
    default:
      p.errorNode(`expected an expression, found ${p.describeCurrent()}`);
  }
}

/** A template with substitutions: head, then (expression, middle)* ... tail. */
export function parseTemplate(p: Parser): void {
  if (p.tok() === Tok.Template) { p.leaf(N.NoSubstTemplate); return; }
  parseTemplatePieces(p, parseExpressionAllowIn, N.TemplateSpan, N.Template, "template substitution");
}

/** At a template head: (inner, middle|tail piece)* as `spanKind` nodes, then the `kind` node. Serves expressions and types. */
export function parseTemplatePieces(p: Parser, inner: (p: Parser) => void, spanKind: N, kind: N, what: string): void {
  const firstNode = p.count, firstTok = p.pos;
  p.next(); // head
  for (;;) {
    const spanNode = p.count, spanTok = p.pos;
    inner(p);
    if (p.tok() === Tok.TemplateMiddle || p.tok() === Tok.TemplateTail) {
      const piece = p.pos, k = p.tok();
      p.next();
      p.finish(spanKind, piece, spanNode, spanTok);
      if (k === Tok.TemplateTail) break;
    } else {
      p.errorHere(ParseCode.Expected, `expected '}' to end a ${what}, found ${p.describeCurrent()}`);
      p.finish(spanKind, p.pos, spanNode, spanTok);
      break;
    }
  }
  p.finish(kind, firstTok, firstNode, firstTok);
}

function parseArrayLiteral(p: Parser): void {
  const firstNode = p.count, open = p.pos;
  if (!p.nest(firstNode, open)) return;
  p.next();
  const noIn = p.noIn;
  p.noIn = false;
  while (p.tok() !== Tok.RBracket && p.tok() !== Tok.EOF) {
    const before = p.pos;
    if (p.tok() === Tok.Comma) { p.finish(N.Omitted, p.pos, p.count, p.pos); p.next(); continue; }
    parseSpreadOrAssignment(p);
    if (p.tok() === Tok.Comma) { p.next(); continue; }
    if (p.tok() !== Tok.RBracket || p.pos === before) break;
  }
  p.noIn = noIn;
  p.expectCloser(Tok.RBracket, open, "array literal '[...]'");
  p.finish(N.ArrayLit, open, firstNode, open);
  p.leave();
}

function parseObjectLiteral(p: Parser): void {
  const firstNode = p.count, open = p.pos;
  if (!p.nest(firstNode, open)) return;
  p.next();
  const noIn = p.noIn;
  p.noIn = false;
  while (p.tok() !== Tok.RBrace && p.tok() !== Tok.EOF) {
    const before = p.pos;
    parseObjectMember(p);
    if (p.tok() === Tok.Comma) { p.next(); continue; }
    if (p.tok() !== Tok.RBrace || p.pos === before) {
      if (p.pos === before || p.tok() !== Tok.EOF) p.expect(Tok.Comma, "between object literal members");
      if (p.pos === before) break;
    }
  }
  p.noIn = noIn;
  p.expectCloser(Tok.RBrace, open, "object literal '{...}'");
  p.finish(N.ObjectLit, open, firstNode, open);
  p.leave();
}

function parseObjectMember(p: Parser): void {
  if (p.tok() === Tok.DotDotDot) { parseSpreadOrAssignment(p); return; }
  const firstNode = p.count, firstTok = p.pos;
  const w = p.kw.word;
  // get/set/async before a property name make an accessor or method.
  if (p.tok() === Tok.Ident && startsPropertyName(p.peek(1)) && !p.newlineBefore(1)) {
    const v = p.tv[p.pos];
    if (v === w.get || v === w.set) {
      p.next();
      const name = parsePropertyName(p);
      parseFunctionRest(p, true);
      p.finish(v === w.get ? N.Getter : N.Setter, name, firstNode, firstTok);
      return;
    }
    if (v === w.async) {
      p.modifier();
      let flags = 0;
      if (p.eat(Tok.Star)) flags = NF.Generator;
      const name = parsePropertyName(p);
      parseFunctionRest(p, true);
      p.finish(N.Method, name, firstNode, firstTok, flags);
      return;
    }
  }
  let flags = 0;
  if (p.eat(Tok.Star)) flags = NF.Generator;
  const nameTok = p.pos;
  const shorthandable = p.tok() === Tok.Ident || (p.tok() >= Tok.Break && p.tok() <= Tok.Yield);
  const name = parsePropertyName(p);
  if (p.tok() === Tok.LParen || p.tok() === Tok.Lt) {
    parseFunctionRest(p, true);
    p.finish(N.Method, name, firstNode, firstTok, flags);
    return;
  }
  if (p.tok() === Tok.Question) p.next(); // `{ a? }` only in patterns; accepted and dropped
  if (p.tok() === Tok.Colon) {
    p.next();
    parseAssignment(p);
    p.finish(N.PropAssign, name, firstNode, firstTok);
    return;
  }
  if (!shorthandable || p.tk[nameTok] === Tok.LBracket) {
    p.errorHere(ParseCode.Expected, `expected ':' after the property name, found ${p.describeCurrent()}`);
    p.finish(N.PropAssign, name, firstNode, firstTok);
    return;
  }
  if (p.tok() === Tok.Eq) { // `{ a = 1 }`: only valid as a pattern
    p.next();
    parseAssignment(p);
  }
  p.finish(N.Shorthand, name, firstNode, firstTok);
}

export function startsPropertyName(k: Tok): boolean {
  return isIdentifierName(k) || k === Tok.String || k === Tok.Number || k === Tok.LBracket || k === Tok.PrivateName;
}

/**
 * A property name: identifier, keyword, string, number, private name, or
 * `[computed]` (the expression becomes a node). Returns the name's token
 * ('[' when computed).
 */
export function parsePropertyName(p: Parser): number {
  const at = p.pos;
  if (p.tok() === Tok.LBracket) {
    p.next();
    parseAssignment(p);
    p.expectCloser(Tok.RBracket, at, "computed property name '[...]'");
    return at;
  }
  if (startsPropertyName(p.tok())) { p.next(); return at; }
  p.errorHere(ParseCode.Expected, `expected a property name, found ${p.describeCurrent()}`);
  return at;
}

/**
 * Tries an arrow function at the current token: `x =>`, `async x =>`,
 * `(params) =>`, `<T>(params) =>`, `async (params) =>`. Appends it and
 * returns true, or consumes nothing and returns false.
 */
function tryArrow(p: Parser): boolean {
  const k = p.tok();
  if (k === Tok.Ident) {
    const k1 = p.peek(1);
    if (k1 === Tok.Arrow && !p.newlineBefore(1)) { parseSimpleArrow(p, p.count, p.pos); return true; }
    if ((k1 === Tok.Ident || k1 === Tok.LParen || k1 === Tok.Lt) && p.tv[p.pos] === p.kw.word.async && !p.newlineBefore(1)) {
      if (k1 === Tok.Ident && p.peek(2) === Tok.Arrow) {
        const firstNode = p.count, firstTok = p.pos;
        p.modifier();
        parseSimpleArrow(p, firstNode, firstTok);
        return true;
      }
      if (k1 === Tok.LParen || k1 === Tok.Lt) {
        const pos = p.mark(), count = p.count;
        const firstNode = p.count, firstTok = p.pos;
        p.modifier();
        const ok = parseArrowHead(p);
        if (!p.settle(pos, count, ok)) return false;
        parseArrowBody(p, firstNode, firstTok);
        return true;
      }
    }
    return false;
  }
  if (k === Tok.LParen) {
    if (!mayBeArrowParams(p)) return false;
  } else if (k === Tok.Lt) {
    // <T>(...) => or <T,>(...) =>; else a type assertion.
    if (p.peek(1) !== Tok.Ident && p.peek(1) !== Tok.Const) return false;
    const k2 = p.peek(2);
    if (k2 !== Tok.Gt && k2 !== Tok.Comma && k2 !== Tok.Extends && k2 !== Tok.Ident && k2 !== Tok.Eq) return false;
  } else return false;
  const firstNode = p.count, firstTok = p.pos;
  const pos = p.mark();
  const ok = parseArrowHead(p);
  if (!p.settle(pos, firstNode, ok)) return false;
  parseArrowBody(p, firstNode, firstTok);
  return true;
}

/** Cheap lookahead at '(': could this be an arrow's parameter list? */
function mayBeArrowParams(p: Parser): boolean {
  const k1 = p.peek(1);
  if (k1 === Tok.RParen || k1 === Tok.DotDotDot || k1 === Tok.LBrace || k1 === Tok.LBracket || k1 === Tok.At) return true;
  if (k1 === Tok.Ident || k1 === Tok.This || k1 === Tok.Public || k1 === Tok.Private || k1 === Tok.Protected) {
    const k2 = p.peek(2);
    if (k2 === Tok.Colon || k2 === Tok.Comma || k2 === Tok.Question || k2 === Tok.Eq || k2 === Tok.Ident) return true;
    if (k2 === Tok.RParen) { const k3 = p.peek(3); return k3 === Tok.Arrow || k3 === Tok.Colon; }
  }
  return false;
}

/** `x =>` with x a lone parameter. */
function parseSimpleArrow(p: Parser, firstNode: number, firstTok: number): void {
  const at = p.pos;
  p.next();
  p.finish(N.Param, at, p.count, at);
  parseArrowBody(p, firstNode, firstTok);
}

/** TypeParams? ( params ) (: type)? and the '=>' is next; false if this is not an arrow. */
function parseArrowHead(p: Parser): boolean {
  if (p.tok() === Tok.Lt) parseTypeParams(p);
  if (p.tok() !== Tok.LParen) return false;
  parseParams(p);
  if (p.tok() === Tok.Colon) { p.next(); parseReturnType(p); }
  return p.tok() === Tok.Arrow && !p.newlineBefore();
}

/** At '=>': the body, then the Arrow node. */
function parseArrowBody(p: Parser, firstNode: number, firstTok: number): void {
  const arrow = p.pos;
  if (!p.expect(Tok.Arrow, "after the arrow function's parameters")) {
    p.finish(N.Arrow, arrow, firstNode, firstTok);
    return;
  }
  if (p.tok() === Tok.LBrace) parseBlock(p);
  else parseAssignment(p);
  p.finish(N.Arrow, arrow, firstNode, firstTok);
}

/** Whether a token can begin an expression. */
export function startsExpression(k: Tok): boolean {
  switch (k) {
    case Tok.Ident: case Tok.Number: case Tok.String: case Tok.Template: case Tok.TemplateHead: case Tok.Regex:
    case Tok.True: case Tok.False: case Tok.Null: case Tok.This: case Tok.Super: case Tok.PrivateName:
    case Tok.LParen: case Tok.LBracket: case Tok.LBrace: case Tok.Function: case Tok.Class: case Tok.New:
    case Tok.Plus: case Tok.Minus: case Tok.Bang: case Tok.Tilde: case Tok.PlusPlus: case Tok.MinusMinus:
    case Tok.Typeof: case Tok.Void: case Tok.Delete: case Tok.Lt: case Tok.Import: case Tok.Yield: case Tok.Slash: case Tok.SlashEq:
      return true;
    default:
      return false;
  }
}

/** Whether a token can begin a type (for the `f<T>(x)` speculation). */
export function startsType(k: Tok): boolean {
  switch (k) {
    case Tok.Ident: case Tok.Void: case Tok.Null: case Tok.This: case Tok.Typeof: case Tok.LParen: case Tok.LBracket:
    case Tok.LBrace: case Tok.String: case Tok.Number: case Tok.True: case Tok.False: case Tok.Minus: case Tok.New:
    case Tok.Lt: case Tok.Template: case Tok.TemplateHead: case Tok.Bar: case Tok.Amp:
      return true;
    default:
      return false;
  }
}
