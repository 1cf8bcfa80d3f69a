// Checking a function body (or a module's top-level code, or one standalone
// expression such as a default value): scopes and locals, statements,
// labels, definite returns and return-type inference. Expressions are in
// check-expr.ts. Writes only the function's own FunctionFacts; reads other
// functions through the queries of db.ts, never their tables.
import type { NodeId, Span, StringId, TypeId } from "../base/ids.js";
import { NameCode, TypeCode } from "../diagnostics/codes.js";
import type { Diagnostics } from "../diagnostics/diagnostics.js";
import { N, annotationOf, elseOf, firstChildOf, initializerOf, type ParseTree, type SubtreeStack } from "../parse/nodes.js";
import { Tok } from "../parse/tokens.js";
import { symbolOf, type Module, type SymbolId } from "../program/program.js";
import { declOf } from "../program/resolve.js";
import { ERROR_TYPE, T, convertsImplicitly, isIntegral, isNumeric } from "../types/types.js";
import type { CheckDb } from "./db.js";
import { checkExpr, isNonCompletingCall } from "./check-expr.js";
import { FunctionFacts, Ref } from "./facts.js";
import { convert as convertConst, type Value } from "./values.js";
import { keepShape } from "../base/keep-shape.js";
import { decodeWtf8 } from "../base/utf8.js";

const enum Target { Loop, Switch, Labeled }

export class FnChecker {
  readonly t: ParseTree;
  readonly tv: Int32Array;
  /** Statement lists and other children, walked in source order without an array per node (shared: see CheckDb). */
  readonly sub: SubtreeStack;
  // Block scopes: a stack of (name, local) pairs, the first `scopeTop` of
  // each array live; `marks` says where each scope begins. Leaving a scope
  // lowers scopeTop: shortening an array through its length is a call into
  // the runtime even in optimized code (1.5 ms of a cold 100k-line build).
  private readonly scopeNames: number[] = [];
  private readonly scopeLocals: number[] = [];
  private scopeTop = 0;
  private readonly marks: number[] = [];
  // Break/continue targets, innermost last. One stack of int rows for all of
  // a thread's checkers and emitters instead of these arrays (no first push
  // that allocates, per function) was no faster: 294.7 against 292.3 ms (21
  // alternating 100k builds).
  private readonly targetKind: Target[] = [];
  private readonly targetLabel: number[] = [];
  private readonly targetBroken: boolean[] = [];
  /** Inferring the result from `return`s (no annotation); `inferred` is the first one's type. */
  inferring = false;
  inferred: TypeId | undefined = undefined;
  /**
   * Whether the context that reaches a literal comes from a cast, through
   * operators that pass their own context on: a literal that does not fit it
   * then takes its own type instead of being an error, as in AssemblyScript
   * (`<u8>300`, `<i32>1.5`). Set by cast(); cleared wherever an operand gets
   * a context of its own (binaryOperator(), comma()).
   */
  softContext = false;
  /**
   * The operand of a binary operator last set to be checked (-1: none yet):
   * a conditional there takes its context from the operator, which mixes no
   * integer with a float, so it does not convert an integer branch to a
   * float context as a conditional where a value is assigned does
   * (conditional() in check-expr.ts).
   */
  operand = -1;

  constructor(readonly db: CheckDb, readonly m: Module, readonly f: FunctionFacts, public diags: Diagnostics) {
    this.t = m.parsed.tree;
    this.sub = db.subtrees;
    this.tv = this.t.tokValue;
    keepShape(this);
  }

  get pool() { return this.db.p.pool; }
  span(n: number): Span { return this.t.span[n]! as Span; }
  text(id: number): string { return this.pool.text(id as StringId); }
  /** The identifier text of node `n`'s token. */
  nameOf(n: number): StringId { return this.tv[n]! as StringId; }

  error(code: number, n: number, message: string): void { this.diags.error(code, this.span(n), message); }

  /** Node `n`'s source text, as written. */
  source(n: number): string {
    const spans = this.db.p.spans, span = this.span(n), at = spans.start(span) - this.m.parsed.base;
    return decodeWtf8(this.m.parsed.src, at, at + spans.length(span));
  }

