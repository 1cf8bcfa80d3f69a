// `kiln run`'s host: instantiates a compiled module with `env.abort` (which
// prints the message and its location), `Math.pow`, and for any other host
// import a stand-in that prints the call; then calls `main` if it is
// exported, with the arguments it is given, and prints its result. A trap
// becomes one line and exit 1, with the wasm function names from the name
// section, never a JS stack trace.
import { writeStdout } from "./stdout.js";

/** Reads a string in AssemblyScript's layout: UTF-16 code units, byte length at ptr - 4. */
export function readString(memory: WebAssembly.Memory | undefined, ptr: number): string {
  if (memory === undefined || ptr === 0) return "";
  const buf = memory.buffer;
  if (ptr < 4 || ptr > buf.byteLength) return "";
  const len = new DataView(buf).getUint32(ptr - 4, true);
  if (ptr + len > buf.byteLength) return "";
  let s = "";
  const view = new DataView(buf, ptr, len);
  for (let i = 0; i + 1 < len; i += 2) s += String.fromCharCode(view.getUint16(i, true));
  return s;
}

class Aborted extends Error {}

export function runWasm(wasm: Uint8Array, entry: string, args: readonly unknown[] = []): number {
  let memory: WebAssembly.Memory | undefined;
  const module = new WebAssembly.Module(wasm);
  const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
  for (const im of WebAssembly.Module.imports(module)) {
    const ns = (imports[im.module] ??= {});
    if (im.module === "env" && im.name === "abort") {
      ns[im.name] = (msg: number, file: number, line: number, col: number) => {
        const m = readString(memory, msg);
        throw new Aborted(`abort${m ? `: ${m}` : ""} at ${readString(memory, file)}:${line}:${col}`);
      };
    } else if (im.module === "Math" && im.name === "pow") ns[im.name] = Math.pow;
    else ns[im.name] = (...args: unknown[]) => { writeStdout(`${im.module}.${im.name}(${args.map(String).join(", ")})\n`); return 0; };
  }
  try {
    const instance = new WebAssembly.Instance(module, imports);
    memory = instance.exports["memory"] as WebAssembly.Memory | undefined;
    const main = instance.exports["main"];
    if (typeof main === "function") {
      const result = (main as (...a: unknown[]) => unknown)(...args);
      if (result !== undefined) writeStdout(`${String(result)}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof Aborted) { process.stderr.write(`kiln run: ${e.message}\n`); return 1; }
    if (e instanceof WebAssembly.RuntimeError) {
      const frames = (e.stack ?? "").split("\n").filter((l) => l.includes("wasm://")).map((l) => l.trim().replace(/^at /, "").replace(/ \(wasm:.*$/, ""));
      process.stderr.write(`kiln run: trap in ${entry}: ${e.message}${frames.length > 0 ? `\n  in ${frames.join("\n  in ")}` : ""}\n`);
      return 1;
    }
    throw e;
  }
}
