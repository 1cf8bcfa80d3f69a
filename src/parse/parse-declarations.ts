// Declarations: decorators and modifiers, variables, functions and their
// parameters, classes and their members, interfaces, enums, type aliases,
// namespaces, imports and exports in every form. Shared pieces (parameters,
// type parameters, function signatures and bodies) serve every place that
// has them: declarations, methods, arrows, function types and signatures.
import { ParseCode } from "../diagnostics/codes.js";
import { parseAssignment, parseCallChain, parseExpression, parsePropertyName, startsPropertyName } from "./parse-expressions.js";
import { parseBlock, parseStatementList } from "./parse-statements.js";
import { parseReturnType, parseType, parseTypeArgs } from "./parse-types.js";
import { N, NF } from "./nodes.js";
import type { Parser } from "./parser.js";
import { isIdentifierName, Tok } from "./tokens.js";

/** `@expr` decorators, each a Decorator node. */
export function parseDecorators(p: Parser): void {
  while (p.tok() === Tok.At) {
    const firstNode = p.count, at = p.pos;
    p.next();
    parseCallChain(p, true);
    p.finish(N.Decorator, at, firstNode, at);
  }
}

/** Whether the token after a modifier word lets it be a modifier (not a name). */
function canFollowModifier(p: Parser): boolean {
  const k = p.peek(1);
  if (p.newlineBefore(1)) return false;
  return k === Tok.LBracket || k === Tok.LBrace || k === Tok.Star || k === Tok.DotDotDot || k === Tok.PrivateName ||
    k === Tok.String || k === Tok.Number || isIdentifierName(k);
}

/** Class member and parameter modifiers, as Modifier leaves. */
function parseMemberModifiers(p: Parser, forParameter: boolean): void {
  const w = p.kw.word;
  for (;;) {
    const k = p.tok();
    let is = k === Tok.Public || k === Tok.Private || k === Tok.Protected;
    if (!is && k === Tok.Static && !forParameter) is = true;
    if (!is && k === Tok.Ident) {
      const v = p.tv[p.pos];
      is = v === w.readonly || v === w.override || (!forParameter && (v === w.abstract || v === w.declare || v === w.accessor || v === w.async));
    }
    if (!is || !canFollowModifier(p)) return;
    // `static {` is a static block, not a modifier.
    if (k === Tok.Static && p.peek(1) === Tok.LBrace) return;
    p.modifier();
  }
}

/** `<T extends C = D, ...>` */
export function parseTypeParams(p: Parser): void {
  const firstNode = p.count, open = p.pos;
  p.next();
  while (p.tok() !== Tok.Gt && p.tok() !== Tok.EOF) {
    const before = p.pos;
    parseTypeParam(p);
    if (p.tok() === Tok.Comma) { p.next(); continue; }
    if (p.pos === before || p.tok() !== Tok.Gt) break;
  }
  p.expectCloser(Tok.Gt, open, "type parameter list '<...>'");
  p.finish(N.TypeParams, open, firstNode, open);
}

export function parseTypeParam(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  const w = p.kw.word;
  // variance and const modifiers: `in T`, `out T`, `const T`
  while ((p.tok() === Tok.In || p.tok() === Tok.Const || p.isWord(w.out)) && p.peek(1) === Tok.Ident) p.modifier();
  const name = p.pos;
  if (p.tok() === Tok.Ident) p.next();
  else { p.errorHere(ParseCode.Expected, `expected a type parameter name, found ${p.describeCurrent()}`); p.finish(N.Error, p.pos, p.count, p.pos); }
  let flags = 0;
  if (p.eat(Tok.Extends)) { parseType(p); flags |= NF.HasConstraint; }
  if (p.eat(Tok.Eq)) { parseType(p); flags |= NF.HasDefault; }
  p.finish(N.TypeParam, name, firstNode, firstTok, flags);
}