  /**
   * The conversion of node `n`'s value to the type named `to`, for a message:
   * `f64(j)`, `f64(a * b)`; `f64(x)` for an operand too long or on several lines to quote.
   */
  conversionOf(to: string, n: number): string {
    let x = n;
    while (this.t.kind[x] === N.Paren) x--;
    const text = this.source(x);
    return `${to}(${text.length <= 40 && !/[\r\n]/.test(text) ? text : "x"})`;
  }

  setType(n: number, ty: TypeId): TypeId { this.f.type[n - this.f.first] = ty; return ty; }

  /** Converts node `n`'s value to `to` where it is used, or reports why it cannot. */
  coerce(n: number, to: TypeId, context: string): void {
    if (!this.converts(n, to)) this.mismatch(n, to, context);
  }

  /**
   * Whether node `n`'s value can be used as a `to` (recording the implicit
   * conversion, if one is needed). False means the caller reports it with
   * mismatch(): callers whose context message costs a string to build check
   * this first, so that the message is built only for an error.
   */
  converts(n: number, to: TypeId): boolean {
    const from = this.f.typeOf(n as NodeId);
    if (from === to || from === ERROR_TYPE || to === ERROR_TYPE) return true;
    if (convertsImplicitly(from, to)) { this.f.conv[n - this.f.first] = to; return true; }
    return false;
  }

  /** Reports that node `n`'s value cannot be used as a `to` (see converts). */
  mismatch(n: number, to: TypeId, context: string): void {
    const from = this.f.typeOf(n as NodeId);
    const a = this.db.name(from), b = this.db.name(to);
    const hint = from === T.void ? `${context} has no value (it is void)` : `${context}: expected ${b}, found ${a}; convert it explicitly, e.g. ${this.conversionOf(b, n)}`;
    this.error(from === T.void ? TypeCode.VoidValue : TypeCode.Mismatch, n, from === T.void ? hint : `type mismatch ${hint}`);
  }

  // ----- scopes

  pushScope(): void { this.marks.push(this.scopeTop); }
  popScope(): void { this.scopeTop = this.marks.pop()!; }

  declareLocal(name: StringId, ty: TypeId, isConst: boolean, at: number): number {
    const mark = this.marks[this.marks.length - 1] ?? 0;
    for (let i = this.scopeTop - 1; i >= mark; i--) {
      if (this.scopeNames[i] === name) { this.error(NameCode.DuplicateDeclaration, at, `'${this.text(name)}' is already declared in this block`); break; }
    }
    const index = this.f.localTypes.length;
    this.f.localTypes.push(ty);
    this.scopeNames[this.scopeTop] = name;
    this.scopeLocals[this.scopeTop] = index;
    this.scopeTop++;
    if (isConst) (this.constLocals ??= new Set()).add(index);
    return index;
  }

  /** The local named `name` in scope (block scopes, then the function's `var`s), or -1. */
  findLocal(name: number): number {
    for (let i = this.scopeTop - 1; i >= 0; i--) if (this.scopeNames[i] === name) return this.scopeLocals[i]!;
    return this.varLocals?.get(name) ?? -1;
  }
  isConstLocal(local: number): boolean { return this.constLocals?.has(local) ?? false; }

  // Both made at their first entry: most functions have no `var` and no
  // local const, and a name that is not a local (a global, a function)
  // would otherwise be looked up in an empty map.
  /** `var`s belong to the whole function (keys are interned names). */
  private varLocals: Map<number, number> | undefined = undefined;
  /** The locals declared `const`. */
  private constLocals: Set<number> | undefined = undefined;

  /** A `var`: one local for the function, however often it is declared. */
  declareVar(name: StringId, ty: TypeId): number {
    const known = this.varLocals?.get(name);
    if (known !== undefined) return known;
    const index = this.f.localTypes.length;
    this.f.localTypes.push(ty);
    (this.varLocals ??= new Map()).set(name, index);
    return index;
  }

