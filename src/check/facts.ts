// What checking one function learns, for lowering it: per node of the
// function's range, the value's type, the implicit conversion it needs, what
// a name refers to, and folded constants; and the function's locals. These
// tables live while the function is checked and emitted and are dropped
// after (DESIGN §4): nothing here outlives its function.
import { ByteArena } from "../base/byte-arena.js";
import type { NodeId, TypeId } from "../base/ids.js";
import type { Module, SymbolId } from "../program/program.js";
import type { Value } from "./values.js";

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

/** This thread's arena for function tables: they are dropped soon after they are made, so its slabs are small. */
const factTables = new ByteArena(256 << 10);

export class FunctionFacts {
  /** Node range: [first, last]; tables are indexed by node - first. */
  readonly first: number;
  readonly type: Int32Array;
  /** The type the value is converted to where it is used (0: none). */
  readonly conv: Int32Array;
  readonly refKind: Uint8Array;
  readonly ref: Int32Array;
  /** 1 where the node's value was folded to a constant. */
  readonly isConst: Uint8Array;
  /** The folded values (64-bit integers in `bigConsts`). */
  readonly consts: Float64Array;
  readonly bigConsts = new Map<number, bigint>();
  /** Local types, parameters first. */
  readonly localTypes: TypeId[] = [];
  /** Whether the end of the body can be reached (then a value-returning function needs a trap there). */
  bodyCompletes = true;

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
    const n = node - first + 1;
    // All six columns in one zeroed block of the thread's arena for function
    // tables: they are made once per body, and an ArrayBuffer costs more to
    // create than to fill.
    factTables.take(n * 22);
    const buf = factTables.buffer, at = factTables.offset;
    new Uint8Array(buf, at, n * 22).fill(0);
    this.consts = new Float64Array(buf, at, n);
    this.type = new Int32Array(buf, at + n * 8, n);
    this.conv = new Int32Array(buf, at + n * 12, n);
    this.ref = new Int32Array(buf, at + n * 16, n);
    this.refKind = new Uint8Array(buf, at + n * 20, n);
    this.isConst = new Uint8Array(buf, at + n * 21, n);
  }

  setConst(n: NodeId, v: Value): void {
    const i = n - this.first;
    this.isConst[i] = 1;
    if (typeof v === "bigint") this.bigConsts.set(i, v);
    else this.consts[i] = v;
  }

  constOf(n: NodeId): Value | undefined {
    const i = n - this.first;
    if (this.isConst[i] !== 1) return undefined;
    return this.bigConsts.get(i) ?? this.consts[i]!;
  }

  typeOf(n: NodeId): TypeId { return this.type[n - this.first]! as TypeId; }
  /** The type of the value where it is used: after its implicit conversion. */
  usedType(n: NodeId): TypeId { const c = this.conv[n - this.first]!; return (c !== 0 ? c : this.type[n - this.first]!) as TypeId; }
}
