// Lowering one checked function to wasm code with relocations: statements
// to structured control flow, expressions to stack code in each type's wasm
// form (small integers wrapped to their width after every operation that
// can leave it, floats converted to integers with saturation), and built-ins
// to instructions. Reads the function's facts and the tree; writes only its
// own FunctionCode. Constants folded by the checker become single `const`s.
import { ByteArena } from "../base/byte-arena.js";
import type { NodeId, Span, StringId, TypeId } from "../base/ids.js";
import { Builtin, MATH_F32, MathFn } from "../check/builtins.js";
import { COMPOUND } from "../check/check-expr.js";
import type { CheckDb } from "../check/db.js";
import { Ref, type FunctionFacts } from "../check/facts.js";
import { convert, type Value } from "../check/values.js";
import { elseOf, firstChildOf, initializerOf, N, SubtreeStack, type ParseTree } from "../parse/nodes.js";
import { Tok } from "../parse/tokens.js";
import { ByteWriter } from "../wasm/byte-writer.js";
import { BLOCK_EMPTY, ValType } from "../wasm/format.js";
import { Op, OpFC } from "../wasm/opcodes.js";
import { ERROR_TYPE, Prim, T, bitsOf, isFloat, isSigned, isSmallInt, primOf, slotValType, valTypeOf } from "../types/types.js";
import { RelocKind, SpecialFunction, SpecialGlobal, type FunctionCode } from "./code.js";
import { lowerArith, lowerCompare, opsOf } from "./ops.js";
import { keepShape } from "../base/keep-shape.js";

const enum Target { Loop, Switch, Labeled }

/** The instruction of each MathFn but pow, by float type. */
const MATH_F64_OPS = [Op.F64Sqrt, Op.F64Abs, Op.F64Floor, Op.F64Ceil, Op.F64Trunc, Op.F64Nearest, Op.F64Min, Op.F64Max, Op.F64Copysign];
const MATH_F32_OPS = [Op.F32Sqrt, Op.F32Abs, Op.F32Floor, Op.F32Ceil, Op.F32Trunc, Op.F32Nearest, Op.F32Min, Op.F32Max, Op.F32Copysign];

/** Where a source position is, for abort's arguments. */
export interface Locator {
  /** The interned name of the function's file. */
  readonly file: StringId;
  lineCol(span: Span): { line: number; column: number };
}

/** Functions of the runtime library the emitter calls (integer `**`, float `%`). */
export interface RuntimeFunctions {
  ipow32: number; upow32: number; ipow64: number; upow64: number; fmod32: number; fmod64: number;
}

/**
 * The code writer of the last function emitted on this thread, kept for the
 * next one: its buffer has already grown to the largest function so far, and
 * a new one is an off-heap buffer (about half a microsecond, then its growth
 * copies). Taken while a function is emitted, so a nested emission would get
 * a writer of its own.
 */
let spareWriter: ByteWriter | undefined;

/** This thread's arena for emitted code and relocations. */
const codeTables = new ByteArena();

/**
 * The binary operators of the left-deep chain FunctionEmitter.binary is
 * emitting, waiting for their left operand; shared by nested chains, each
 * above the entries of the chain it is part of.
 */
const chain: number[] = [];
/** Binary nodes emitted by recursion, nested; past SHALLOW of them, binary() loops. */
let nesting = 0;
const SHALLOW = 64;
/** The locals of the chain's `&&` and `||` on other types than bool (see beforeLeft), innermost last. */
const chainLocals: number[] = [];

export class FunctionEmitter {
  readonly w: ByteWriter;
  private readonly relocs: number[] = [];
  private readonly t: ParseTree;
  private readonly localTypes: TypeId[];
  private depth = 0;
  private readonly targetKind: Target[] = [];
  private readonly targetLabel: number[] = [];
  private readonly breakDepth: number[] = [];
  private readonly continueDepth: number[] = [];
  /** Free scratch locals by wasm value type; made at the first one (few functions need any). */
  private scratch: Map<number, number[]> | undefined = undefined;
  /**
   * How many constructs the emitter met that the checker should have
   * rejected (a name that is no value, an unknown operator or callee): each
   * becomes a trap, and the link refuses code that has any, since a program
   * without errors never should.
   */
  unchecked = 0;

  constructor(private readonly db: CheckDb, private readonly f: FunctionFacts, private readonly where: Locator, private readonly rt: RuntimeFunctions) {
    this.t = f.module.parsed.tree;
    this.localTypes = f.localTypes.slice();
    this.w = spareWriter ?? new ByteWriter(1024);
    spareWriter = undefined;
    this.w.length = 0;
    keepShape(this);
  }

  /** A module's top-level code: its statements (it has no parameters). */
  emitTopLevel(statements: readonly number[]): FunctionCode {
    for (let i = 0; i < statements.length; i++) this.statement(statements[i]!);
    return this.finish([]);
  }

  /** A function's code: the statements of its body, node `body` (nothing unless a Block). */
  emitBody(body: number, params: readonly TypeId[]): FunctionCode {
    this.prologue(params);
    if (this.t.kind[body] === N.Block) this.statements(body - this.t.size[body]! + 1, body - 1);
    return this.finish(params);
  }