/** `( params )`, each a Param node. */
export function parseParams(p: Parser): void {
  const open = p.pos;
  if (!p.expect(Tok.LParen, "to start the parameter list")) return;
  while (p.tok() !== Tok.RParen && p.tok() !== Tok.EOF) {
    const before = p.pos;
    parseParam(p);
    if (p.tok() === Tok.Comma) { p.next(); continue; }
    if (p.pos === before || p.tok() !== Tok.RParen) break;
  }
  p.expectCloser(Tok.RParen, open, "parameter list '(...)'");
}

function parseParam(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  parseDecorators(p);
  parseMemberModifiers(p, true);
  let flags = 0;
  if (p.eat(Tok.DotDotDot)) flags |= NF.Rest;
  const name = p.pos;
  if (p.tok() === Tok.Ident || p.tok() === Tok.This || (isIdentifierName(p.tok()) && p.tok() !== Tok.Function)) p.next();
  else if (p.tok() === Tok.LBrace || p.tok() === Tok.LBracket) parseBindingPattern(p);
  else {
    p.errorHere(ParseCode.Expected, `expected a parameter name, found ${p.describeCurrent()}`);
    p.finish(N.Error, p.pos, p.count, p.pos);
    if (p.tok() !== Tok.RParen && p.tok() !== Tok.Comma && p.tok() !== Tok.EOF && p.tok() !== Tok.LBrace) p.next();
  }
  if (p.eat(Tok.Question)) flags |= NF.Optional;
  if (p.eat(Tok.Colon)) parseType(p);
  if (p.eat(Tok.Eq)) parseAssignment(p);
  p.finish(N.Param, name, firstNode, firstTok, flags);
}

/** `{ a, b: c }` or `[a, , b]` where a name is declared: parsed as the literal, then retagged. */
function parseBindingPattern(p: Parser): void {
  const noIn = p.noIn;
  p.noIn = false;
  parseCallChain(p, false);
  p.noIn = noIn;
  p.retag(p.count - 1, N.BindingPattern);
}

/**
 * After `function name` (or a method's name): TypeParams?, Param*, return
 * type?, and a Block (or ';' / nothing for a signature). `bodyRequired` for
 * expressions, where a body must follow.
 */
export function parseFunctionRest(p: Parser, bodyRequired: boolean): void {
  if (p.tok() === Tok.Lt) parseTypeParams(p);
  if (p.tok() === Tok.LParen) parseParams(p);
  else p.errorHere(ParseCode.Expected, `expected '(' to start the parameter list, found ${p.describeCurrent()}`);
  if (p.eat(Tok.Colon)) parseReturnType(p);
  if (p.tok() === Tok.LBrace) parseBlock(p);
  else if (bodyRequired) p.errorHere(ParseCode.Expected, `expected '{' to start the function body, found ${p.describeCurrent()}`);
  else p.semicolon("after a function signature");
}

/** `let|const|var` declarators, for statements and `for` heads (`inFor`: no ';', `in` ends an initializer). */
export function parseVarDeclarators(p: Parser, inFor: boolean): void {
  for (;;) {
    const firstNode = p.count, firstTok = p.pos;
    let name = p.pos;
    if (p.tok() === Tok.Ident || (isIdentifierName(p.tok()) && p.tok() !== Tok.In && p.tok() !== Tok.Const)) p.next();
    else if (p.tok() === Tok.LBrace || p.tok() === Tok.LBracket) { parseBindingPattern(p); name = firstTok; }
    else {
      p.errorHere(ParseCode.Expected, `expected a variable name, found ${p.describeCurrent()}`);
      p.finish(N.VarDecl, name, firstNode, firstTok);
      return;
    }
    let flags = 0;
    if (p.tok() === Tok.Bang && !p.newlineBefore()) { p.next(); flags = NF.Definite; }
    if (p.eat(Tok.Colon)) parseType(p);
    if (p.eat(Tok.Eq)) {
      const noIn = p.noIn;
      p.noIn = inFor;
      parseAssignment(p);
      p.noIn = noIn;
    }
    p.finish(N.VarDecl, name, firstNode, firstTok, flags);
    if (!p.eat(Tok.Comma)) return;
  }
}

