import { test } from "node:test";
import assert from "node:assert/strict";
import { SourceMap } from "../../src/base/source-map.js";

const enc = new TextEncoder();

test("files and virtual files own consecutive ranges of one position space", () => {
  const sm = new SourceMap();
  const a = sm.addFile("a.ts", enc.encode("let x = 1;\n"));
  const lib = sm.addVirtualFile("~lib/builtins.ts", enc.encode("export const y = 2;"));
  const empty = sm.addFile("empty.ts", enc.encode(""));
  assert.equal(sm.base(a), 0);
  assert.equal(sm.base(lib), 12);
  assert.equal(sm.base(empty), 12 + 20);
  assert.equal(sm.fileOf(0), a);
  assert.equal(sm.fileOf(11), a, "end-of-file position belongs to its file");
  assert.equal(sm.fileOf(12), lib);
  assert.equal(sm.fileOf(sm.base(empty)), empty);
  assert.ok(sm.isVirtual(lib) && !sm.isVirtual(a));
  assert.equal(sm.name(lib), "~lib/builtins.ts");
  assert.throws(() => sm.fileOf(10_000), /outside/);
});

test("line and column, with \\n, \\r\\n, lone \\r and non-ASCII text", () => {
  const sm = new SourceMap();
  const src = "ab\ncd\r\nef\rgh\n  é😀x";
  const f = sm.addFile("m.ts", enc.encode(src));
  const base = sm.base(f);
  const at = (s: string): number => base + enc.encode(src.slice(0, src.indexOf(s))).length;
  assert.deepEqual(sm.lineCol(at("a")), { file: f, line: 1, column: 1 });
  assert.deepEqual(sm.lineCol(at("d")), { file: f, line: 2, column: 2 });
  assert.deepEqual(sm.lineCol(at("f")), { file: f, line: 3, column: 2 });
  assert.deepEqual(sm.lineCol(at("g")), { file: f, line: 4, column: 1 });
  assert.deepEqual(sm.lineCol(at("x")), { file: f, line: 5, column: 6 }, "é is one unit, 😀 two");
  assert.equal(sm.lineText(f, 2), "cd");
  assert.equal(sm.lineText(f, 5), "  é😀x");
  assert.equal(sm.lines(f).length, 5);
});

test("columns after malformed bytes count each as the one U+FFFD the shown line has", () => {
  const sm = new SourceMap();
  // 0xff and 0xfe are never UTF-8; 0xf0 starts a four-byte sequence that "ab" breaks off.
  const bytes = new Uint8Array([0xff, 0xfe, 0x20, 0xf0, 0x61, 0x62, 0x20, 0x78]);
  const f = sm.addFile("m.ts", bytes);
  const col = (offset: number): number => sm.lineCol(sm.base(f) + offset).column;
  assert.equal(sm.lineText(f, 1), "\ufffd\ufffd \ufffdab x");
  assert.deepEqual([0, 1, 2, 3, 4, 7].map(col), [1, 2, 3, 4, 5, 8]);
});

test("many files: lookup stays right past the initial capacity", () => {
  const sm = new SourceMap();
  const ids = [];
  for (let i = 0; i < 100; i++) ids.push(sm.addFile(`f${i}.ts`, enc.encode("x".repeat(i))));
  for (const id of ids) {
    assert.equal(sm.fileOf(sm.base(id)), id);
    assert.equal(sm.fileOf(sm.base(id) + sm.text(id).length), id);
  }
  assert.equal(sm.fileCount, 100);
});