  /** What runs before the body: parameters brought to their width, and dynamic defaults. */
  private prologue(params: readonly TypeId[]): void {
    // A caller from outside (JavaScript) can pass any 32 bits: bring small integers to their width.
    for (let k = 0; k < params.length; k++) {
      if (!isSmallInt(params[k]!)) continue;
      this.localGet(k);
      this.wrapSmall(params[k]!);
      this.localSet(k);
    }
    const dyn = this.f.symbol !== -1 ? this.db.sig(this.f.symbol).dynamicDefaults : undefined;
    if (dyn !== undefined) {
      // if (argumentCount <= k) param_k = its default, in parameter order.
      for (let k = 0; k < dyn.length; k++) {
        if (dyn[k] === -1) continue;
        this.op(Op.GlobalGet);
        this.reloc(RelocKind.Global, SpecialGlobal.ArgumentCount);
        this.constant(k, T.i32);
        this.op(Op.I32LeU);
        this.block(Op.If);
        this.expr(dyn[k]!);
        this.localSet(k);
        this.end();
      }
      // A later call from JavaScript passes every argument and sets nothing: say so.
      this.constant(dyn.length, T.i32);
      this.op(Op.GlobalSet);
      this.reloc(RelocKind.Global, SpecialGlobal.ArgumentCount);
    }
  }

  /** Ends the code, puts the local declarations before it and moves code and relocations into the link's slabs. */
  private finish(params: readonly TypeId[]): FunctionCode {
    if (this.f.result !== T.void && this.f.result !== ERROR_TYPE) this.w.u8(Op.Unreachable);
    this.w.u8(Op.End);
    // Local declarations go before the code: runs of equal types. They are
    // written after it in the same writer, then the two swap places in `body`.
    const runs: number[] = []; // (count, value type) pairs
    for (let i = params.length; i < this.localTypes.length; i++) {
      const vt = slotValType(this.localTypes[i]!);
      if (runs.length > 0 && runs[runs.length - 1] === vt) runs[runs.length - 2]!++;
      else runs.push(1, vt);
    }
    const w = this.w, codeLength = w.length;
    w.u32(runs.length / 2);
    for (let i = 0; i < runs.length; i += 2) { w.u32(runs[i]!); w.u8(runs[i + 1]!); }
    const headLength = w.length - codeLength;
    // Code and relocations live until the link, so they share slabs.
    codeTables.take(w.length + this.relocs.length * 4);
    const buf = codeTables.buffer, at = codeTables.offset;
    const relocs = new Int32Array(buf, at, this.relocs.length);
    const body = new Uint8Array(buf, at + this.relocs.length * 4, w.length);
    body.set(w.bytes.subarray(codeLength, w.length));
    body.set(w.bytes.subarray(0, codeLength), headLength);
    spareWriter = w;
    for (let i = 0; i < this.relocs.length; i += 3) {
      relocs[i] = this.relocs[i]! + headLength;
      relocs[i + 1] = this.relocs[i + 1]!;
      relocs[i + 2] = this.relocs[i + 2]!;
    }
    return { body, relocs, params, result: this.f.result };
  }

  // ----- helpers

  private i(n: number): number { return n - this.f.first; }
  private op(o: Op): void { this.w.u8(o); }
  private reloc(kind: RelocKind, target: number): void {
    const at = this.w.paddedU32(0);
    this.relocs.push(at, kind, target);
  }
  private call(target: number): void { this.op(Op.Call); this.reloc(RelocKind.Function, target); }
  private localGet(l: number): void { this.op(Op.LocalGet); this.w.u32(l); }
  private localSet(l: number): void { this.op(Op.LocalSet); this.w.u32(l); }
  private localTee(l: number): void { this.op(Op.LocalTee); this.w.u32(l); }

  private takeScratch(t: TypeId): number {
    const vt = slotValType(t);
    const free = this.scratch?.get(vt);
    if (free !== undefined && free.length > 0) return free.pop()!;
    this.localTypes.push(t);
    return this.localTypes.length - 1;
  }
  private freeScratch(l: number): void {
    const vt = slotValType(this.localTypes[l]!);
    const scratch = (this.scratch ??= new Map());
    let free = scratch.get(vt);
    if (free === undefined) { free = []; scratch.set(vt, free); }
    free.push(l);
  }

  /**
   * Statement lists and other children, walked in source order without an
   * array per node, on the thread's one stack (the checker's): a check the
   * emitter sets off nests its walks above the emitter's.
   */
  private get sub(): SubtreeStack { return this.db.subtrees; }

  /** Emits the statements that exactly fill nodes first..last. */
  private statements(first: number, last: number): void {
    const sub = this.sub, mark = sub.push(this.t, first, last), end = sub.top;
    for (let i = mark; i < end; i++) this.statement(sub.at(i));
    sub.pop(mark);
  }

  private block(kind: Op, type: number = BLOCK_EMPTY): void { this.op(kind); this.w.u8(type); this.depth++; }
  private end(): void { this.op(Op.End); this.depth--; }
  private br(op: Op.Br | Op.BrIf, targetDepth: number): void { this.op(op); this.w.u32(this.depth - targetDepth); }

  // ----- constants

  constant(v: Value, t: TypeId): void {
    switch (valTypeOf(t)) {
      case ValType.I64: this.op(Op.I64Const); this.w.s64(BigInt(v)); return;
      case ValType.F32: this.op(Op.F32Const); this.w.f32(Number(v)); return;
      case ValType.F64: this.op(Op.F64Const); this.w.f64(Number(v)); return;
      default: this.op(Op.I32Const); this.w.s32(Number(v) | 0);
    }
  }

  // ----- statements