/** Reports declaration `node` (no name) unless a `default` modifier among its first children allows that. */
function requireName(p: Parser, node: number, firstNode: number, keyword: number, what: string): void {
  for (let i = firstNode; i < node; i++) if (p.kind[i] === N.Modifier && p.flags[i] === Tok.Default) return;
  p.grammarError(p.tokenSpan(keyword), ParseCode.Expected, `expected a ${what} name: only 'export default ${what}' may leave it out`);
}

/** Declarations and `declare`/`export`/`abstract`/... forms. At a declaration keyword, after decorators and modifiers. */
export function parseDeclaration(p: Parser, firstNode: number, firstTok: number): void {
  const w = p.kw.word;
  switch (p.tok()) {
    case Tok.Var: case Tok.Let: case Tok.Const: {
      const at = p.pos;
      p.next();
      parseVarDeclarators(p, false);
      p.semicolon("after the variable declaration");
      p.finish(N.VarStatement, at, firstNode, firstTok, p.tk[at]);
      return;
    }
    case Tok.Function: {
      const kwTok = p.pos;
      p.next();
      let flags = 0;
      if (p.eat(Tok.Star)) flags = NF.Generator;
      let name = kwTok;
      if (p.tok() === Tok.Ident || (isIdentifierName(p.tok()) && p.tok() !== Tok.Extends)) { name = p.pos; p.next(); }
      else if (p.tok() !== Tok.LParen && p.tok() !== Tok.Lt) p.errorHere(ParseCode.Expected, `expected a function name, found ${p.describeCurrent()}`);
      parseFunctionRest(p, false);
      const fn = p.finish(N.FunctionDecl, name, firstNode, firstTok, flags);
      if (name === kwTok) requireName(p, fn, firstNode, kwTok, "function");
      return;
    }
    case Tok.Class: {
      const kwTok = p.pos;
      p.next();
      let name = kwTok;
      if (p.tok() === Tok.Ident && p.tv[p.pos] !== w.as) { name = p.pos; p.next(); }
      parseClassRest(p, firstNode, firstTok, N.ClassDecl, name);
      if (name === kwTok) requireName(p, p.count - 1, firstNode, kwTok, "class");
      return;
    }
    case Tok.Interface: {
      p.next();
      const name = p.pos;
      if (p.tok() === Tok.Ident) p.next(); else p.errorHere(ParseCode.Expected, `expected an interface name, found ${p.describeCurrent()}`);
      if (p.tok() === Tok.Lt) parseTypeParams(p);
      if (p.tok() === Tok.Extends) {
        const n = p.count, at = p.pos;
        p.next();
        parseHeritageTypes(p);
        p.finish(N.Extends, at, n, at);
      }
      parseMembers(p, false, "interface body");
      p.finish(N.InterfaceDecl, name, firstNode, firstTok);
      return;
    }
    case Tok.Enum: {
      p.next();
      const name = p.pos;
      if (p.tok() === Tok.Ident) p.next(); else p.errorHere(ParseCode.Expected, `expected an enum name, found ${p.describeCurrent()}`);
      const open = p.pos;
      if (p.expect(Tok.LBrace, "to start the enum body")) {
        while (p.tok() !== Tok.RBrace && p.tok() !== Tok.EOF) {
          const before = p.pos;
          const m = p.count, mt = p.pos;
          if (isIdentifierName(p.tok()) || p.tok() === Tok.String) p.next();
          else { p.errorHere(ParseCode.Expected, `expected an enum member name, found ${p.describeCurrent()}`); break; }
          if (p.eat(Tok.Eq)) parseAssignment(p);
          p.finish(N.EnumMember, mt, m, mt);
          if (p.tok() === Tok.Comma) { p.next(); continue; }
          if (p.pos === before || p.tok() !== Tok.RBrace) {
            p.expect(Tok.Comma, "between enum members");
            if (!(isIdentifierName(p.tok()) || p.tok() === Tok.String)) break;
          }
        }
        p.expectCloser(Tok.RBrace, open, "enum body");
      }
      p.finish(N.EnumDecl, name, firstNode, firstTok);
      return;
    }
    case Tok.Import: parseImport(p, firstNode, firstTok); return;
    case Tok.Ident: {
      const v = p.tv[p.pos];
      if (v === w.type) {
        p.next();
        const name = p.pos;
        if (isIdentifierName(p.tok())) p.next(); else p.errorHere(ParseCode.Expected, `expected a type name, found ${p.describeCurrent()}`);
        if (p.tok() === Tok.Lt) parseTypeParams(p);
        p.expect(Tok.Eq, "in a type alias");
        parseType(p);
        p.semicolon("after the type alias");
        p.finish(N.TypeAlias, name, firstNode, firstTok);
        return;
      }
      if (v === w.namespace || v === w.module || v === w.global) {
        if (v !== w.global) p.next();
        const name = p.pos;
        if (p.tok() === Tok.Ident || p.tok() === Tok.String) p.next();
        else p.errorHere(ParseCode.Expected, `expected a namespace name, found ${p.describeCurrent()}`);
        while (p.tok() === Tok.Dot) {
          p.next();
          if (p.tok() === Tok.Ident) p.leaf(N.Name);
          else { p.errorHere(ParseCode.Expected, `expected a name after '.', found ${p.describeCurrent()}`); break; }
        }
        if (p.tok() === Tok.LBrace) {
          const n = p.count, open = p.pos;
          p.next();
          parseStatementList(p, Tok.RBrace);
          p.expectCloser(Tok.RBrace, open, "namespace body");
          p.finish(N.ModuleBlock, open, n, open);
        } else p.semicolon("after the module declaration");
        p.finish(N.Namespace, name, firstNode, firstTok);
        return;
      }
      break;
    }
    default:
      break;
  }
  p.errorHere(ParseCode.Expected, `expected a declaration, found ${p.describeCurrent()}`);
  p.finish(N.Error, p.pos, firstNode, firstTok);
}