  // ----- statements: each returns whether its end can be reached

  statements(first: number, last: number): boolean {
    let completes = true;
    const sub = this.sub, mark = sub.push(this.t, first, last), end = sub.top;
    for (let i = mark; i < end; i++) if (!this.statement(sub.at(i))) completes = false;
    sub.pop(mark);
    return completes;
  }

  statement(n: number): boolean {
    const t = this.t;
    switch (t.kind[n]! as N) {
      case N.Block: {
        this.pushScope();
        const c = this.statements(n - t.size[n]! + 1, n - 1);
        this.popScope();
        return c;
      }
      case N.ExprStmt: {
        checkExpr(this, n - 1, undefined);
        return !isNonCompletingCall(this, n - 1);
      }
      case N.VarStatement: this.varStatement(n); return true;
      case N.If: {
        const otherwise = elseOf(t, n);
        const then = otherwise === -1 ? n - 1 : otherwise - t.size[otherwise]!, cond = then - t.size[then]!;
        this.condition(cond);
        const thenC = this.scoped(then);
        const elseC = otherwise !== -1 ? this.scoped(otherwise) : true;
        return thenC || elseC;
      }
      case N.While: case N.DoWhile: return this.whileStatement(n, 0);
      case N.For: return this.forStatement(n, 0);
      case N.Labeled: {
        const body = n - 1;
        const label = this.nameOf(n);
        const k = t.kind[body]! as N;
        // A label on a loop names the loop (`continue label` works); on anything else, a block.
        if (k === N.For) return this.forStatement(body, label);
        if (k === N.While || k === N.DoWhile) return this.whileStatement(body, label);
        this.pushTarget(Target.Labeled, label);
        const c = this.scoped(body);
        return this.popTarget() || c;
      }
      case N.Break: case N.Continue: this.jump(n); return false;
      case N.Return: this.returnStatement(n); return false;
      case N.Switch: return this.switchStatement(n);
      case N.Empty: return true;
      case N.FunctionDecl: case N.ClassDecl: case N.InterfaceDecl: case N.EnumDecl: case N.TypeAlias:
        this.error(NameCode.Unsupported, n, "declarations inside a function are not supported: move it to the top level");
        return true;
      case N.Error: return true; // the parser reported it: no second error
      default:
        this.error(NameCode.Unsupported, n, `this statement is not supported at level 0 (${N[t.kind[n]!]})`);
        return true;
    }
  }

  /** A statement in its own scope (an if branch or loop body that declares is a block anyway). */
  private scoped(n: number): boolean {
    this.pushScope();
    const c = this.statement(n);
    this.popScope();
    return c;
  }


  condition(n: number): void {
    const ty = checkExpr(this, n, undefined);
    if (ty !== ERROR_TYPE && ty !== T.bool && !isNumeric(ty)) this.error(TypeCode.Mismatch, n, `a condition must be a bool or a number, found ${this.db.name(ty)}`);
  }

  private isConstTrue(n: number): boolean {
    const v = this.f.constOf(n as NodeId);
    return v !== undefined && Number(v) !== 0;
  }

  /** `while` or `do ... while`; its end is reached unless its condition is constant true and nothing breaks out. */
  private whileStatement(n: number, label: number): boolean {
    const isDo = this.t.kind[n] === N.DoWhile;
    const b = n - 1, a = b - this.t.size[b]!;
    const cond = isDo ? b : a;
    if (!isDo) this.condition(cond);
    this.pushTarget(Target.Loop, label);
    this.scoped(isDo ? a : b);
    const broken = this.popTarget();
    if (isDo) this.condition(cond);
    return broken || !this.isConstTrue(cond);
  }

  private forStatement(n: number, label: number): boolean {
    const t = this.t;
    const body = n - 1, update = body - t.size[body]!, cond = update - t.size[update]!, init = cond - t.size[cond]!;
    this.pushScope();
    const k = this.t.kind[init]! as N;
    if (k === N.VarList) this.varStatement(init);
    else if (k !== N.Omitted) checkExpr(this, init, undefined);
    const hasCond = this.t.kind[cond] !== N.Omitted;
    if (hasCond) this.condition(cond);
    if (this.t.kind[update] !== N.Omitted) checkExpr(this, update, undefined);
    this.pushTarget(Target.Loop, label);
    this.scoped(body);
    const broken = this.popTarget();
    this.popScope();
    return broken || (hasCond && !this.isConstTrue(cond));
  }

