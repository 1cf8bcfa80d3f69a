// The source map: one position space in which every file and virtual file
// (standard library, synthesized code, an instantiation) owns a range, so a
// span needs no file id. Owns file registration and position -> file, line
// and column. Line tables are built only when a position is first printed.
// It lives on the thread that reads files and prints diagnostics; other
// threads receive a file's base position with its text.

import type { FileId } from "./ids.js";
import { decodeWtf8 } from "./utf8.js";

export interface LineCol {
  readonly file: FileId;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units as editors count them. */
  readonly column: number;
}

export class SourceMap {
  private readonly names: string[] = [];
  private readonly texts: Uint8Array[] = [];
  private readonly virtual: boolean[] = [];
  private bases = new Uint32Array(16);
  private readonly lineStarts: (Uint32Array | undefined)[] = [];
  private next = 0;

  get fileCount(): number { return this.names.length; }

  /** Registers a file read from disk. `text` is its UTF-8 bytes. */
  addFile(name: string, text: Uint8Array): FileId { return this.add(name, text, false); }

  /** Registers text the compiler made or ships (library, synthesized code). */
  addVirtualFile(name: string, text: Uint8Array): FileId { return this.add(name, text, true); }

  private add(name: string, text: Uint8Array, isVirtual: boolean): FileId {
    const id = this.names.length;
    // +1 leaves room for the end-of-file position, distinct from the next file's first.
    if (this.next + text.length + 1 > 0xffffffff) throw new RangeError("source map: position space exhausted (4 GiB)");
    if (id === this.bases.length) {
      const b = new Uint32Array(id * 2);
      b.set(this.bases);
      this.bases = b;
    }
    this.bases[id] = this.next;
    this.names.push(name);
    this.texts.push(text);
    this.virtual.push(isVirtual);
    this.lineStarts.push(undefined);
    this.next += text.length + 1;
    return id as FileId;
  }

  base(file: FileId): number { return this.bases[file]!; }
  name(file: FileId): string { return this.names[file]!; }
  text(file: FileId): Uint8Array { return this.texts[file]!; }
  isVirtual(file: FileId): boolean { return this.virtual[file]!; }

  /** The file whose range holds `pos` (its end-of-file position included). */
  fileOf(pos: number): FileId {
    let lo = 0, hi = this.names.length - 1;
    if (hi < 0 || pos >= this.next) throw new RangeError(`position ${pos} is outside every file`);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.bases[mid]! <= pos) lo = mid; else hi = mid - 1;
    }
    return lo as FileId;
  }

  /** Byte offsets at which the file's lines start (\n, \r\n and lone \r end a line). */
  lines(file: FileId): Uint32Array {
    let starts = this.lineStarts[file];
    if (starts) return starts;
    const t = this.texts[file]!;
    let n = 1;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (c === 10 || (c === 13 && t[i + 1] !== 10)) n++;
    }
    starts = new Uint32Array(n);
    let k = 1;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (c === 10 || (c === 13 && t[i + 1] !== 10)) starts[k++] = i + 1;
    }
    this.lineStarts[file] = starts;
    return starts;
  }

  lineCol(pos: number): LineCol {
    const file = this.fileOf(pos);
    const offset = pos - this.bases[file]!;
    const starts = this.lines(file);
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    // The column counts UTF-16 units of the line as lineText decodes it, so
    // a position and the line shown under it agree: an astral character is
    // two units, and each byte of a malformed sequence one U+FFFD.
    const t = this.texts[file]!;
    const start = starts[lo]!, end = Math.min(offset, t.length);
    let i = start;
    while (i < end && t[i]! < 0x80) i++; // ASCII, nearly always: a byte is a unit
    const column = 1 + (i === end ? end - start : decodeWtf8(t, start, end).length);
    return { file, line: lo + 1, column };
  }

  /** The text of a 1-based line, without its line terminator. */
  lineText(file: FileId, line: number): string {
    const starts = this.lines(file);
    const t = this.texts[file]!;
    const s = starts[line - 1]!;
    let e = line < starts.length ? starts[line]! : t.length;
    while (e > s && (t[e - 1] === 10 || t[e - 1] === 13)) e--;
    return decodeWtf8(t, s, e);
  }
}