/** Types after `extends`/`implements` (expressions with type arguments, as TS parses them). */
function parseHeritageTypes(p: Parser): void {
  for (;;) {
    parseType(p);
    if (!p.eat(Tok.Comma)) return;
  }
}

/** After `class name?`: TypeParams?, Extends?, Implements?, then the body; appends the class node. */
export function parseClassRest(p: Parser, firstNode: number, firstTok: number, kind: N, name: number): void {
  if (p.tok() === Tok.Lt) parseTypeParams(p);
  if (p.tok() === Tok.Extends) {
    const n = p.count, at = p.pos;
    p.next();
    parseCallChain(p, false);
    // `Base<T>` before `implements` reads as an instantiation expression;
    // here its type arguments belong to the clause: unwrap the node.
    if (p.kind[p.count - 1] === N.Instantiation && p.tok() === Tok.Implements) p.count--;
    if (p.tok() === Tok.Lt) parseTypeArgs(p);
    p.finish(N.Extends, at, n, at);
  }
  if (p.tok() === Tok.Implements) {
    const n = p.count, at = p.pos;
    p.next();
    parseHeritageTypes(p);
    p.finish(N.Implements, at, n, at);
  }
  parseMembers(p, true, "class body");
  p.finish(kind, name, firstNode, firstTok);
}

/** `{ members }` of a class (`isClass`) or an interface. */
function parseMembers(p: Parser, isClass: boolean, what: string): void {
  const open = p.pos;
  if (!p.eat(Tok.LBrace) && !p.expect(Tok.LBrace, `to start the ${what}`)) return;
  while (p.tok() !== Tok.RBrace && p.tok() !== Tok.EOF) {
    const before = p.pos;
    if (isClass) parseClassMember(p); else parseInterfaceMember(p);
    if (p.needSync) syncMember(p);
    if (p.pos === before) { p.errorHere(ParseCode.Unexpected, `unexpected ${p.describeCurrent()} in a ${what}`); p.next(); }
  }
  p.expectCloser(Tok.RBrace, open, what);
}

