// The host side of a compiled program: instantiates a wasm binary (kiln's or
// asc's) with the imports an AssemblyScript-style module expects from `env`.
//
//   env.abort(message, fileName, line, column)  failed assert / abort():
//       reads the two strings from the exported memory and throws AbortError
//   env.seed()   the seed Math.random asks for: a constant, so runs repeat
//   env.trace(message, n, a0 … a4)   AssemblyScript's trace(): printed
//   Math.*       JavaScript's Math functions, for modules that import them
//                (asc's JSMath, `--use Math=JSMath`, imports from "Math")
//
// Strings are AssemblyScript's: UTF-16LE code units at ptr, their length in
// bytes as a u32 at ptr - 4, and pointer 0 for "no string".

/** A failed `assert` or a call to `abort()` in the program. */
export class AbortError extends Error {
  override readonly name = "AbortError";
  constructor(
    /** The message passed to abort/assert; null if none (or unreadable, see instantiate). */
    readonly abortMessage: string | null,
    /** The source file of the abort, as the compiler names it. */
    readonly file: string | null,
    readonly line: number,
    readonly column: number,
  ) {
    super(`abort${abortMessage === null ? "" : `: ${abortMessage}`}${file === null ? "" : ` at ${file}:${line}:${column}`}`);
  }
}

/** The constant env.seed returns. */
export const SEED = 0x2545f491;

/** Reads an AssemblyScript string from memory; null for pointer 0. */
export function readString(memory: ArrayBuffer, ptr: number): string | null {
  ptr >>>= 0;
  if (ptr === 0) return null;
  const view = new DataView(memory);
  if (ptr < 4 || ptr > view.byteLength) throw new RangeError(`string pointer ${ptr} is outside memory`);
  const bytes = view.getUint32(ptr - 4, true);
  if (ptr + bytes > view.byteLength) throw new RangeError(`string at ${ptr} of ${bytes} bytes runs past the end of memory`);
  let s = "";
  for (let i = 0; i + 1 < bytes; i += 2) s += String.fromCharCode(view.getUint16(ptr + i, true));
  return s;
}

/**
 * Instantiates `wasm` synchronously and returns its exports. `imports` are
 * merged over the defaults above: entries given for env are added to (and
 * override) the default ones; any other module given replaces the default
 * module of that name. An abort during the start function, before the
 * instance exists, cannot read memory: its strings are then null.
 */
export function instantiate(wasm: Uint8Array, imports: Record<string, Record<string, Function>> = {}): Record<string, unknown> {
  let memory: WebAssembly.Memory | undefined;
  const str = (ptr: number): string | null => (memory === undefined ? null : readString(memory.buffer, ptr));
  const env: Record<string, Function> = {
    abort(msg: number, file: number, line: number, column: number): never {
      throw new AbortError(str(msg), str(file), line >>> 0, column >>> 0);
    },
    seed: (): number => SEED,
    trace(msg: number, n: number, ...args: number[]): void {
      console.log(`trace: ${str(msg) ?? ""}${n > 0 ? " " + args.slice(0, n).join(", ") : ""}`);
    },
  };
  const all: Record<string, Record<string, Function>> = { Math: jsMath(), ...imports, env: { ...env, ...imports["env"] } };
  const module = new WebAssembly.Module(wasm);
  const instance = new WebAssembly.Instance(module, all as unknown as WebAssembly.Imports);
  const exported = instance.exports["memory"];
  if (exported instanceof WebAssembly.Memory) memory = exported;
  return instance.exports;
}

/** The functions of JavaScript's Math, as an import module. */
function jsMath(): Record<string, Function> {
  const out: Record<string, Function> = {};
  for (const name of Object.getOwnPropertyNames(Math)) {
    const v: unknown = (Math as unknown as Record<string, unknown>)[name];
    if (typeof v === "function") out[name] = v;
  }
  return out;
}