  private statement(n: number): void {
    const t = this.t;
    switch (t.kind[n]! as N) {
      case N.Block: this.statements(n - t.size[n]! + 1, n - 1); return;
      case N.ExprStmt: this.effect(n - 1); return;
      case N.VarStatement: case N.VarList: this.vars(n); return;
      case N.If: {
        const otherwise = elseOf(t, n);
        const then = otherwise === -1 ? n - 1 : otherwise - t.size[otherwise]!, cond = then - t.size[then]!;
        const cv = this.f.constOf(cond as NodeId);
        if (cv !== undefined) { // a constant condition keeps one branch
          if (Number(cv) !== 0) this.statement(then);
          else if (otherwise !== -1) this.statement(otherwise);
          return;
        }
        this.condition(cond);
        this.block(Op.If);
        this.statement(then);
        if (otherwise !== -1) { this.op(Op.Else); this.statement(otherwise); }
        this.end();
        return;
      }
      case N.While: case N.DoWhile: case N.For: this.loop(n, 0); return;
      case N.Labeled: {
        const body = n - 1, label = this.t.tokValue[n]!;
        const k = t.kind[body]! as N;
        if (k === N.For || k === N.While || k === N.DoWhile) { this.loop(body, label); return; }
        this.block(Op.Block);
        this.pushTarget(Target.Labeled, label, this.depth, -1);
        this.statement(body);
        this.popTarget();
        this.end();
        return;
      }
      case N.Break: case N.Continue: this.jump(n); return;
      case N.Return:
        if (t.size[n]! > 1) this.expr(n - 1);
        this.op(Op.Return);
        return;
      case N.Switch: this.switchStatement(n); return;
      default: return; // Empty; anything else was reported by the checker
    }
  }

  private vars(n: number): void {
    const sub = this.sub, mark = sub.pushChildren(this.t, n), end = sub.top;
    for (let k = mark; k < end; k++) {
      const d = sub.at(k);
      if (this.t.kind[d] !== N.VarDecl) continue;
      const init = initializerOf(this.t, d);
      const rk = this.f.refKind[this.i(d)]! as Ref;
      if (rk === Ref.Local) {
        const local = this.f.ref[this.i(d)]!;
        if (init !== -1) { this.expr(init); this.localSet(local); }
        else { this.constant(0, this.localTypes[local]!); this.localSet(local); } // a loop body's `let x;` starts at 0 each time
      } else if (rk === Ref.Global && init !== -1) {
        this.expr(init);
        this.op(Op.GlobalSet);
        this.reloc(RelocKind.Global, this.f.ref[this.i(d)]!);
      }
    }
    sub.pop(mark);
  }

  private pushTarget(kind: Target, label: number, brk: number, cont: number): void {
    this.targetKind.push(kind); this.targetLabel.push(label); this.breakDepth.push(brk); this.continueDepth.push(cont);
  }
  private popTarget(): void { this.targetKind.pop(); this.targetLabel.pop(); this.breakDepth.pop(); this.continueDepth.pop(); }

  private jump(n: number): void {
    const isBreak = this.t.kind[n] === N.Break;
    const label = this.t.size[n]! > 1 ? this.t.tokValue[n - 1]! : 0;
    for (let i = this.targetKind.length - 1; i >= 0; i--) {
      const k = this.targetKind[i]!;
      if (label !== 0 ? this.targetLabel[i] !== label : !(k === Target.Loop || (isBreak && k === Target.Switch))) continue;
      this.br(Op.Br, isBreak ? this.breakDepth[i]! : this.continueDepth[i]!);
      return;
    }
  }

  /** A loop statement, under `label` (0: none). */
  private loop(n: number, label: number): void {
    const k = this.t.kind[n]! as N;
    if (k === N.For) { this.forLoop(n, label); return; }
    const b = n - 1, a = b - this.t.size[b]!;
    if (k === N.While) this.whileLoop(a, b, label);
    else this.doWhile(a, b, label);
  }

  private whileLoop(cond: number, body: number, label: number): void {
    this.block(Op.Block);
    const brk = this.depth;
    this.block(Op.Loop);
    const top = this.depth;
    if (!this.constTrue(cond)) { this.condition(cond); this.op(Op.I32Eqz); this.br(Op.BrIf, brk); }
    this.pushTarget(Target.Loop, label, brk, top);
    this.statement(body);
    this.popTarget();
    this.br(Op.Br, top);
    this.end();
    this.end();
  }

  private doWhile(body: number, cond: number, label: number): void {
    this.block(Op.Block);
    const brk = this.depth;
    this.block(Op.Loop);
    const top = this.depth;
    this.block(Op.Block);
    this.pushTarget(Target.Loop, label, brk, this.depth);
    this.statement(body);
    this.popTarget();
    this.end();
    if (this.constTrue(cond)) this.br(Op.Br, top);
    else { this.condition(cond); this.br(Op.BrIf, top); }
    this.end();
    this.end();
  }

  private forLoop(n: number, label: number): void {
    const t = this.t;
    const body = n - 1, update = body - t.size[body]!, cond = update - t.size[update]!, init = cond - t.size[cond]!;
    const ik = this.t.kind[init]! as N;
    if (ik === N.VarList) this.vars(init);
    else if (ik !== N.Omitted) this.effect(init);
    this.block(Op.Block);
    const brk = this.depth;
    this.block(Op.Loop);
    const top = this.depth;
    if (this.t.kind[cond] !== N.Omitted && !this.constTrue(cond)) { this.condition(cond); this.op(Op.I32Eqz); this.br(Op.BrIf, brk); }
    this.block(Op.Block);
    this.pushTarget(Target.Loop, label, brk, this.depth);
    this.statement(body);
    this.popTarget();
    this.end();
    if (this.t.kind[update] !== N.Omitted) this.effect(update);
    this.br(Op.Br, top);
    this.end();
    this.end();
  }