  private pushTarget(kind: Target, label: number): void {
    this.targetKind.push(kind); this.targetLabel.push(label); this.targetBroken.push(false);
  }

  /** Pops a target; true if a break left it. */
  private popTarget(): boolean {
    this.targetKind.pop(); this.targetLabel.pop();
    return this.targetBroken.pop()!;
  }

  private jump(n: number): void {
    const isBreak = this.t.kind[n] === N.Break;
    const what = isBreak ? "break" : "continue";
    const hasLabel = this.t.size[n]! > 1;
    if (hasLabel) {
      const label = this.nameOf(n - 1);
      for (let i = this.targetKind.length - 1; i >= 0; i--) {
        if (this.targetLabel[i] !== label) continue;
        if (!isBreak && this.targetKind[i] !== Target.Loop) { this.error(NameCode.JumpOutside, n, `'continue ${this.text(label)}': the label does not name a loop`); return; }
        if (isBreak) this.targetBroken[i] = true;
        return;
      }
      this.error(NameCode.UnknownLabel, n - 1, `no enclosing statement is labelled '${this.text(label)}'`);
      return;
    }
    for (let i = this.targetKind.length - 1; i >= 0; i--) {
      const k = this.targetKind[i]!;
      if (k === Target.Loop || (isBreak && k === Target.Switch)) { if (isBreak) this.targetBroken[i] = true; return; }
    }
    this.error(NameCode.JumpOutside, n, `'${what}' outside a loop${isBreak ? " or switch" : ""}`);
  }

  private switchStatement(n: number): boolean {
    const sub = this.sub, mark = sub.pushChildren(this.t, n), end = sub.top;
    const disc = sub.at(mark);
    const dt = checkExpr(this, disc, undefined);
    if (dt !== ERROR_TYPE && !isIntegral(dt) && !isNumeric(dt)) this.error(TypeCode.Mismatch, disc, `a switch needs a number or bool, found ${this.db.name(dt)}`);
    this.pushTarget(Target.Switch, 0);
    this.pushScope();
    let hasDefault = false, lastCompletes = true;
    for (let i = mark + 1; i < end; i++) {
      const c = sub.at(i);
      const isDefault = this.t.flags[c] === Tok.Default;
      const first = c - this.t.size[c]! + 1;
      let stmtFirst = first;
      if (!isDefault) {
        const e = firstChildOf(this.t, c); // the case's expression
        checkExpr(this, e, dt === ERROR_TYPE ? undefined : dt);
        this.coerce(e, dt, "in this case");
        stmtFirst = e + 1;
      } else hasDefault = true;
      lastCompletes = stmtFirst <= c - 1 ? this.statements(stmtFirst, c - 1) : true;
    }
    sub.pop(mark);
    this.popScope();
    const broken = this.popTarget();
    return !hasDefault || broken || lastCompletes;
  }

  private returnStatement(n: number): void {
    const hasValue = this.t.size[n]! > 1;
    if (this.f.symbol === -1) { this.error(NameCode.JumpOutside, n, "'return' outside a function"); return; }
    if (this.inferring) {
      if (!hasValue) {
        if (this.inferred === undefined) this.inferred = T.void;
        else if (this.inferred !== T.void) this.error(TypeCode.Mismatch, n, `this function returns ${this.db.name(this.inferred)} elsewhere: return a value here too`);
        return;
      }
      const ty = checkExpr(this, n - 1, this.inferred === T.void ? undefined : this.inferred);
      if (this.inferred === undefined) { this.inferred = ty; if (ty === T.void) this.error(TypeCode.VoidValue, n - 1, "returning a void value"); }
      else this.coerce(n - 1, this.inferred, "in this return");
      return;
    }
    const result = this.f.result;
    if (!hasValue) {
      if (result !== T.void && result !== ERROR_TYPE) this.error(TypeCode.Mismatch, n, `this function returns ${this.db.name(result)}: 'return' needs a value`);
      return;
    }
    if (result === T.void) {
      checkExpr(this, n - 1, undefined);
      this.error(TypeCode.Mismatch, n - 1, "this function returns void: 'return' cannot have a value here");
      return;
    }
    checkExpr(this, n - 1, result);
    this.coerce(n - 1, result, "in this return");
  }