/** After an error in a member: skip to the next line that can start one, or the closing '}'. */
function syncMember(p: Parser): void {
  p.needSync = false;
  let depth = 0;
  for (;;) {
    const k = p.tok();
    if (k === Tok.EOF) return;
    if (depth === 0) {
      if (k === Tok.Semi) { p.next(); return; }
      if (k === Tok.RBrace) return;
      if (p.newlineBefore() && (startsPropertyName(k) || k === Tok.At)) return;
    }
    if (k === Tok.LBrace || k === Tok.LParen || k === Tok.LBracket) depth++;
    else if ((k === Tok.RBrace || k === Tok.RParen || k === Tok.RBracket) && depth > 0) depth--;
    p.next();
  }
}

function parseClassMember(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  if (p.eat(Tok.Semi)) return;
  parseDecorators(p);
  parseMemberModifiers(p, false);
  const w = p.kw.word;
  if (p.tok() === Tok.Static && p.peek(1) === Tok.LBrace) {
    const at = p.pos;
    p.next();
    parseBlock(p);
    p.finish(N.StaticBlock, at, firstNode, firstTok);
    return;
  }
  if (p.tok() === Tok.LBracket && isIndexSignature(p)) { parseIndexSignature(p, firstNode, firstTok); return; }
  if ((p.isWord(w.constructor) || (p.tok() === Tok.String && p.tv[p.pos] === w.constructor)) && (p.peek(1) === Tok.LParen || p.peek(1) === Tok.Lt)) {
    const at = p.pos;
    p.next();
    parseFunctionRest(p, false);
    p.finish(N.Constructor, at, firstNode, firstTok);
    return;
  }
  if ((p.isWord(w.get) || p.isWord(w.set)) && startsPropertyName(p.peek(1)) && !p.newlineBefore(1)) {
    const isGet = p.isWord(w.get);
    p.next();
    const name = parsePropertyName(p);
    parseFunctionRest(p, false);
    p.finish(isGet ? N.Getter : N.Setter, name, firstNode, firstTok);
    return;
  }
  let flags = 0;
  if (p.eat(Tok.Star)) flags |= NF.Generator;
  const name = parsePropertyName(p);
  if (p.eat(Tok.Question)) flags |= NF.Optional;
  if (p.tok() === Tok.LParen || p.tok() === Tok.Lt) {
    parseFunctionRest(p, false);
    p.finish(N.Method, name, firstNode, firstTok, flags);
    return;
  }
  if (p.tok() === Tok.Bang && !p.newlineBefore()) { p.next(); flags |= NF.Definite; }
  if (p.eat(Tok.Colon)) parseType(p);
  if (p.eat(Tok.Eq)) parseAssignment(p);
  p.semicolon("after the property declaration");
  p.finish(N.Property, name, firstNode, firstTok, flags);
}

function isIndexSignature(p: Parser): boolean {
  return (p.peek(1) === Tok.Ident || isIdentifierName(p.peek(1))) && p.peek(2) === Tok.Colon;
}

function parseIndexSignature(p: Parser, firstNode: number, firstTok: number): void {
  const open = p.pos;
  p.next();
  const param = p.count, name = p.pos;
  p.next();
  p.next(); // ':'
  parseType(p);
  p.finish(N.Param, name, param, name);
  p.expectCloser(Tok.RBracket, open, "index signature '[...]'");
  if (p.eat(Tok.Colon)) parseType(p);
  else p.errorHere(ParseCode.Expected, `expected ':' and the element type of the index signature, found ${p.describeCurrent()}`);
  memberSeparator(p);
  p.finish(N.IndexSignature, open, firstNode, firstTok);
}

/** ';' or ',' after an interface or type literal member, or a line break, or the closing '}'. */
function memberSeparator(p: Parser): void {
  if (p.tok() === Tok.Semi || p.tok() === Tok.Comma) { p.next(); return; }
  if (p.tok() === Tok.RBrace || p.newlineBefore()) return;
  p.errorHere(ParseCode.Expected, `expected ';' after the member, found ${p.describeCurrent()}`);
}