  private switchStatement(n: number): void {
    const sub = this.sub, mark = sub.pushChildren(this.t, n);
    const disc = sub.at(mark);
    const cases: number[] = [];
    for (let k = mark + 1; k < sub.top; k++) cases.push(sub.at(k));
    sub.pop(mark);
    const dt = this.f.usedType(disc as NodeId);
    const tmp = this.takeScratch(dt);
    this.expr(disc);
    this.localSet(tmp);
    this.block(Op.Block);
    const brk = this.depth;
    const caseDepth: number[] = new Array<number>(cases.length);
    for (let k = cases.length - 1; k >= 0; k--) { this.block(Op.Block); caseDepth[k] = this.depth; }
    let defaultCase = -1;
    const exprs: number[] = [];
    for (let k = 0; k < cases.length; k++) {
      const c = cases[k]!;
      if (this.t.flags[c] === Tok.Default) { defaultCase = k; exprs.push(-1); continue; }
      const e = firstChildOf(this.t, c); // the case's expression
      exprs.push(e);
      this.localGet(tmp);
      this.expr(e);
      this.op(opsOf(dt).eq);
      this.br(Op.BrIf, caseDepth[k]!);
    }
    this.br(Op.Br, defaultCase >= 0 ? caseDepth[defaultCase]! : brk);
    this.freeScratch(tmp);
    this.pushTarget(Target.Switch, 0, brk, -1);
    for (let k = 0; k < cases.length; k++) {
      this.end();
      const c = cases[k]!;
      const first = exprs[k]! >= 0 ? exprs[k]! + 1 : c - this.t.size[c]! + 1;
      this.statements(first, c - 1);
    }
    this.popTarget();
    this.end();
  }

  private constTrue(n: number): boolean {
    const v = this.f.constOf(n as NodeId);
    return v !== undefined && Number(v) !== 0;
  }

  /** A condition as an i32 that is non-zero when true. */
  condition(n: number): void {
    this.expr(n);
    this.truthy(this.f.usedType(n as NodeId));
  }

  /** Turns a value of type `t` on the stack into an i32 that is non-zero when it is truthy. */
  private truthy(t: TypeId): void {
    switch (valTypeOf(t)) {
      case ValType.I64: this.op(Op.I64Const); this.w.u8(0); this.op(Op.I64Ne); return;
      // |x| > 0: false for 0, -0 and NaN.
      case ValType.F32: this.op(Op.F32Abs); this.op(Op.F32Const); this.w.f32(0); this.op(Op.F32Gt); return;
      case ValType.F64: this.op(Op.F64Abs); this.op(Op.F64Const); this.w.f64(0); this.op(Op.F64Gt); return;
      default: return;
    }
  }

  // ----- expressions

  /** Emits node `n`'s value converted to the type it is used as. */
  expr(n: number): void {
    const i = this.i(n);
    const own = this.f.type[i]! as TypeId;
    const conv = this.f.conv[i]! as TypeId;
    if (this.f.isConst[i] !== 0) {
      const v = this.f.constOf(n as NodeId)!;
      if (conv !== 0) this.constant(convert(v, own, conv), conv);
      else this.constant(v, own);
      return;
    }
    this.value(n, true);
    this.convertUsed(n);
  }

  /** What expr() does after value() for a node that is no constant: the conversion to the type it is used as. */
  private convertUsed(n: number): void {
    const i = this.i(n);
    const own = this.f.type[i]! as TypeId, conv = this.f.conv[i]! as TypeId;
    if (conv !== 0 && conv !== own) this.convert(own, conv);
  }

  /** Evaluates `n` for its effects only. */
  effect(n: number): void {
    const k = this.t.kind[n]! as N;
    if (k === N.Assign || k === N.Postfix || (k === N.Prefix && (this.t.flags[n] === Tok.PlusPlus || this.t.flags[n] === Tok.MinusMinus))) {
      this.value(n, false);
      return;
    }
    if (k === N.Call || k === N.Comma) { this.value(n, false); return; }
    if (k === N.Paren) { this.effect(n - 1); return; }
    if (this.f.isConst[this.i(n)] !== 0) return;
    this.expr(n);
    if (valTypeOf(this.f.usedType(n as NodeId)) !== 0) this.op(Op.Drop);
  }

