// Type syntax: references with type arguments, arrays, unions and
// intersections, function and constructor types, literal types, tuples, type
// literals and mapped types, `keyof`/`typeof`/`infer`, indexed access,
// conditional types and type predicates. kiln accepts only some of these
// later; all of them parse, so the checker can say why one is rejected.
import { ParseCode } from "../diagnostics/codes.js";
import { parseInterfaceMember, parseParams, parseTypeParams } from "./parse-declarations.js";
import { parseTemplatePieces } from "./parse-expressions.js";
import { N, NF } from "./nodes.js";
import { MAX_DEPTH, type Parser } from "./parser.js";
import { isIdentifierName, Tok } from "./tokens.js";

/**
 * Tokens that, after a name, may make more of the type than a lone
 * reference: qualifiers, type arguments, `[]`, `|`, `&`, `extends`, and what
 * can follow `keyof`/`unique`/`readonly`/`infer` or `abstract` as operators.
 */
const CONTINUES_TYPE = new Uint8Array(256);
for (const k of [Tok.Dot, Tok.Lt, Tok.LBracket, Tok.Bar, Tok.Amp, Tok.Extends, Tok.New,
  Tok.Ident, Tok.LParen, Tok.LBrace, Tok.Typeof, Tok.String, Tok.Number, Tok.This, Tok.Void, Tok.Null]) {
  CONTINUES_TYPE[k] = 1;
}

export function parseType(p: Parser): void {
  // A lone name (`i32` in `x: i32,`), the most common type by far: its leaf
  // directly, the same tree the descent through every level below makes
  // (and, at the depth limit, the same error, which nest() reports).
  if (p.tok() === Tok.Ident && CONTINUES_TYPE[p.tk[p.pos + 1]!] === 0 && p.depth < MAX_DEPTH) { p.leaf(N.TypeRef); return; }
  const firstNode = p.count, firstTok = p.pos;
  if (!p.nest(firstNode, firstTok)) return;
  if (p.tok() === Tok.Lt || (p.tok() === Tok.LParen && isFunctionTypeStart(p))) {
    parseFunctionType(p, firstNode, firstTok, N.FunctionType);
  } else if (p.tok() === Tok.New || (p.isWord(p.kw.word.abstract) && p.peek(1) === Tok.New)) {
    if (p.tok() !== Tok.New) p.modifier();
    p.next();
    parseFunctionType(p, firstNode, firstTok, N.ConstructorType);
  } else {
    parseUnionType(p);
    if (p.tok() === Tok.Extends && !p.noConditionalType && !p.newlineBefore()) {
      const at = p.pos;
      p.next();
      const saved = p.noConditionalType;
      p.noConditionalType = true;
      parseType(p);
      p.noConditionalType = false;
      p.expect(Tok.Question, "in a conditional type");
      parseType(p);
      p.expect(Tok.Colon, "in a conditional type");
      parseType(p);
      p.noConditionalType = saved;
      p.finish(N.ConditionalType, at, firstNode, firstTok);
    }
  }
  p.leave();
}

/** At '(' in a type: a function type's parameters, or a parenthesized type? */
function isFunctionTypeStart(p: Parser): boolean {
  const k1 = p.peek(1);
  if (k1 === Tok.RParen || k1 === Tok.DotDotDot) return true;
  if (k1 === Tok.Ident || k1 === Tok.This || isIdentifierName(k1)) {
    const k2 = p.peek(2);
    if (k2 === Tok.Colon || k2 === Tok.Comma || k2 === Tok.Question || k2 === Tok.Eq) return true;
    if (k2 === Tok.RParen && p.peek(3) === Tok.Arrow) return true;
  }
  if (k1 === Tok.LBrace || k1 === Tok.LBracket) {
    // A destructured parameter: try it.
    const pos = p.mark(), count = p.count;
    parseParams(p);
    const ok = p.tok() === Tok.Arrow;
    p.settle(pos, count, false);
    return ok;
  }
  return false;
}

function parseFunctionType(p: Parser, firstNode: number, firstTok: number, kind: N): void {
  if (p.tok() === Tok.Lt) parseTypeParams(p);
  if (p.tok() === Tok.LParen) parseParams(p);
  else p.errorHere(ParseCode.Expected, `expected '(' to start the parameters of a function type, found ${p.describeCurrent()}`);
  const arrow = p.pos;
  if (p.expect(Tok.Arrow, "after a function type's parameters")) parseReturnType(p);
  p.finish(kind, arrow, firstNode, firstTok);
}

