// Statements and statement lists, with the recovery that keeps one mistake
// from becoming many: after an error a list skips to the next statement
// boundary, and a statement that consumed nothing is reported and skipped.
// Also the entry point for a whole file.
import { ParseCode } from "../diagnostics/codes.js";
import { parseDeclaration, parseDeclarationModifiers, parseDecorators, parseExport, parseVarDeclarators, startsDeclarationAfterModifier } from "./parse-declarations.js";
import { checkAssignmentTarget, parseAssignment, parseExpression, TargetOf } from "./parse-expressions.js";
import { parseType } from "./parse-types.js";
import { N, NF } from "./nodes.js";
import type { Parser } from "./parser.js";
import { describeTok, FIRST_KEYWORD, Tok } from "./tokens.js";

/** The whole file: statements, then the SourceFile node. */
export function parseSourceFile(p: Parser): void {
  parseStatementList(p, Tok.EOF);
  p.finish(N.SourceFile, p.pos, 0, 0);
  p.resolveLongSpans();
}

/** Statements up to `closer` (not consumed) or the end of the file. */
export function parseStatementList(p: Parser, closer: Tok): void {
  while (p.tok() !== closer && p.tok() !== Tok.EOF) {
    const before = p.pos;
    if (p.tok() === Tok.RBrace) { // only here when no block is open: `closer` is not '}'
      p.errorHere(ParseCode.Unexpected, `unexpected '}': no block is open here`);
      p.needSync = false;
      p.next();
      continue;
    }
    parseStatement(p);
    if (p.needSync) p.syncStatement();
    if (p.pos === before) {
      p.errorHere(ParseCode.Unexpected, `unexpected ${p.describeCurrent()}`);
      p.needSync = false;
      p.next();
    }
  }
}

/** `{ statements }` */
export function parseBlock(p: Parser): void {
  const firstNode = p.count, open = p.pos;
  if (!p.nest(firstNode, open)) return;
  p.next();
  parseStatementList(p, Tok.RBrace);
  p.expectCloser(Tok.RBrace, open, "block");
  p.finish(N.Block, open, firstNode, open);
  p.leave();
}