  /** Emits `n` in its own type; with `want` false, leaves nothing (only where effect() allows). */
  private value(n: number, want: boolean): void {
    const t = this.t;
    const i = this.i(n);
    switch (t.kind[n]! as N) {
      case N.Ident: {
        const rk = this.f.refKind[i]! as Ref;
        if (rk === Ref.Local) this.localGet(this.f.ref[i]!);
        else if (rk === Ref.Global) { this.op(Op.GlobalGet); this.reloc(RelocKind.Global, this.f.ref[i]!); }
        else this.notChecked();
        return;
      }
      case N.Paren: this.expr(n - 1); return;
      case N.Binary: this.binary(n); return;
      case N.Assign: this.assign(n, want); return;
      case N.Prefix: {
        const op = t.flags[n]! as Tok;
        if (op === Tok.PlusPlus || op === Tok.MinusMinus) { this.increment(n, n - 1, op, true, want); return; }
        this.prefix(n, op);
        return;
      }
      case N.Postfix: this.increment(n, n - 1, t.flags[n]! as Tok, false, want); return;
      case N.Conditional: {
        const elseN = n - 1, thenN = elseN - t.size[elseN]!, cond = thenN - t.size[thenN]!;
        const ty = this.f.type[i]! as TypeId;
        this.condition(cond);
        this.block(Op.If, valTypeOf(ty) || BLOCK_EMPTY);
        this.expr(thenN);
        this.op(Op.Else);
        this.expr(elseN);
        this.end();
        return;
      }
      case N.TypeAssertion: { const operand = n - 1; this.expr(operand); this.convert(this.f.usedType(operand as NodeId), this.f.type[i]! as TypeId); return; }
      case N.As: { const operand = n - 1 - t.size[n - 1]!; this.expr(operand); this.convert(this.f.usedType(operand as NodeId), this.f.type[i]! as TypeId); return; }
      case N.Call: this.callExpr(n, want); return;
      case N.Comma: this.comma(n, want); return;
      default:
        this.notChecked();
    }
  }

  /**
   * A binary node, and the left-deep chain below it (`a + b + c ...`,
   * `a && b && c ...`: binary nodes whose left operand is a binary node
   * that is no constant). Past SHALLOW nested binary nodes, with a loop,
   * not recursion, so that a long chain cannot overflow the stack
   * (recursion did at about 2,000 operators): the chain's innermost left
   * operand first, then each operator's right operand and operation,
   * innermost first. Looping for every chain made a 100k-line build about
   * 4 ms slower (21 alternating builds).
   */
  private binary(n: number): void {
    const t = this.t;
    if (nesting < SHALLOW) {
      // Most chains are short: recursion down the left operand is cheaper.
      nesting++;
      this.beforeLeft(n);
      this.expr(n - 1 - t.size[n - 1]!);
      this.afterLeft(n);
      nesting--;
      return;
    }
    const base = chain.length;
    let m = n;
    for (;;) {
      this.beforeLeft(m);
      const right = m - 1, left = right - t.size[right]!;
      if (t.kind[left] !== N.Binary || this.f.isConst[this.i(left)] !== 0) { this.expr(left); break; }
      chain.push(m);
      m = left;
    }
    this.afterLeft(m);
    while (chain.length > base) {
      const above = chain.pop()!;
      this.convertUsed(m);
      this.afterLeft(above);
      m = above;
    }
  }

  /** `a, b, c ...`: a left-deep chain walked with a loop like binary()'s; only the last value is kept, if `want`. */
  private comma(n: number, want: boolean): void {
    const t = this.t, base = chain.length;
    let m = n;
    for (;;) {
      const left = m - 1 - t.size[m - 1]!;
      if (t.kind[left] !== N.Comma) { this.effect(left); break; }
      chain.push(m);
      m = left;
    }
    for (;;) {
      if (m === n && want) this.expr(m - 1); else this.effect(m - 1);
      if (chain.length === base) return;
      m = chain.pop()!;
    }
  }

  /**
   * What binary node `n` emits before its left operand: `a && b` and
   * `a || b` on other types than bool keep `a` in a local, taken here.
   */
  private beforeLeft(n: number): void {
    const op = this.t.flags[n]! as Tok;
    if (op !== Tok.AmpAmp && op !== Tok.BarBar) return;
    const ty = this.f.type[this.i(n)]! as TypeId;
    if (ty !== T.bool) chainLocals.push(this.takeScratch(ty));
  }

  /** The rest of binary node `n` once its left operand is on the stack. */
  private afterLeft(n: number): void {
    const op = this.t.flags[n]! as Tok;
    const right = n - 1, left = right - this.t.size[right]!;
    if (op === Tok.AmpAmp || op === Tok.BarBar) { this.logical(n, op, right); return; }
    const ty = this.f.usedType(left as NodeId);
    this.expr(right);
    if (op === Tok.EqEq || op === Tok.EqEqEq || op === Tok.BangEq || op === Tok.BangEqEq || op === Tok.Lt || op === Tok.LtEq || op === Tok.Gt || op === Tok.GtEq) {
      this.op(lowerCompare(op, ty));
      return;
    }
    this.arith(op, ty);
  }

  /** `a op b` on the stack, both of type `ty`, with the result wrapped to a small type's width. */
  private arith(op: Tok, ty: TypeId): void {
    if (op === Tok.StarStar) { this.power(ty); return; }
    if (op === Tok.Percent && isFloat(ty)) { this.call(ty === T.f32 ? this.rt.fmod32 : this.rt.fmod64); return; }
    if (isSmallInt(ty) && (op === Tok.LtLt || op === Tok.GtGt || op === Tok.GtGtGt)) {
      // AssemblyScript takes a small type's shift count modulo its width.
      this.constant(bitsOf(ty) - 1, T.i32);
      this.op(Op.I32And);
    }
    this.op(lowerArith(op, ty));
    if (isSmallInt(ty) && op !== Tok.Amp && op !== Tok.Bar && op !== Tok.Caret && op !== Tok.Percent) this.wrapSmall(ty);
  }