/** A member of an interface or type literal: property, method, call/construct/index signature, accessor. */
export function parseInterfaceMember(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  const w = p.kw.word;
  if (p.tok() === Tok.LParen || p.tok() === Tok.Lt) {
    const at = p.pos;
    if (p.tok() === Tok.Lt) parseTypeParams(p);
    parseParams(p);
    if (p.eat(Tok.Colon)) parseReturnType(p);
    memberSeparator(p);
    p.finish(N.CallSignature, at, firstNode, firstTok);
    return;
  }
  if (p.tok() === Tok.New && (p.peek(1) === Tok.LParen || p.peek(1) === Tok.Lt)) {
    const at = p.pos;
    p.next();
    if (p.tok() === Tok.Lt) parseTypeParams(p);
    parseParams(p);
    if (p.eat(Tok.Colon)) parseReturnType(p);
    memberSeparator(p);
    p.finish(N.ConstructSignature, at, firstNode, firstTok);
    return;
  }
  parseMemberModifiers(p, true);
  if (p.tok() === Tok.LBracket && isIndexSignature(p)) { parseIndexSignature(p, firstNode, firstTok); return; }
  if ((p.isWord(w.get) || p.isWord(w.set)) && startsPropertyName(p.peek(1)) && !p.newlineBefore(1)) {
    const isGet = p.isWord(w.get);
    p.next();
    const name = parsePropertyName(p);
    if (p.tok() === Tok.Lt) parseTypeParams(p);
    parseParams(p);
    if (p.eat(Tok.Colon)) parseReturnType(p);
    memberSeparator(p);
    p.finish(isGet ? N.Getter : N.Setter, name, firstNode, firstTok);
    return;
  }
  const name = parsePropertyName(p);
  let flags = 0;
  if (p.eat(Tok.Question)) flags |= NF.Optional;
  if (p.tok() === Tok.LParen || p.tok() === Tok.Lt) {
    if (p.tok() === Tok.Lt) parseTypeParams(p);
    parseParams(p);
    if (p.eat(Tok.Colon)) parseReturnType(p);
    memberSeparator(p);
    p.finish(N.Method, name, firstNode, firstTok, flags);
    return;
  }
  if (p.eat(Tok.Colon)) parseType(p);
  memberSeparator(p);
  p.finish(N.Property, name, firstNode, firstTok, flags);
}

/** `import ...` declarations in every form (at 'import', after any modifiers). */
function parseImport(p: Parser, firstNode: number, firstTok: number): void {
  const at = p.pos;
  const w = p.kw.word;
  p.next();
  let flags = 0;
  // `import type X from`, `import type { } from`, but `import type from "m"` names a default import "type".
  if (p.isWord(w.type) && (p.peek(1) === Tok.LBrace || p.peek(1) === Tok.Star || (p.peek(1) === Tok.Ident && !(p.value(1) === w.from && p.peek(2) === Tok.String)))) {
    p.next();
    flags = NF.TypeOnly;
  }
  if (p.tok() === Tok.String) {
    p.leaf(N.StringLit);
    p.semicolon("after the import");
    p.finish(N.ImportDecl, at, firstNode, firstTok, flags);
    return;
  }
  if (p.tok() === Tok.Ident && p.peek(1) === Tok.Eq) {
    // import x = require("m") / import x = A.B
    const name = p.pos;
    p.next(); p.next();
    if (p.isWord(w.require) && p.peek(1) === Tok.LParen) {
      p.next(); p.next();
      if (p.tok() === Tok.String) p.leaf(N.StringLit); else p.errorHere(ParseCode.Expected, `expected a module name string, found ${p.describeCurrent()}`);
      p.expect(Tok.RParen, "after the module name");
    } else parseCallChain(p, false);
    p.semicolon("after the import");
    p.finish(N.ImportEquals, name, firstNode, firstTok, flags);
    return;
  }
  let any = false;
  if (p.tok() === Tok.Ident && !(p.isWord(w.from) && p.peek(1) === Tok.String)) {
    p.leaf(N.Name);
    any = true;
    if (!p.eat(Tok.Comma)) { expectFrom(p); p.finish(N.ImportDecl, at, firstNode, firstTok, flags); return; }
  }
  if (p.tok() === Tok.Star) {
    const n = p.count, star = p.pos;
    p.next();
    if (p.isWord(w.as)) {
      p.next();
      if (p.tok() === Tok.Ident) p.leaf(N.Name); else p.errorHere(ParseCode.Expected, `expected a namespace name, found ${p.describeCurrent()}`);
    } else {
      p.errorHere(ParseCode.Expected, `expected 'as' and a name after 'import *' (import * as name from "..."), found ${p.describeCurrent()}`);
      // `import * from "m"`: the rest is sound, so go on without a resync.
      if (p.isWord(w.from) && p.peek(1) === Tok.String) p.needSync = false;
      else if (p.tok() === Tok.Ident) p.leaf(N.Name);
    }
    p.finish(N.NamespaceImport, star, n, star);
  } else if (p.tok() === Tok.LBrace) {
    parseSpecifiers(p, N.ImportSpecifier);
  } else if (!any) {
    p.errorHere(ParseCode.Expected, `expected a name, '{' or '*' after 'import', found ${p.describeCurrent()}`);
  }
  expectFrom(p);
  p.finish(N.ImportDecl, at, firstNode, firstTok, flags);
}