function parseUnionType(p: Parser): void { parseTypeList(p, Tok.Bar, N.UnionType, parseIntersectionType); }

function parseIntersectionType(p: Parser): void { parseTypeList(p, Tok.Amp, N.IntersectionType, parseTypeOperator); }

/**
 * `A | B | C` or `A & B & C` (with an optional leading separator). The
 * node's token is the first member's first token, with or without the
 * leading separator, so both spellings give the same tree.
 */
function parseTypeList(p: Parser, sep: Tok, kind: N, member: (p: Parser) => void): void {
  const firstNode = p.count, firstTok = p.pos;
  const leading = p.eat(sep);
  const first = p.pos;
  member(p);
  if (p.tok() !== sep) {
    if (leading) p.finish(kind, first, firstNode, firstTok);
    return;
  }
  while (p.eat(sep)) member(p);
  p.finish(kind, first, firstNode, firstTok);
}

function parseTypeOperator(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  const w = p.kw.word;
  if (p.tok() === Tok.Ident) {
    const v = p.tv[p.pos];
    if ((v === w.keyof || v === w.unique || v === w.readonly) && startsTypeOperand(p.peek(1))) {
      if (!p.nest(firstNode, firstTok)) return;
      p.next();
      parseTypeOperator(p);
      p.finish(N.TypeOperator, firstTok, firstNode, firstTok);
      p.leave();
      return;
    }
    if (v === w.infer && p.peek(1) === Tok.Ident) {
      p.next();
      const tp = p.count, tpTok = p.pos;
      p.next();
      let flags = 0;
      if (p.tok() === Tok.Extends && !p.noConditionalType) {
        // `infer U extends C` inside a conditional's check type
        const pos = p.mark(), count = p.count;
        p.next();
        const saved = p.noConditionalType;
        p.noConditionalType = true;
        parseType(p);
        p.noConditionalType = saved;
        if (p.settle(pos, count, p.tok() !== Tok.Question)) flags = NF.HasConstraint;
      }
      p.finish(N.TypeParam, tpTok, tp, tpTok, flags);
      p.finish(N.InferType, firstTok, firstNode, firstTok);
      return;
    }
  }
  parsePostfixType(p);
}

function startsTypeOperand(k: Tok): boolean {
  return k === Tok.Ident || k === Tok.LParen || k === Tok.LBracket || k === Tok.LBrace || k === Tok.Typeof ||
    k === Tok.String || k === Tok.Number || k === Tok.This || k === Tok.Void || k === Tok.Null;
}

function parsePostfixType(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  parsePrimaryType(p);
  while (p.tok() === Tok.LBracket && !p.newlineBefore()) {
    const open = p.pos;
    p.next();
    if (p.eat(Tok.RBracket)) {
      p.finish(N.ArrayType, open, firstNode, firstTok);
    } else {
      parseType(p);
      p.expectCloser(Tok.RBracket, open, "indexed access type '[...]'");
      p.finish(N.IndexedAccessType, open, firstNode, firstTok);
    }
  }
}

function parsePrimaryType(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  switch (p.tok()) {
    case Tok.Ident: parseTypeReference(p); return;
    case Tok.Void: case Tok.Null: case Tok.This: p.leaf(N.KeywordType, p.tok()); return;
    case Tok.String: case Tok.Number: case Tok.True: case Tok.False: case Tok.Template: p.leaf(N.LiteralType, p.tok()); return;
    case Tok.Minus:
      if (p.peek(1) === Tok.Number) {
        p.next();
        p.numberLit();
        p.finish(N.LiteralType, firstTok, firstNode, firstTok, Tok.Minus);
        return;
      }
      break;
    case Tok.TemplateHead: parseTemplateType(p); return;
    case Tok.Import: if (p.peek(1) === Tok.LParen) { parseImportType(p, firstNode, firstTok, 0); return; } break;
    case Tok.Typeof: {
      p.next();
      if (p.tok() === Tok.Import && p.peek(1) === Tok.LParen) { parseImportType(p, firstNode, firstTok, NF.TypeOf); return; }
      if (isIdentifierName(p.tok())) p.leaf(N.Name);
      else p.errorHere(ParseCode.Expected, `expected a name after 'typeof', found ${p.describeCurrent()}`);
      while (p.tok() === Tok.Dot) {
        p.next();
        if (isIdentifierName(p.tok()) || p.tok() === Tok.PrivateName) p.leaf(N.Name);
        else { p.errorHere(ParseCode.Expected, `expected a name after '.', found ${p.describeCurrent()}`); break; }
      }
      if (p.tok() === Tok.Lt && !p.newlineBefore()) parseTypeArgs(p);
      p.finish(N.TypeQuery, firstTok, firstNode, firstTok);
      return;
    }
    case Tok.LParen: {
      if (!p.nest(firstNode, firstTok)) return;
      p.next();
      const saved = p.noConditionalType;
      p.noConditionalType = false;
      parseType(p);
      p.noConditionalType = saved;
      p.expectCloser(Tok.RParen, firstTok, "parenthesized type '(...)'");
      p.finish(N.ParenType, firstTok, firstNode, firstTok);
      p.leave();
      return;
    }
    case Tok.LBracket: parseTupleType(p); return;
    case Tok.LBrace: if (isMappedTypeStart(p)) parseMappedType(p); else parseTypeLiteral(p); return;
    default:
      if (p.tok() >= Tok.Break && p.tok() <= Tok.Yield && p.tok() !== Tok.Function && p.tok() !== Tok.New) { parseTypeReference(p); return; }
  }
  p.errorNode(`expected a type, found ${p.describeCurrent()}`);
}