  private power(ty: TypeId): void {
    switch (primOf(ty)) {
      case Prim.F64: this.call(SpecialFunction.MathPow); return;
      case Prim.F32: {
        // (f32, f32) -> f64 pow -> f32: promote both operands through a scratch local.
        const tmp = this.takeScratch(T.f32);
        this.localSet(tmp);
        this.op(Op.F64PromoteF32);
        this.localGet(tmp);
        this.op(Op.F64PromoteF32);
        this.freeScratch(tmp);
        this.call(SpecialFunction.MathPow);
        this.op(Op.F32DemoteF64);
        return;
      }
      case Prim.I64: this.call(this.rt.ipow64); return;
      case Prim.U64: this.call(this.rt.upow64); return;
      default:
        this.call(isSigned(ty) ? this.rt.ipow32 : this.rt.upow32);
        if (isSmallInt(ty)) this.wrapSmall(ty);
    }
  }

  private wrapSmall(ty: TypeId): void {
    switch (primOf(ty)) {
      case Prim.I8: this.op(Op.I32Extend8S); return;
      case Prim.I16: this.op(Op.I32Extend16S); return;
      case Prim.U8: this.op(Op.I32Const); this.w.s32(0xff); this.op(Op.I32And); return;
      case Prim.U16: this.op(Op.I32Const); this.w.s32(0xffff); this.op(Op.I32And); return;
      default: return;
    }
  }

  /**
   * `a && b` or `a || b`, `a` on the stack. On bools, an `if`; on other
   * types `a ? b : a` and `a ? a : b`, with `a` kept in the local
   * beforeLeft took.
   */
  private logical(n: number, op: Tok, right: number): void {
    const ty = this.f.type[this.i(n)]! as TypeId;
    if (ty === T.bool) {
      this.block(Op.If, ValType.I32);
      if (op === Tok.AmpAmp) { this.expr(right); this.op(Op.Else); this.constant(0, T.bool); }
      else { this.constant(1, T.bool); this.op(Op.Else); this.expr(right); }
      this.end();
      return;
    }
    const tmp = chainLocals.pop()!;
    this.localTee(tmp);
    this.truthy(ty);
    this.block(Op.If, slotValType(ty));
    if (op === Tok.AmpAmp) { this.expr(right); this.op(Op.Else); this.localGet(tmp); }
    else { this.localGet(tmp); this.op(Op.Else); this.expr(right); }
    this.end();
    this.freeScratch(tmp);
  }

  private prefix(n: number, op: Tok): void {
    const ty = this.f.type[this.i(n)]! as TypeId;
    const operand = n - 1;
    switch (op) {
      case Tok.Bang: this.condition(operand); this.op(Op.I32Eqz); return;
      case Tok.Plus: this.expr(operand); return;
      case Tok.Minus:
        if (isFloat(ty)) { this.expr(operand); this.op(ty === T.f32 ? Op.F32Neg : Op.F64Neg); return; }
        this.constant(0, ty); this.expr(operand); this.arith(Tok.Minus, ty); return;
      case Tok.Tilde:
        this.expr(operand); this.constant(-1, ty === T.i64 || ty === T.u64 ? T.i64 : T.i32); this.arith(Tok.Caret, ty);
        if (primOf(ty) === Prim.U8 || primOf(ty) === Prim.U16) this.wrapSmall(ty);
        return;
      default: this.notChecked();
    }
  }

  /** Writes the value on the stack to the variable `target` names; `keep` leaves a copy. */
  private store(target: number, keep: boolean): void {
    let x = target;
    while (this.t.kind[x] === N.Paren) x--;
    const i = this.i(x);
    const rk = this.f.refKind[i]! as Ref;
    if (rk === Ref.Local) { if (keep) this.localTee(this.f.ref[i]!); else this.localSet(this.f.ref[i]!); return; }
    if (rk !== Ref.Global) { this.op(Op.Drop); this.notChecked(); return; }
    this.op(Op.GlobalSet); this.reloc(RelocKind.Global, this.f.ref[i]!);
    if (keep) { this.op(Op.GlobalGet); this.reloc(RelocKind.Global, this.f.ref[i]!); }
  }

  private load(target: number): void {
    let x = target;
    while (this.t.kind[x] === N.Paren) x--;
    this.value(x, true);
  }

  private assign(n: number, want: boolean): void {
    const op = this.t.flags[n]! as Tok;
    const value = n - 1, tgt = value - this.t.size[value]!;
    const ty = this.f.type[this.i(n)]! as TypeId;
    if (op === Tok.Eq) { this.expr(value); this.store(tgt, want); return; }
    const bin = COMPOUND[op]! as Tok;
    if (bin === Tok.AmpAmp || bin === Tok.BarBar) {
      // a &&= b: a = a && b
      this.load(tgt);
      if (ty === T.bool) {
        this.block(Op.If, ValType.I32);
        if (bin === Tok.AmpAmp) { this.expr(value); this.op(Op.Else); this.constant(0, ty); }
        else { this.constant(1, ty); this.op(Op.Else); this.expr(value); }
        this.end();
      } else {
        const tmp = this.takeScratch(ty);
        this.localTee(tmp);
        this.truthy(ty);
        this.block(Op.If, slotValType(ty));
        if (bin === Tok.AmpAmp) { this.expr(value); this.op(Op.Else); this.localGet(tmp); }
        else { this.localGet(tmp); this.op(Op.Else); this.expr(value); }
        this.end();
        this.freeScratch(tmp);
      }
      this.store(tgt, want);
      return;
    }
    this.load(tgt);
    this.expr(value);
    this.arith(bin, ty);
    this.store(tgt, want);
  }