export function parseStatement(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  if (!p.enter()) { p.leave(); return; }
  const w = p.kw.word;
  switch (p.tok()) {
    case Tok.LBrace: parseBlock(p); break;
    case Tok.Semi: p.leaf(N.Empty); break;
    case Tok.Var: case Tok.Let: case Tok.Function: case Tok.Class: case Tok.Interface: case Tok.Enum:
      parseDeclaration(p, firstNode, firstTok);
      break;
    case Tok.Const:
      if (p.peek(1) === Tok.Enum) parseDeclarationModifiers(p);
      parseDeclaration(p, firstNode, firstTok);
      break;
    case Tok.Import:
      if (p.peek(1) === Tok.LParen || p.peek(1) === Tok.Dot) parseExpressionStatement(p);
      else parseDeclaration(p, firstNode, firstTok);
      break;
    case Tok.Export: parseExport(p, firstNode, firstTok); break;
    case Tok.At:
      parseDecorators(p);
      if (p.tok() === Tok.Export) parseExport(p, firstNode, firstTok);
      else { parseDeclarationModifiers(p); parseDeclaration(p, firstNode, firstTok); }
      break;
    case Tok.If: {
      p.next();
      parseCondition(p, "if");
      parseStatement(p);
      if (p.eat(Tok.Else)) parseStatement(p);
      p.finish(N.If, firstTok, firstNode, firstTok);
      break;
    }
    case Tok.While:
      p.next();
      parseCondition(p, "while");
      parseStatement(p);
      p.finish(N.While, firstTok, firstNode, firstTok);
      break;
    case Tok.Do:
      p.next();
      parseStatement(p);
      p.expect(Tok.While, "after the body of a 'do' loop");
      parseCondition(p, "do-while");
      p.eat(Tok.Semi); // the ';' after do-while is optional even on the same line
      p.finish(N.DoWhile, firstTok, firstNode, firstTok);
      break;
    case Tok.For: parseFor(p); break;
    case Tok.Break: case Tok.Continue: {
      const kind = p.tok() === Tok.Break ? N.Break : N.Continue;
      p.next();
      if (p.tok() === Tok.Ident && !p.newlineBefore()) p.leaf(N.Name);
      p.semicolon(kind === N.Break ? "after 'break'" : "after 'continue'");
      p.finish(kind, firstTok, firstNode, firstTok);
      break;
    }
    case Tok.Return:
      p.next();
      if (!p.canInsertSemicolon()) parseExpression(p);
      p.semicolon("after the return statement");
      p.finish(N.Return, firstTok, firstNode, firstTok);
      break;
    case Tok.Throw:
      p.next();
      if (p.newlineBefore()) p.errorHere(ParseCode.Expected, "expected an expression on the same line as 'throw'");
      else parseExpression(p);
      p.semicolon("after the throw statement");
      p.finish(N.Throw, firstTok, firstNode, firstTok);
      break;
    case Tok.Try: parseTry(p); break;
    case Tok.Switch: parseSwitch(p); break;
    case Tok.Debugger:
      p.next();
      p.semicolon("after 'debugger'");
      p.finish(N.Debugger, firstTok, firstNode, firstTok);
      break;
    case Tok.With:
      p.errorHere(ParseCode.Unexpected, "'with' statements are not allowed in modules");
      p.next();
      parseCondition(p, "with");
      parseStatement(p);
      p.finish(N.Error, firstTok, firstNode, firstTok);
      break;
    case Tok.Ident: {
      const v = p.tv[p.pos], k1 = p.peek(1);
      // A contextual word starts a declaration only before a name, a string or a keyword.
      if (k1 !== Tok.Colon && k1 !== Tok.Ident && k1 !== Tok.String && k1 < FIRST_KEYWORD) { parseExpressionStatement(p); break; }
      if (k1 === Tok.Colon) { // label
        p.next(); p.next();
        parseStatement(p);
        p.finish(N.Labeled, firstTok, firstNode, firstTok);
        break;
      }
      if ((v === w.type && p.peek(1) === Tok.Ident && !p.newlineBefore(1)) ||
        ((v === w.namespace || v === w.module) && (p.peek(1) === Tok.Ident || p.peek(1) === Tok.String) && !p.newlineBefore(1))) {
        parseDeclaration(p, firstNode, firstTok);
        break;
      }
      if ((v === w.declare || v === w.abstract || v === w.async) && !p.newlineBefore(1) && startsDeclarationAfterModifier(p, 1)) {
        parseDeclarationModifiers(p);
        if (p.tok() === Tok.Ident && p.tv[p.pos] === w.global) { parseDeclaration(p, firstNode, firstTok); break; }
        parseDeclaration(p, firstNode, firstTok);
        break;
      }
      parseExpressionStatement(p);
      break;
    }
    case Tok.Public: case Tok.Private: case Tok.Protected: case Tok.Static:
      p.errorHere(ParseCode.MisplacedModifier, `'${describeTok(p.tok()).slice(1, -1)}' can only modify a class member`);
      p.next();
      break;
    default:
      parseExpressionStatement(p);
  }
  p.leave();
}

function parseExpressionStatement(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  parseExpression(p);
  p.semicolon("after the expression");
  p.finish(N.ExprStmt, firstTok, firstNode, firstTok);
}

/** `( expression )` after if/while/switch. */
function parseCondition(p: Parser, what: string): void {
  const open = p.pos;
  // The messages are built only when needed: this runs for every if and loop.
  const opened = p.eat(Tok.LParen) || p.expect(Tok.LParen, `after '${what}'`);
  parseExpression(p);
  if (opened && !p.eat(Tok.RParen)) p.expectCloser(Tok.RParen, open, `condition of '${what}'`);
}