function expectFrom(p: Parser): void {
  if (p.isWord(p.kw.word.from)) p.next();
  else p.errorHere(ParseCode.Expected, `expected 'from' and a module name, found ${p.describeCurrent()}`);
  if (p.tok() === Tok.String) p.leaf(N.StringLit);
  else p.errorHere(ParseCode.Expected, `expected a module name string, found ${p.describeCurrent()}`);
  p.semicolon("after the module name");
}

/** `{ a, b as c, type d, "e" as f }` as ImportSpecifier or ExportSpecifier nodes. */
function parseSpecifiers(p: Parser, kind: N): void {
  const open = p.pos;
  const w = p.kw.word;
  p.next();
  while (p.tok() !== Tok.RBrace && p.tok() !== Tok.EOF) {
    const before = p.pos;
    const n = p.count, first = p.pos;
    let flags = 0;
    if (p.isWord(w.type) && (isIdentifierName(p.peek(1)) || p.peek(1) === Tok.String) && !(p.value(1) === w.as && !isIdentifierName(p.peek(2)))) {
      p.next();
      flags = NF.TypeOnly;
    }
    const name = p.pos;
    if (isIdentifierName(p.tok()) || p.tok() === Tok.String) p.next();
    else { p.errorHere(ParseCode.Expected, `expected a name, found ${p.describeCurrent()}`); break; }
    if (p.isWord(w.as)) {
      p.next();
      if (isIdentifierName(p.tok()) || p.tok() === Tok.String) p.leaf(N.Name);
      else p.errorHere(ParseCode.Expected, `expected a name after 'as', found ${p.describeCurrent()}`);
    }
    p.finish(kind, name, n, first, flags);
    if (p.tok() === Tok.Comma) { p.next(); continue; }
    if (p.tok() === Tok.RBrace) break;
    if (p.pos !== before && (isIdentifierName(p.tok()) || p.tok() === Tok.String)) {
      // `{ a b }`: a missing comma; the next name is still a specifier.
      p.errorHere(ParseCode.Expected, `expected ',' between the names, found ${p.describeCurrent()}`);
      p.needSync = false;
      continue;
    }
    break;
  }
  p.expectCloser(Tok.RBrace, open, "list '{...}'");
}

