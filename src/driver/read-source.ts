// Reading a source file for a command: the bytes, or a one-line error naming
// the file and the reason (never a stack trace). Owns nothing else.
import { readFileSync } from "node:fs";
import { fsReason } from "./fs-reason.js";

export function readSource(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    process.stderr.write(`kiln: cannot read '${path}': ${fsReason(e, path)}\n`);
    return undefined;
  }
}
