// Reading files into shared chunks: every file's bytes come back whole and
// stay intact while later files are read, whatever their sizes (empty, many
// to a chunk, one that runs past a chunk's end, one larger than a chunk),
// and a failed read throws what node:fs throws.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readIntoArena } from "../../src/driver/source-arena.js";

/** Bytes that differ from file to file and from position to position. */
function content(seed: number, size: number): Uint8Array {
  const b = new Uint8Array(size);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < size; i++) { x = (x * 1103515245 + 12345) >>> 0; b[i] = x >>> 24; }
  return b;
}

test("files of every size read back whole, and stay so while others are read", () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-source-arena-"));
  try {
    // Sizes around and past the 1 MiB chunk, so some file starts near a chunk's end.
    const sizes = [0, 1, 7_000, 300_000, 700_000, 1 << 20, 5, (1 << 20) + 3, 2_500_000, 9, 400_000, 650_000];
    const expected = sizes.map((s, i) => content(i, s));
    const read: Uint8Array[] = [];
    expected.forEach((bytes, i) => {
      const path = join(dir, `f${i}.ts`);
      writeFileSync(path, bytes);
      read.push(readIntoArena(path));
    });
    expected.forEach((bytes, i) => {
      assert.equal(read[i]!.length, bytes.length, `file ${i}'s length`);
      assert.ok(Buffer.from(read[i]!).equals(Buffer.from(bytes)), `file ${i}'s bytes`);
      assert.ok(!(read[i] instanceof Buffer), "a plain Uint8Array, as the lexer expects");
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a missing file or a directory throws node's error", () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-source-arena-"));
  try {
    assert.throws(() => readIntoArena(join(dir, "none.ts")), { code: "ENOENT" });
    mkdirSync(join(dir, "d.ts"));
    assert.throws(() => readIntoArena(join(dir, "d.ts")), { code: "EISDIR" });
    // A read after failures still works.
    writeFileSync(join(dir, "ok.ts"), "let x = 1;\n");
    assert.equal(Buffer.from(readIntoArena(join(dir, "ok.ts"))).toString(), "let x = 1;\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