/** At 'import' of `import("m").A.B<T>` (after `typeof` when flags has TypeOf). */
function parseImportType(p: Parser, firstNode: number, firstTok: number, flags: number): void {
  const at = p.pos;
  p.next();
  const open = p.pos;
  p.next(); // '('
  if (p.tok() === Tok.String) p.leaf(N.StringLit);
  else p.errorHere(ParseCode.Expected, `expected a module name (a string) in 'import(...)', found ${p.describeCurrent()}`);
  p.expectCloser(Tok.RParen, open, "import type 'import(...)'");
  parseQualifiersAndTypeArgs(p);
  p.finish(N.ImportType, at, firstNode, firstTok, flags);
}

/** `A.B.C<T, U>`: the first name is the node's token, later parts are Name children. */
function parseTypeReference(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  p.next();
  parseQualifiersAndTypeArgs(p);
  p.finish(N.TypeRef, firstTok, firstNode, firstTok);
}

/** `.B.C<T>` after a type name or `import("m")`: a Name per part, then TypeArgs if on the same line. */
function parseQualifiersAndTypeArgs(p: Parser): void {
  while (p.tok() === Tok.Dot && isIdentifierName(p.peek(1))) {
    p.next();
    p.leaf(N.Name);
  }
  if (p.tok() === Tok.Lt && !p.newlineBefore()) parseTypeArgs(p);
}

/** `<T, U>` after a name; the closing '>' is a single token (the lexer never joins them). */
export function parseTypeArgs(p: Parser): void {
  const firstNode = p.count, open = p.pos;
  if (!p.nest(firstNode, open)) return;
  p.next();
  const saved = p.noConditionalType;
  p.noConditionalType = false;
  while (p.tok() !== Tok.Gt && p.tok() !== Tok.EOF) {
    const before = p.pos;
    parseType(p);
    if (p.tok() === Tok.Comma) { p.next(); continue; }
    if (p.pos === before || p.tok() !== Tok.Gt) break;
  }
  p.noConditionalType = saved;
  p.expectCloser(Tok.Gt, open, "type argument list '<...>'");
  p.finish(N.TypeArgs, open, firstNode, open);
  p.leave();
}

function parseTupleType(p: Parser): void {
  const firstNode = p.count, open = p.pos;
  if (!p.nest(firstNode, open)) return;
  p.next();
  while (p.tok() !== Tok.RBracket && p.tok() !== Tok.EOF) {
    const before = p.pos;
    const elNode = p.count, elTok = p.pos;
    if (p.tok() === Tok.DotDotDot) {
      p.next();
      if (p.tok() === Tok.Ident && (p.peek(1) === Tok.Colon || (p.peek(1) === Tok.Question && p.peek(2) === Tok.Colon))) {
        const name = p.pos;
        p.next();
        p.expect(Tok.Colon, "after a tuple element's name");
        parseType(p);
        p.finish(N.NamedTupleMember, name, elNode, elTok, NF.Rest);
      } else {
        parseType(p);
        p.finish(N.RestType, elTok, elNode, elTok);
      }
    } else if (isIdentifierName(p.tok()) && (p.peek(1) === Tok.Colon || (p.peek(1) === Tok.Question && p.peek(2) === Tok.Colon))) {
      const name = p.pos;
      p.next();
      let flags = 0;
      if (p.eat(Tok.Question)) flags = NF.Optional;
      p.next(); // ':'
      parseType(p);
      p.finish(N.NamedTupleMember, name, elNode, elTok, flags);
    } else {
      parseType(p);
      if (p.tok() === Tok.Question) { const q = p.pos; p.next(); p.finish(N.OptionalType, q, elNode, elTok); }
    }
    if (p.tok() === Tok.Comma) { p.next(); continue; }
    if (p.pos === before || p.tok() !== Tok.RBracket) break;
  }
  p.expectCloser(Tok.RBracket, open, "tuple type '[...]'");
  p.finish(N.TupleType, open, firstNode, open);
  p.leave();
}