  private increment(n: number, operand: number, op: Tok, isPrefix: boolean, want: boolean): void {
    const ty = this.f.type[this.i(n)]! as TypeId;
    this.load(operand);
    if (want && !isPrefix) {
      // The old value stays below the new one.
      const tmp = this.takeScratch(ty);
      this.localTee(tmp);
      this.constant(1, ty);
      this.arith(op === Tok.PlusPlus ? Tok.Plus : Tok.Minus, ty);
      this.store(operand, false);
      this.localGet(tmp);
      this.freeScratch(tmp);
      return;
    }
    this.constant(1, ty);
    this.arith(op === Tok.PlusPlus ? Tok.Plus : Tok.Minus, ty);
    this.store(operand, want);
  }

  /** Converts the value on the stack from `from` to `to` (explicitly: floats saturate into integers). */
  convert(from: TypeId, to: TypeId): void {
    if (from === to || from === ERROR_TYPE || to === ERROR_TYPE) return;
    const f = primOf(from), t = primOf(to);
    const fv = valTypeOf(from), tv = valTypeOf(to);
    if (t === Prim.Bool) { this.truthy(from); if (fv === ValType.I32) { this.op(Op.I32Const); this.w.u8(0); this.op(Op.I32Ne); } return; }
    const fFloat = fv === ValType.F32 || fv === ValType.F64;
    const tFloat = tv === ValType.F32 || tv === ValType.F64;
    const fSigned = isSigned(from);
    if (fFloat && tFloat) { this.op(tv === ValType.F64 ? Op.F64PromoteF32 : Op.F32DemoteF64); return; }
    if (tFloat) {
      const wide = fv === ValType.I64;
      const ops = tv === ValType.F64
        ? (wide ? (fSigned ? Op.F64ConvertI64S : Op.F64ConvertI64U) : (fSigned ? Op.F64ConvertI32S : Op.F64ConvertI32U))
        : (wide ? (fSigned ? Op.F32ConvertI64S : Op.F32ConvertI64U) : (fSigned ? Op.F32ConvertI32S : Op.F32ConvertI32U));
      this.op(ops);
      return;
    }
    const tSigned = isSigned(to);
    if (fFloat) {
      const f64 = fv === ValType.F64;
      let sub: OpFC;
      if (tv === ValType.I64) sub = f64 ? (tSigned ? OpFC.I64TruncSatF64S : OpFC.I64TruncSatF64U) : (tSigned ? OpFC.I64TruncSatF32S : OpFC.I64TruncSatF32U);
      else sub = f64 ? (tSigned ? OpFC.I32TruncSatF64S : OpFC.I32TruncSatF64U) : (tSigned ? OpFC.I32TruncSatF32S : OpFC.I32TruncSatF32U);
      this.op(Op.PrefixFC); this.w.u32(sub);
      if (isSmallInt(to)) this.wrapSmall(to);
      return;
    }
    // integer -> integer
    if (fv === ValType.I32 && tv === ValType.I64) { this.op(fSigned ? Op.I64ExtendI32S : Op.I64ExtendI32U); return; }
    if (fv === ValType.I64 && tv === ValType.I32) this.op(Op.I32WrapI64);
    if (isSmallInt(to) && !(isSmallInt(from) && fitsIn(f, t))) this.wrapSmall(to);
  }

  // ----- calls

  private callExpr(n: number, want: boolean): void {
    const i = this.i(n);
    const rk = this.f.refKind[i]! as Ref;
    const sub = this.sub, mark = sub.pushChildren(this.t, n), end = sub.top;
    const argStart = end > mark + 1 && this.t.kind[sub.at(mark + 1)] === N.TypeArgs ? mark + 2 : mark + 1;
    const argCount = end - argStart;
    const ty = this.f.type[i]! as TypeId;
    if (rk === Ref.Function) {
      const sym = this.f.ref[i]!;
      const sig = this.db.sig(sym as never);
      for (let k = argStart; k < end; k++) this.expr(sub.at(k));
      sub.pop(mark);
      for (let k = argCount; k < sig.params.length; k++) this.constant(sig.defaults[k] ?? 0, sig.params[k]!);
      if (sig.dynamicDefaults !== undefined) {
        // Tell the callee how many arguments are real, for the defaults it computes.
        this.constant(argCount, T.i32);
        this.op(Op.GlobalSet);
        this.reloc(RelocKind.Global, SpecialGlobal.ArgumentCount);
      }
      this.call(sym);
      if (!want && valTypeOf(ty) !== 0) this.op(Op.Drop);
      return;
    }
    const args = new Array<number>(argCount);
    for (let k = argStart; k < end; k++) args[k - argStart] = sub.at(k);
    sub.pop(mark);
    if (rk !== Ref.Builtin) { this.notChecked(); return; }
    this.builtin(n, this.f.ref[i]! as Builtin, args, ty, want);
  }