function parseFor(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  const w = p.kw.word;
  p.next();
  let flags = 0;
  if (p.isWord(w.await)) { p.next(); flags = NF.Await; }
  const open = p.pos;
  p.expect(Tok.LParen, "after 'for'");
  // init
  const initNode = p.count, initTok = p.pos;
  if (p.tok() === Tok.Var || p.tok() === Tok.Let || p.tok() === Tok.Const) {
    p.next();
    const noIn = p.noIn;
    p.noIn = true;
    parseVarDeclarators(p, true);
    p.noIn = noIn;
    p.finish(N.VarList, initTok, initNode, initTok, p.tk[initTok]);
  } else if (p.tok() === Tok.Semi) {
    p.finish(N.Omitted, p.pos, initNode, initTok);
  } else {
    const noIn = p.noIn;
    p.noIn = true;
    parseExpression(p);
    p.noIn = noIn;
  }
  if (p.isWord(w.of) || p.tok() === Tok.In) {
    const isOf = p.tok() !== Tok.In;
    if (p.kind[p.count - 1] !== N.VarList) checkAssignmentTarget(p, p.count - 1, true, isOf ? TargetOf.ForOf : TargetOf.ForIn);
    p.next();
    if (isOf) parseAssignment(p); else parseExpression(p);
    p.expectCloser(Tok.RParen, open, "'for' head");
    parseStatement(p);
    p.finish(isOf ? N.ForOf : N.ForIn, firstTok, firstNode, firstTok, flags);
    return;
  }
  p.expect(Tok.Semi, "after the loop's initializer");
  if (p.tok() === Tok.Semi) p.finish(N.Omitted, p.pos, p.count, p.pos); else parseExpression(p);
  p.expect(Tok.Semi, "after the loop's condition");
  if (p.tok() === Tok.RParen) p.finish(N.Omitted, p.pos, p.count, p.pos); else parseExpression(p);
  p.expectCloser(Tok.RParen, open, "'for' head");
  parseStatement(p);
  p.finish(N.For, firstTok, firstNode, firstTok);
}

function parseTry(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  p.next();
  if (p.tok() === Tok.LBrace) parseBlock(p); else p.errorHere(ParseCode.Expected, `expected '{' after 'try', found ${p.describeCurrent()}`);
  let flags = 0, hasCatch = false;
  if (p.tok() === Tok.Catch) {
    hasCatch = true;
    const n = p.count, at = p.pos;
    p.next();
    if (p.tok() === Tok.LParen) {
      const open = p.pos;
      p.next();
      const param = p.count, name = p.pos;
      if (p.tok() === Tok.Ident) p.next(); else p.errorHere(ParseCode.Expected, `expected the caught value's name, found ${p.describeCurrent()}`);
      if (p.eat(Tok.Colon)) parseType(p);
      p.finish(N.Param, name, param, name);
      p.expectCloser(Tok.RParen, open, "catch clause '(...)'");
    }
    if (p.tok() === Tok.LBrace) parseBlock(p); else p.errorHere(ParseCode.Expected, `expected '{' after 'catch', found ${p.describeCurrent()}`);
    p.finish(N.Catch, at, n, at);
  }
  if (p.tok() === Tok.Finally) {
    p.next();
    flags = NF.HasFinally;
    if (p.tok() === Tok.LBrace) parseBlock(p); else p.errorHere(ParseCode.Expected, `expected '{' after 'finally', found ${p.describeCurrent()}`);
  }
  if (!hasCatch && flags === 0) {
    p.errorHere(ParseCode.Expected, `expected 'catch' or 'finally' after the try block, found ${p.describeCurrent()}`);
  }
  p.finish(N.Try, firstTok, firstNode, firstTok, flags);
}

function parseSwitch(p: Parser): void {
  const firstNode = p.count, firstTok = p.pos;
  p.next();
  parseCondition(p, "switch");
  const open = p.pos;
  if (!p.expect(Tok.LBrace, "to start the switch body")) { p.finish(N.Switch, firstTok, firstNode, firstTok); return; }
  while (p.tok() !== Tok.RBrace && p.tok() !== Tok.EOF) {
    const n = p.count, at = p.pos;
    if (p.tok() === Tok.Case) { p.next(); parseExpression(p); }
    else if (p.tok() === Tok.Default) p.next();
    else {
      p.errorHere(ParseCode.Expected, `expected 'case', 'default' or '}' in the switch body, found ${p.describeCurrent()}`);
      p.syncStatement();
      if (p.tok() !== Tok.Case && p.tok() !== Tok.Default && p.tok() !== Tok.RBrace) { if (p.tok() === Tok.EOF) break; p.next(); }
      continue;
    }
    p.expect(Tok.Colon, p.tk[at] === Tok.Case ? "after the case expression" : "after the 'default'");
    while (p.tok() !== Tok.Case && p.tok() !== Tok.Default && p.tok() !== Tok.RBrace && p.tok() !== Tok.EOF) {
      const before = p.pos;
      parseStatement(p);
      if (p.needSync) p.syncStatement();
      if (p.pos === before) { p.errorHere(ParseCode.Unexpected, `unexpected ${p.describeCurrent()}`); p.needSync = false; p.next(); }
    }
    p.finish(N.Case, at, n, at, p.tk[at]);
  }
  p.expectCloser(Tok.RBrace, open, "switch body");
  p.finish(N.Switch, firstTok, firstNode, firstTok);
}