/** `export ...` in every form (at 'export', after decorators). */
export function parseExport(p: Parser, firstNode: number, firstTok: number): void {
  const w = p.kw.word;
  const exportTok = p.pos;
  const k1 = p.peek(1);
  if (k1 === Tok.Eq) { // export = x;
    p.next();
    const at = p.pos;
    p.next();
    parseExpression(p);
    p.semicolon("after the export");
    p.finish(N.ExportAssignment, at, firstNode, firstTok);
    return;
  }
  if (k1 === Tok.LBrace || k1 === Tok.Star || (k1 === Tok.Ident && p.value(1) === w.type && p.peek(2) === Tok.LBrace)) {
    p.next();
    let flags = 0;
    if (p.isWord(w.type)) { p.next(); flags = NF.TypeOnly; }
    if (p.tok() === Tok.Star) {
      const star = p.pos;
      p.next();
      if (p.isWord(w.as)) {
        p.next();
        if (isIdentifierName(p.tok()) || p.tok() === Tok.String) p.leaf(N.Name);
        else p.errorHere(ParseCode.Expected, `expected a name after 'as', found ${p.describeCurrent()}`);
      }
      expectFrom(p);
      p.finish(N.ExportAll, star, firstNode, firstTok, flags);
      return;
    }
    parseSpecifiers(p, N.ExportSpecifier);
    if (p.isWord(w.from)) expectFrom(p);
    else p.semicolon("after the export list");
    p.finish(N.ExportDecl, exportTok, firstNode, firstTok, flags);
    return;
  }
  if (k1 === Tok.Default) {
    p.modifier();
    const k2 = p.peek(1);
    const isDecl = k2 === Tok.Function || k2 === Tok.Class || k2 === Tok.Interface || k2 === Tok.At ||
      (k2 === Tok.Ident && p.value(1) === w.abstract && p.peek(2) === Tok.Class) ||
      (k2 === Tok.Ident && p.value(1) === w.async && p.peek(2) === Tok.Function && !p.newlineBefore(2));
    if (isDecl) {
      p.modifier();
      parseDecorators(p);
      parseDeclarationModifiers(p);
      parseDeclaration(p, firstNode, firstTok);
      return;
    }
    // export default expression; (the 'export' modifier leaf is dropped: the kind says it)
    p.count = firstNode;
    const at = p.pos;
    p.next();
    parseAssignment(p);
    p.semicolon("after the default export");
    p.finish(N.ExportAssignment, at, firstNode, firstTok);
    return;
  }
  if (k1 === Tok.Ident && p.value(1) === w.as && p.peek(2) === Tok.Ident && p.value(2) === w.namespace) {
    // export as namespace X; (UMD globals)
    p.next(); p.next();
    const at = p.pos;
    p.next();
    if (p.tok() === Tok.Ident) p.leaf(N.Name);
    p.semicolon("after the export");
    p.finish(N.ExportAssignment, at, firstNode, firstTok);
    return;
  }
  p.modifier();
  parseDecorators(p); // `export @dec class C {}`
  parseDeclarationModifiers(p);
  parseDeclaration(p, firstNode, firstTok);
}

/** `declare`, `abstract`, `async`, `const` (before enum) and `default`: Modifier leaves before a declaration keyword. */
export function parseDeclarationModifiers(p: Parser): void {
  const w = p.kw.word;
  for (;;) {
    if (p.tok() === Tok.Ident && !p.newlineBefore(1)) {
      const v = p.tv[p.pos];
      if ((v === w.declare || v === w.abstract || v === w.async) && startsDeclarationAfterModifier(p, 1)) { p.modifier(); continue; }
    }
    if (p.tok() === Tok.Const && p.peek(1) === Tok.Enum) { p.modifier(); continue; }
    if (p.tok() === Tok.Export) { p.modifier(); continue; }
    return;
  }
}

/** Whether the token `k` ahead starts a declaration that a modifier can precede. */
export function startsDeclarationAfterModifier(p: Parser, k: number): boolean {
  const t = p.peek(k);
  const w = p.kw.word;
  switch (t) {
    case Tok.Function: case Tok.Class: case Tok.Interface: case Tok.Enum: case Tok.Var: case Tok.Let: case Tok.Const:
    case Tok.Import: case Tok.Export:
      return true;
    case Tok.Ident: {
      const v = p.value(k);
      if (v === w.declare || v === w.abstract || v === w.async) return !p.newlineBefore(k + 1) && startsDeclarationAfterModifier(p, k + 1);
      if (v === w.type) return p.peek(k + 1) === Tok.Ident && !p.newlineBefore(k + 1);
      if (v === w.namespace || v === w.module) return (p.peek(k + 1) === Tok.Ident || p.peek(k + 1) === Tok.String) && !p.newlineBefore(k + 1);
      if (v === w.global) return p.peek(k + 1) === Tok.LBrace;
      return false;
    }
    default:
      return false;
  }
}
