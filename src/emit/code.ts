// What emitting one function produces, and what the linker consumes: the
// body's bytes (local declarations, instructions, `end`) and its
// relocations, each a padded LEB128 slot at an offset of the body that the
// linker patches with a final index or address. Targets are stable keys
// (symbols, interned strings), never indices, so the output does not depend
// on the order in which functions are emitted.
import type { TypeId } from "../base/ids.js";

export const enum RelocKind {
  /** A function index (call). target: a SymbolId, or a SpecialFunction. */
  Function = 0,
  /** A global index (global.get/set). target: a SymbolId. */
  Global = 1,
  /** A linear-memory address (i32.const) of a string. target: its StringId. */
  Data = 2,
}

/** Functions the linker provides that no module declares. */
export const enum SpecialFunction {
  /** `env.abort(message, fileName, line, column)`, imported from the host. */
  Abort = -2,
  /** `Math.pow(x, y)` (f64), imported from the host. */
  MathPow = -3,
}

/** Globals the linker provides that no module declares. */
export const enum SpecialGlobal {
  /** How many arguments the caller passed, for callees that compute their own default values. */
  ArgumentCount = -4,
}

export interface FunctionCode {
  /** Locals, instructions and the final `end`. */
  readonly body: Uint8Array;
  /** (offset in body, RelocKind, target) triples. */
  readonly relocs: Int32Array;
  readonly params: readonly TypeId[];
  readonly result: TypeId;
}