function isMappedTypeStart(p: Parser): boolean {
  let k = 1;
  if (p.peek(k) === Tok.Plus || p.peek(k) === Tok.Minus) k++;
  if (p.peek(k) === Tok.Ident && p.tv[Math.min(p.pos + k, p.tokens.count - 1)] === p.kw.word.readonly) k++;
  return p.peek(k) === Tok.LBracket && p.peek(k + 1) === Tok.Ident && p.peek(k + 2) === Tok.In;
}

/** `{ [+-]readonly [K in T as N]+-?: V }`. */
function parseMappedType(p: Parser): void {
  const firstNode = p.count, open = p.pos;
  if (!p.nest(firstNode, open)) return;
  p.next();
  let flags = 0;
  if (p.tok() === Tok.Plus || p.tok() === Tok.Minus) { if (p.tok() === Tok.Minus) flags |= NF.MinusReadonly; p.next(); flags |= NF.Readonly; p.next(); }
  else if (p.isWord(p.kw.word.readonly)) { flags |= NF.Readonly; p.next(); }
  p.next(); // '['
  const tp = p.count, tpTok = p.pos;
  p.next(); // key name
  p.next(); // 'in'
  parseType(p);
  p.finish(N.TypeParam, tpTok, tp, tpTok, NF.HasConstraint);
  if (p.isWord(p.kw.word.as)) { p.next(); parseType(p); flags |= NF.MappedAs; }
  p.expect(Tok.RBracket, "after a mapped type's key");
  if (p.tok() === Tok.Plus || p.tok() === Tok.Minus) {
    if (p.tok() === Tok.Minus) flags |= NF.MinusOptional;
    p.next();
    p.expect(Tok.Question, "after '+' or '-' in a mapped type");
    flags |= NF.MappedOptional;
  } else if (p.eat(Tok.Question)) flags |= NF.MappedOptional;
  if (p.eat(Tok.Colon)) parseType(p);
  p.eat(Tok.Semi) || p.eat(Tok.Comma);
  p.expectCloser(Tok.RBrace, open, "mapped type '{...}'");
  p.finish(N.MappedType, open, firstNode, open, flags);
  p.leave();
}

function parseTypeLiteral(p: Parser): void {
  const firstNode = p.count, open = p.pos;
  if (!p.nest(firstNode, open)) return;
  p.next();
  while (p.tok() !== Tok.RBrace && p.tok() !== Tok.EOF) {
    const before = p.pos;
    parseInterfaceMember(p);
    if (p.pos === before) { p.errorHere(ParseCode.Unexpected, `unexpected ${p.describeCurrent()} in a type literal`); p.next(); }
  }
  p.expectCloser(Tok.RBrace, open, "type literal '{...}'");
  p.finish(N.TypeLiteral, open, firstNode, open);
  p.leave();
}

function parseTemplateType(p: Parser): void {
  parseTemplatePieces(p, parseType, N.TemplateTypeSpan, N.TemplateType, "template type substitution");
}

/** A return type: a type predicate (`x is T`, `asserts x is T`, `asserts x`) or a type. */
export function parseReturnType(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  const w = p.kw.word;
  if (p.isWord(w.asserts) && (p.peek(1) === Tok.Ident || p.peek(1) === Tok.This) && !p.newlineBefore(1)) {
    p.next();
    const name = p.pos;
    p.next();
    if (p.isWord(w.is) && !p.newlineBefore()) { p.next(); parseType(p); }
    p.finish(N.TypePredicate, name, firstNode, firstTok, NF.Asserts);
    return;
  }
  if ((p.tok() === Tok.Ident || p.tok() === Tok.This) && p.peek(1) === Tok.Ident && p.value(1) === w.is && !p.newlineBefore(1)) {
    const name = p.pos;
    p.next(); p.next();
    parseType(p);
    p.finish(N.TypePredicate, name, firstNode, firstTok);
    return;
  }
  parseType(p);
}