  private builtin(n: number, b: Builtin, args: number[], ty: TypeId, want: boolean): void {
    const drop = (): void => { if (!want && valTypeOf(ty) !== 0) this.op(Op.Drop); };
    if (b < Builtin.Assert) { this.expr(args[0]!); this.convert(this.f.usedType(args[0]! as NodeId), ty); drop(); return; }
    if (b >= Builtin.Math) {
      const fn = ((b - Builtin.Math) % MATH_F32) as MathFn;
      const f32 = ty === T.f32;
      for (const a of args) this.expr(a);
      if (fn === MathFn.Pow) { this.power(ty); drop(); return; }
      this.op((f32 ? MATH_F32_OPS : MATH_F64_OPS)[fn]!);
      drop();
      return;
    }
    switch (b) {
      case Builtin.Assert: {
        const ct = this.f.usedType(args[0]! as NodeId);
        this.expr(args[0]!);
        let tmp = -1;
        if (want) { tmp = this.takeScratch(ct); this.localTee(tmp); }
        this.truthy(ct);
        this.op(Op.I32Eqz);
        this.block(Op.If);
        this.abortCall(n, args[1]);
        this.end();
        if (want) { this.localGet(tmp); this.freeScratch(tmp); }
        return;
      }
      case Builtin.Abort: this.abortCall(n, args[0]); return;
      case Builtin.Unreachable: this.op(Op.Unreachable); return;
      case Builtin.IsNaN: case Builtin.IsFinite: {
        const at = this.f.usedType(args[0]! as NodeId);
        this.expr(args[0]!);
        if (!isFloat(at)) { this.op(Op.Drop); this.constant(b === Builtin.IsNaN ? 0 : 1, T.bool); drop(); return; }
        const tmp = this.takeScratch(at);
        const f32 = at === T.f32;
        this.localTee(tmp);
        this.localGet(tmp);
        if (b === Builtin.IsNaN) this.op(f32 ? Op.F32Ne : Op.F64Ne);
        else { this.op(f32 ? Op.F32Sub : Op.F64Sub); this.constant(0, at); this.op(f32 ? Op.F32Eq : Op.F64Eq); }
        this.freeScratch(tmp);
        drop();
        return;
      }
      case Builtin.Clz: case Builtin.Ctz: case Builtin.Popcnt: {
        this.expr(args[0]!);
        const wide = valTypeOf(ty) === ValType.I64;
        const k = b === Builtin.Clz ? 0 : b === Builtin.Ctz ? 1 : 2;
        this.op((wide ? [Op.I64Clz, Op.I64Ctz, Op.I64Popcnt] : [Op.I32Clz, Op.I32Ctz, Op.I32Popcnt])[k]!);
        drop();
        return;
      }
      case Builtin.Rotl: case Builtin.Rotr: {
        this.expr(args[0]!);
        this.expr(args[1]!);
        const wide = valTypeOf(ty) === ValType.I64;
        this.op(b === Builtin.Rotl ? (wide ? Op.I64Rotl : Op.I32Rotl) : (wide ? Op.I64Rotr : Op.I32Rotr));
        drop();
        return;
      }
      case Builtin.Bswap: { this.expr(args[0]!); this.byteSwap(ty); drop(); return; }
      case Builtin.Reinterpret: {
        this.expr(args[0]!);
        const from = valTypeOf(this.f.usedType(args[0]! as NodeId));
        this.op(from === ValType.F32 ? Op.I32ReinterpretF32 : from === ValType.F64 ? Op.I64ReinterpretF64 : from === ValType.I32 ? Op.F32ReinterpretI32 : Op.F64ReinterpretI64);
        drop();
        return;
      }
      default: this.notChecked();
    }
  }

  /** A construct the checker should have reported as an error: a trap, counted (see `unchecked`). */
  private notChecked(): void {
    this.unchecked++;
    this.op(Op.Unreachable);
  }

  /** Reverses the bytes of the integer on the stack. */
  private byteSwap(ty: TypeId): void {
    const wide = valTypeOf(ty) === ValType.I64;
    const bytes = primOf(ty) === Prim.I16 || primOf(ty) === Prim.U16 ? 2 : primOf(ty) === Prim.I8 || primOf(ty) === Prim.U8 ? 1 : wide ? 8 : 4;
    if (bytes === 1) return;
    const work = wide ? T.i64 : T.i32;
    const tmp = this.takeScratch(work);
    this.localSet(tmp);
    const and = wide ? Op.I64And : Op.I32And, or = wide ? Op.I64Or : Op.I32Or;
    const shl = wide ? Op.I64Shl : Op.I32Shl, shr = wide ? Op.I64ShrU : Op.I32ShrU;
    for (let k = 0; k < bytes; k++) {
      // byte k moves to position bytes-1-k
      this.localGet(tmp);
      if (k > 0) { this.constant(wide ? BigInt(8 * k) : 8 * k, work); this.op(shr); }
      this.constant(wide ? 0xffn : 0xff, work); this.op(and);
      const to = bytes - 1 - k;
      if (to > 0) { this.constant(wide ? BigInt(8 * to) : 8 * to, work); this.op(shl); }
      if (k > 0) this.op(or);
    }
    this.freeScratch(tmp);
    if (isSmallInt(ty)) this.wrapSmall(ty);
  }

  /** `env.abort(message, file, line, column)`, then a trap. */
  private abortCall(n: number, messageNode: number | undefined): void {
    if (messageNode !== undefined && this.t.kind[messageNode] === N.StringLit) {
      this.op(Op.I32Const); this.reloc(RelocKind.Data, this.t.tokValue[messageNode]!);
    } else this.constant(0, T.i32);
    this.op(Op.I32Const); this.reloc(RelocKind.Data, this.where.file);
    const at = this.where.lineCol(this.t.span[n]! as Span);
    this.constant(at.line, T.i32);
    this.constant(at.column, T.i32);
    this.call(SpecialFunction.Abort);
    this.op(Op.Unreachable);
  }
}

/** Whether every value of small type `from` is a value of small type `to` (no wrap needed). */
function fitsIn(from: Prim, to: Prim): boolean {
  if (from === to) return true;
  if (from === Prim.Bool) return true;
  if (to === Prim.I16) return from === Prim.I8 || from === Prim.U8;
  if (to === Prim.U16) return from === Prim.U8;
  return false;
}
