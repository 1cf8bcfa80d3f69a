// Reading a source file for a command: the bytes, or a one-line error naming
// the file and the reason (never a stack trace). Owns nothing else.
import { readFileSync } from "node:fs";

export function readSource(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    process.stderr.write(`kiln: cannot read '${path}': ${why}\n`);
    return undefined;
  }
}