  /** let/const/var inside a function (or a for head). */
  varStatement(n: number): void {
    const t = this.t;
    const isConst = t.flags[n] === Tok.Const, isVar = t.flags[n] === Tok.Var;
    const sub = this.sub, mark = sub.pushChildren(t, n), end = sub.top;
    for (let i = mark; i < end; i++) {
      const d = sub.at(i);
      if (t.kind[d] !== N.VarDecl) {
        if (t.kind[d] === N.Modifier) this.error(NameCode.Unsupported, d, "modifiers are not allowed on a local variable");
        continue;
      }
      const name = this.nameOf(d);
      if (t.size[d]! > 1 && t.kind[d - t.size[d]! + 1] === N.BindingPattern) { this.error(NameCode.Unsupported, d, "destructuring is not supported"); continue; }
      const typeNode = annotationOf(t, d), init = initializerOf(t, d);
      let ty: TypeId | undefined = typeNode !== -1 ? this.db.typeOfNode(this.m, typeNode as NodeId) : undefined;
      if (init !== -1) {
        const it = checkExpr(this, init, ty);
        if (ty === undefined) {
          ty = it;
          if (it === T.void) { this.error(TypeCode.VoidValue, init, `'${this.text(name)}' cannot hold a void value`); ty = ERROR_TYPE; }
        } else if (!this.converts(init, ty)) this.mismatch(init, ty, `in the value of '${this.text(name)}'`);
      } else {
        if (isConst) this.error(TypeCode.ConstWithoutValue, d, `const '${this.text(name)}' needs a value`);
        if (ty === undefined) { this.error(TypeCode.UnknownType, d, `'${this.text(name)}' needs a type or a value, e.g. 'let ${this.text(name)}: i32 = 0'`); ty = ERROR_TYPE; }
      }
      const local = isVar ? this.declareVar(name, ty) : this.declareLocal(name, ty, isConst, d);
      this.f.refKind[d - this.f.first] = Ref.Local;
      this.f.ref[d - this.f.first] = local;
      this.setType(d, ty);
    }
    sub.pop(mark);
  }

  /** A top-level let/const/var: its globals' initializers that are not constants run at start. */
  topLevelVars(n: number): void {
    const sub = this.sub, mark = sub.pushChildren(this.t, n), end = sub.top;
    for (let i = mark; i < end; i++) {
      const d = sub.at(i);
      if (this.t.kind[d] !== N.VarDecl) continue;
      const decl = this.m.byName.get(this.nameOf(d));
      if (decl === undefined || this.m.decls.cols.node[decl] !== d) continue; // a duplicate, reported
      const sym = symbolOf(this.m.id, decl);
      const ty = this.db.globalTypeOf(sym, this.span(d));
      this.setType(d, ty);
      if (this.db.globalValueOf(sym) !== undefined) continue; // a constant: in the global's initializer
      const init = initializerOf(this.t, d);
      if (init === -1) continue;
      // The initializer was checked (and its errors reported) when the global's type was asked.
      const loud = this.diags;
      this.diags = this.db.quiet;
      checkExpr(this, init, ty);
      this.coerce(init, ty, "");
      this.diags = loud;
      this.f.refKind[d - this.f.first] = Ref.Global;
      this.f.ref[d - this.f.first] = sym;
    }
    sub.pop(mark);
  }
}

