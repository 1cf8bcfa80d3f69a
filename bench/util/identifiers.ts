// Identifier token ranges of a set of files, found with the simple scanner,
// laid out flat so benchmarks and workers can loop over them without objects.
import { simpleScan, ScanKind } from "./simple-scan.js";
import type { SourceFile } from "./inputs.js";

export interface IdentifierRanges {
  /** All files' bytes, back to back. */
  bytes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Index into starts/ends where each file begins (plus one past the end). */
  fileStarts: Int32Array;
}

export function identifierRanges(files: readonly SourceFile[]): IdentifierRanges {
  const total = files.reduce((a, f) => a + f.bytes.length, 0);
  const bytes = new Uint8Array(total);
  const starts: number[] = [], ends: number[] = [];
  const fileStarts = new Int32Array(files.length + 1);
  let base = 0;
  files.forEach((f, k) => {
    bytes.set(f.bytes, base);
    fileStarts[k] = starts.length;
    const t = simpleScan(f.bytes);
    for (let i = 0; i < t.count; i++) {
      if (t.kind[i] === ScanKind.Ident) { starts.push(base + t.start[i]!); ends.push(base + t.end[i]!); }
    }
    base += f.bytes.length;
  });
  fileStarts[files.length] = starts.length;
  return { bytes, starts: Int32Array.from(starts), ends: Int32Array.from(ends), fileStarts };
}
