// What checking one function learns, for lowering it: per node of the
// function's range, the value's type, the implicit conversion it needs, what
// a name refers to, and folded constants; and the function's locals. These
// tables live while the function is checked and emitted and are handed back
// after (DESIGN §4), for a later function to reuse: nothing here outlives
// its function.
import type { NodeId, TypeId } from "../base/ids.js";
import type { Module, SymbolId } from "../program/program.js";
import type { Value } from "./values.js";
import { keepShape } from "../base/keep-shape.js";

/** How a folded constant is kept (isConst; 0: not folded). */
export const enum Folded {
  Number = 1,
  Big = 2,
}

/** What an Ident, a Call's callee or a Member names. */
export const enum Ref {
  None,
  /** ref: local index. */
  Local,
  /** ref: SymbolId of a Global or Const. */
  Global,
  /** ref: SymbolId of a Function or HostFunction. */
  Function,
  /** ref: a Builtin. */
  Builtin,
}

/**
 * The six columns of one function's tables, 2^sizeClass rows each, in one
 * ArrayBuffer. Columns are reused: a function's are handed back once it is
 * emitted (FunctionFacts.release) and serve a later function of the same
 * size class, so a build touches the memory of the few functions alive at
 * once instead of fresh memory for every function.
 */
class FactColumns {
  readonly consts: Float64Array;
  readonly type: Int32Array;
  readonly conv: Int32Array;
  readonly ref: Int32Array;
  readonly refKind: Uint8Array;
  readonly isConst: Uint8Array;
  /** The whole buffer, to zero it with one call. */
  private readonly bytes: Uint8Array;

  constructor(readonly sizeClass: number) {
    const cap = 1 << sizeClass;
    const buf = new ArrayBuffer(cap * 22);
    this.bytes = new Uint8Array(buf);
    this.consts = new Float64Array(buf, 0, cap);
    this.type = new Int32Array(buf, cap * 8, cap);
    this.conv = new Int32Array(buf, cap * 12, cap);
    this.ref = new Int32Array(buf, cap * 16, cap);
    this.refKind = new Uint8Array(buf, cap * 20, cap);
    this.isConst = new Uint8Array(buf, cap * 21, cap);
  }

  /**
   * Zeroes every row (a new buffer is zero already; a reused one is not).
   * One fill of the whole buffer (its size class: up to twice the rows in
   * use, or 64 rows) rather than one per column: six fills of six element
   * kinds made this the slowest small function of checking for V8 to
   * optimize (2.3 ms).
   */
  clear(): void {
    this.bytes.fill(0);
  }
}

/** Size classes: 2^6 rows up; smaller functions take the smallest class. */
const MIN_CLASS = 6;
/** This thread's columns handed back, by size class. */
const spareColumns: FactColumns[][] = [];

function takeColumns(n: number): FactColumns {
  const sizeClass = Math.max(MIN_CLASS, 32 - Math.clz32(n - 1));
  const spare = spareColumns[sizeClass]?.pop();
  if (spare === undefined) return new FactColumns(sizeClass);
  spare.clear();
  return spare;
}

export class FunctionFacts {
  /** Node range: [first, last]; tables are indexed by node - first. */
  readonly first: number;
  readonly type: Int32Array;
  /** The type the value is converted to where it is used (0: none). */
  readonly conv: Int32Array;
  readonly refKind: Uint8Array;
  readonly ref: Int32Array;
  /** Where the node's value was folded to a constant: a Folded, 0 where it was not. */
  readonly isConst: Uint8Array;
  /** The folded values of kind Folded.Number. */
  readonly consts: Float64Array;
  /** The folded values of kind Folded.Big (64-bit integers), by row; made at the first one. */
  private bigConsts: Map<number, bigint> | undefined = undefined;
  /** Local types, parameters first. */
  readonly localTypes: TypeId[] = [];
  /** Whether the end of the body can be reached (then a value-returning function needs a trap there). */
  bodyCompletes = true;
  private columns: FactColumns | undefined;

  constructor(
    readonly module: Module,
    /** The function's symbol, or -1 for a module's top-level code. */
    readonly symbol: SymbolId | -1,
    /** The FunctionDecl node, or the SourceFile for top-level code. */
    readonly node: NodeId,
    first: number,
    readonly params: number,
    public result: TypeId,
  ) {
    this.first = first;
    const c = takeColumns(node - first + 1);
    this.columns = c;
    this.consts = c.consts;
    this.type = c.type;
    this.conv = c.conv;
    this.ref = c.ref;
    this.refKind = c.refKind;
    this.isConst = c.isConst;
    keepShape(this);
  }

  /**
   * Hands the tables back for a later function to reuse: the caller
   * promises that nothing reads these facts again (they are dropped from
   * the body query and emitted). Facts never released are collected as
   * garbage, which is correct, only slower.
   */
  release(): void {
    const c = this.columns;
    if (c === undefined) return;
    this.columns = undefined;
    (spareColumns[c.sizeClass] ??= []).push(c);
  }

  setConst(n: NodeId, v: Value): void {
    const i = n - this.first;
    if (typeof v === "bigint") {
      this.isConst[i] = Folded.Big;
      (this.bigConsts ??= new Map()).set(i, v);
    } else {
      this.isConst[i] = Folded.Number;
      this.consts[i] = v;
    }
  }

  /**
   * The folded value of node `n`, or undefined. The kind in isConst says
   * where it is, so a number (nearly every constant) costs no map lookup.
   */
  constOf(n: NodeId): Value | undefined {
    const i = n - this.first, k = this.isConst[i]!;
    if (k === 0) return undefined;
    return k === Folded.Number ? this.consts[i]! : this.bigConsts!.get(i)!;
  }

  typeOf(n: NodeId): TypeId { return this.type[n - this.first]! as TypeId; }
  /** The type of the value where it is used: after its implicit conversion. */
  usedType(n: NodeId): TypeId { const c = this.conv[n - this.first]!; return (c !== 0 ? c : this.type[n - this.first]!) as TypeId; }
}