export function checkFunctionBody(db: CheckDb, sym: SymbolId): FunctionFacts {
  const { module: m, decl } = declOf(db.p, sym);
  const t = m.parsed.tree;
  const node = m.decls.cols.node[decl]! as NodeId;
  const sig = db.sig(sym);
  const first = node - t.size[node]! + 1;
  const f = new FunctionFacts(m, sym, node, first, sig.params.length, sig.declaredResult ?? ERROR_TYPE);
  const c = new FnChecker(db, m, f, db.diags);
  c.pushScope();
  c.inferring = sig.declaredResult === undefined;
  let pi = 0;
  const mark = c.sub.pushChildren(t, node), end = c.sub.top;
  for (let i = mark; i < end; i++) {
    const k = c.sub.at(i);
    if (t.kind[k] !== N.Param) continue;
    const dyn = sig.dynamicDefaults?.[pi] ?? -1;
    const ty = sig.params[pi++] ?? ERROR_TYPE;
    if (dyn !== -1) {
      // A default computed by the callee sees the parameters before it.
      checkExpr(c, dyn, ty === ERROR_TYPE ? undefined : ty);
      c.coerce(dyn, ty, "in this default value");
    }
    const local = c.declareLocal(c.nameOf(k), ty, false, k);
    f.refKind[k - first] = Ref.Local;
    f.ref[k - first] = local;
  }
  c.sub.pop(mark);
  const body = node - 1;
  if (t.kind[body] !== N.Block) return f; // a host function: no body
  c.pushScope();
  const completes = c.statements(body - t.size[body]! + 1, body - 1);
  c.popScope();
  f.bodyCompletes = completes;
  if (c.inferring) f.result = c.inferred ?? T.void;
  if (completes && f.result !== T.void && f.result !== ERROR_TYPE && !hasSyntaxError(t, body)) {
    const name = db.p.pool.text(m.decls.cols.name[decl]! as StringId);
    db.diags.error(TypeCode.MissingReturn, t.span[body]! as Span, `function '${name}' returns ${db.name(f.result)}, but its end can be reached without a 'return'`);
  }
  return f;
}

/** The top-level statements of module `m` (undefined when it has none). */
export function checkModuleTopLevel(db: CheckDb, m: Module): FunctionFacts | undefined {
  if (m.topLevel.length === 0) return undefined;
  const t = m.parsed.tree;
  const root = (t.count - 1) as NodeId;
  const f = new FunctionFacts(m, -1, root, 0, 0, T.void);
  const c = new FnChecker(db, m, f, db.diags);
  c.pushScope();
  for (const s of m.topLevel) {
    if (t.kind[s] === N.VarStatement) c.topLevelVars(s);
    else c.statement(s);
  }
  return f;
}

/**
 * One expression outside any function (a global's initializer, a default
 * value), checked against `expected`: its type, and its value when constant.
 */
export function checkStandalone(db: CheckDb, m: Module, node: NodeId, expected: TypeId | undefined, diags: Diagnostics): { type: TypeId; value: Value | undefined } {
  const t = m.parsed.tree;
  const f = new FunctionFacts(m, -1, node, node - t.size[node]! + 1, 0, T.void);
  const c = new FnChecker(db, m, f, diags);
  c.pushScope();
  const ty = checkExpr(c, node, expected);
  if (expected !== undefined) c.coerce(node, expected, "in this value");
  let value = f.constOf(node);
  if (value !== undefined && expected !== undefined && ty !== expected && ty !== ERROR_TYPE) value = convertConst(value, ty, expected);
  // Only the type and the value outlive this check: where the expression is
  // emitted (a global's start code, a default in its function's body), it is
  // checked again with the code around it.
  f.release();
  return { type: ty, value };
}

/**
 * Whether the subtree at `root` holds a node the parser made for a syntax
 * error. A body cut short by one (the parser stops a file at nesting too deep
 * to trust) may have lost its 'return': a missing return there would be a
 * second report of the same mistake. Only run on the way to that report.
 */
function hasSyntaxError(t: ParseTree, root: number): boolean {
  for (let k = root - t.size[root]! + 1; k < root; k++) if (t.kind[k] === N.Error) return true;
  return false;
}
