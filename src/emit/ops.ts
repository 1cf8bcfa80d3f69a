// Operator -> wasm instruction for each value type: arithmetic, bitwise,
// shifts and comparisons, signed or unsigned by the operand type. One table
// per wasm type, so the emitter never branches on type and operator at once.
import type { TypeId } from "../base/ids.js";
import { Tok } from "../parse/tokens.js";
import { isSigned, valTypeOf } from "../types/types.js";
import { ValType } from "../wasm/format.js";
import { Op } from "../wasm/opcodes.js";

interface Ops {
  add: Op; sub: Op; mul: Op; divS: Op; divU: Op; remS: Op; remU: Op; and: Op; or: Op; xor: Op;
  shl: Op; shrS: Op; shrU: Op; eq: Op; ne: Op; ltS: Op; ltU: Op; leS: Op; leU: Op; gtS: Op; gtU: Op; geS: Op; geU: Op;
}

const I32: Ops = {
  add: Op.I32Add, sub: Op.I32Sub, mul: Op.I32Mul, divS: Op.I32DivS, divU: Op.I32DivU, remS: Op.I32RemS, remU: Op.I32RemU,
  and: Op.I32And, or: Op.I32Or, xor: Op.I32Xor, shl: Op.I32Shl, shrS: Op.I32ShrS, shrU: Op.I32ShrU,
  eq: Op.I32Eq, ne: Op.I32Ne, ltS: Op.I32LtS, ltU: Op.I32LtU, leS: Op.I32LeS, leU: Op.I32LeU, gtS: Op.I32GtS, gtU: Op.I32GtU, geS: Op.I32GeS, geU: Op.I32GeU,
};
const I64: Ops = {
  add: Op.I64Add, sub: Op.I64Sub, mul: Op.I64Mul, divS: Op.I64DivS, divU: Op.I64DivU, remS: Op.I64RemS, remU: Op.I64RemU,
  and: Op.I64And, or: Op.I64Or, xor: Op.I64Xor, shl: Op.I64Shl, shrS: Op.I64ShrS, shrU: Op.I64ShrU,
  eq: Op.I64Eq, ne: Op.I64Ne, ltS: Op.I64LtS, ltU: Op.I64LtU, leS: Op.I64LeS, leU: Op.I64LeU, gtS: Op.I64GtS, gtU: Op.I64GtU, geS: Op.I64GeS, geU: Op.I64GeU,
};
// Floats have no signedness or bitwise forms: those slots hold Unreachable (the checker rejects them).
const F32: Ops = {
  add: Op.F32Add, sub: Op.F32Sub, mul: Op.F32Mul, divS: Op.F32Div, divU: Op.F32Div, remS: Op.Unreachable, remU: Op.Unreachable,
  and: Op.Unreachable, or: Op.Unreachable, xor: Op.Unreachable, shl: Op.Unreachable, shrS: Op.Unreachable, shrU: Op.Unreachable,
  eq: Op.F32Eq, ne: Op.F32Ne, ltS: Op.F32Lt, ltU: Op.F32Lt, leS: Op.F32Le, leU: Op.F32Le, gtS: Op.F32Gt, gtU: Op.F32Gt, geS: Op.F32Ge, geU: Op.F32Ge,
};
const F64: Ops = {
  add: Op.F64Add, sub: Op.F64Sub, mul: Op.F64Mul, divS: Op.F64Div, divU: Op.F64Div, remS: Op.Unreachable, remU: Op.Unreachable,
  and: Op.Unreachable, or: Op.Unreachable, xor: Op.Unreachable, shl: Op.Unreachable, shrS: Op.Unreachable, shrU: Op.Unreachable,
  eq: Op.F64Eq, ne: Op.F64Ne, ltS: Op.F64Lt, ltU: Op.F64Lt, leS: Op.F64Le, leU: Op.F64Le, gtS: Op.F64Gt, gtU: Op.F64Gt, geS: Op.F64Ge, geU: Op.F64Ge,
};

export function opsOf(t: TypeId): Ops {
  switch (valTypeOf(t)) {
    case ValType.I64: return I64;
    case ValType.F32: return F32;
    case ValType.F64: return F64;
    default: return I32;
  }
}

/** The instruction of arithmetic, bitwise or shift operator `op` on operands of type `t`. */
export function lowerArith(op: Tok, t: TypeId): Op {
  const o = opsOf(t), s = isSigned(t);
  switch (op) {
    case Tok.Plus: return o.add;
    case Tok.Minus: return o.sub;
    case Tok.Star: return o.mul;
    case Tok.Slash: return s ? o.divS : o.divU;
    case Tok.Percent: return s ? o.remS : o.remU;
    case Tok.Amp: return o.and;
    case Tok.Bar: return o.or;
    case Tok.Caret: return o.xor;
    case Tok.LtLt: return o.shl;
    case Tok.GtGt: return s ? o.shrS : o.shrU;
    case Tok.GtGtGt: return o.shrU;
    default: return Op.Unreachable;
  }
}

/** The instruction of comparison `op` on operands of type `t`. */
export function lowerCompare(op: Tok, t: TypeId): Op {
  const o = opsOf(t), s = isSigned(t);
  switch (op) {
    case Tok.EqEq: case Tok.EqEqEq: return o.eq;
    case Tok.BangEq: case Tok.BangEqEq: return o.ne;
    case Tok.Lt: return s ? o.ltS : o.ltU;
    case Tok.LtEq: return s ? o.leS : o.leU;
    case Tok.Gt: return s ? o.gtS : o.gtU;
    case Tok.GtEq: return s ? o.geS : o.geU;
    default: return Op.Unreachable;
  }
}
