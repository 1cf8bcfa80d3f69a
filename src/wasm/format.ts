// The numbers of the WebAssembly binary format that kiln emits: section ids,
// value and block types, export kinds, and the module header. Facts of the
// format only; nothing here decides what goes into a module.
import type { ByteWriter } from "./byte-writer.js";

export const enum SectionId {
  Custom = 0, Type = 1, Import = 2, Function = 3, Table = 4, Memory = 5, Global = 6,
  Export = 7, Start = 8, Element = 9, Code = 10, Data = 11, DataCount = 12,
}

export const enum ValType { I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c, FuncRef = 0x70, ExternRef = 0x6f }

/** The type of a `block`/`loop`/`if` with no result. */
export const BLOCK_EMPTY = 0x40;
/** The form byte before a function type. */
export const FUNC_TYPE = 0x60;

export const enum ExternKind { Func = 0, Table = 1, Memory = 2, Global = 3 }

/** Subsections of the `name` custom section. */
export const enum NameSubsection { Module = 0, Function = 1, Local = 2 }

/** `\0asm` and version 1. */
export function writeHeader(w: ByteWriter): void {
  for (const b of [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]) w.u8(b);
}

/** A section: its id, its size, then the body's bytes. */
export function writeSection(w: ByteWriter, id: SectionId, body: ByteWriter): void {
  w.u8(id);
  w.u32(body.length);
  w.raw(body.bytes.subarray(0, body.length));
}
