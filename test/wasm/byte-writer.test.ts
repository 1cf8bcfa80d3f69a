// The binary encodings kiln emits, checked against the format's own examples
// and against the engine: modules built with ByteWriter must validate, and
// constants written with it must come back from wasm with the same value.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ByteWriter, PADDED_U32_BYTES, readU32, leb, u32Size, writePaddedU32 } from "../../src/wasm/byte-writer.js";
import { ExternKind, FUNC_TYPE, SectionId, ValType, writeHeader, writeSection } from "../../src/wasm/format.js";
import { Op } from "../../src/wasm/opcodes.js";

const bytesOf = (f: (w: ByteWriter) => void): number[] => { const w = new ByteWriter(); f(w); return [...w.finish()]; };

test("unsigned and signed LEB128 match the format's examples", () => {
  assert.deepEqual(bytesOf((w) => w.u32(0)), [0x00]);
  assert.deepEqual(bytesOf((w) => w.u32(127)), [0x7f]);
  assert.deepEqual(bytesOf((w) => w.u32(128)), [0x80, 0x01]);
  assert.deepEqual(bytesOf((w) => w.u32(624485)), [0xe5, 0x8e, 0x26]);
  assert.deepEqual(bytesOf((w) => w.u32(0xffffffff)), [0xff, 0xff, 0xff, 0xff, 0x0f]);
  assert.deepEqual(bytesOf((w) => w.s32(0)), [0x00]);
  assert.deepEqual(bytesOf((w) => w.s32(-1)), [0x7f]);
  assert.deepEqual(bytesOf((w) => w.s32(63)), [0x3f]);
  assert.deepEqual(bytesOf((w) => w.s32(64)), [0xc0, 0x00]);
  assert.deepEqual(bytesOf((w) => w.s32(-64)), [0x40]);
  assert.deepEqual(bytesOf((w) => w.s32(-65)), [0xbf, 0x7f]);
  assert.deepEqual(bytesOf((w) => w.s32(-123456)), [0xc0, 0xbb, 0x78]);
  assert.deepEqual(bytesOf((w) => w.s32(-2147483648)), [0x80, 0x80, 0x80, 0x80, 0x78]);
  assert.deepEqual(bytesOf((w) => w.s64(-1n)), [0x7f]);
  assert.deepEqual(bytesOf((w) => w.s64(2n ** 63n - 1n)), [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00]);
  assert.deepEqual(bytesOf((w) => w.s64(-(2n ** 63n))), [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f]);
  // Out-of-range inputs wrap as the wasm types do.
  assert.deepEqual(bytesOf((w) => w.s64(2n ** 64n - 1n)), [0x7f]);
});

test("u32Size() is the length u32() writes, at every width's edges", () => {
  const edges = [0, 1, 0x7f, 0x80, 0x3fff, 0x4000, 0x1fffff, 0x200000, 0xfffffff, 0x10000000, 0xffffffff];
  for (const x of edges) assert.equal(u32Size(x), bytesOf((w) => w.u32(x)).length, `u32Size(${x})`);
});

test("padded u32s are always five bytes, decode to their value, and patch in place", () => {
  let seed = 7;
  const rnd = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; };
  for (let k = 0; k < 2000; k++) {
    const x = k < 4 ? [0, 1, 0x7f, 0xffffffff][k]! : rnd();
    const w = new ByteWriter(16);
    w.u8(0xaa);
    const at = w.paddedU32(12345);
    w.u8(0xbb);
    assert.equal(at, 1);
    assert.equal(w.length, 2 + PADDED_U32_BYTES);
    writePaddedU32(w.bytes, at, x);
    assert.equal(readU32(w.bytes, at), x);
    assert.equal(leb.next, at + PADDED_U32_BYTES);
    assert.equal(w.bytes[w.length - 1], 0xbb, "the byte after the patch is untouched");
    // The short form decodes to the same value.
    const s = new ByteWriter();
    s.u32(x);
    assert.equal(readU32(s.bytes, 0), x);
    assert.equal(leb.next, s.length);
  }
});

test("names are their UTF-8 length and bytes, ASCII or not", () => {
  assert.deepEqual(bytesOf((w) => w.name("main")), [4, 0x6d, 0x61, 0x69, 0x6e]);
  assert.deepEqual(bytesOf((w) => w.name("")), [0]);
  // é is two bytes, € three, 𝄞 (outside the BMP, two UTF-16 units) four.
  assert.deepEqual(bytesOf((w) => w.name("aé€𝄞")), [10, 0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9d, 0x84, 0x9e]);
  // A long ASCII name grows a tiny writer.
  const long = "x".repeat(300);
  const w = new ByteWriter(1);
  w.name(long);
  assert.deepEqual([...w.finish()], [...bytesOf((v) => v.u32(300)), ...new TextEncoder().encode(long)]);
});

test("a name map is its count, then each index and name, whatever the names' characters", () => {
  // What writing each entry with u32 and name gives, entry by entry.
  const oneByOne = (names: string[]): number[] => bytesOf((w) => { w.u32(names.length); names.forEach((n, i) => { w.u32(i); w.name(n); }); });
  const cases = [
    [],
    ["main", "", "m/f", "x".repeat(200)],
    ["ascii", "é", "later"], // one non-ASCII name among ASCII ones
    ["a\u{1d11e}b", "\ud800"], // a pair of UTF-16 units, and a lone one (written as U+FFFD)
    Array.from({ length: 300 }, (_, i) => `module${i}/fn${i}`), // indices past one LEB128 byte
  ];
  for (const names of cases) assert.deepEqual(bytesOf((w) => w.nameMap(names)), oneByOne(names), JSON.stringify(names.slice(0, 3)));
  assert.deepEqual(bytesOf((w) => w.nameMap(["ab", "c"])), [2, 0, 2, 0x61, 0x62, 1, 1, 0x63]);
});

test("the writer grows from a tiny buffer without losing bytes", () => {
  const w = new ByteWriter(1);
  for (let i = 0; i < 10000; i++) w.u8(i & 0xff);
  const out = w.finish();
  assert.equal(out.length, 10000);
  for (let i = 0; i < 10000; i++) assert.equal(out[i], i & 0xff);
  // written() gives the same bytes without a copy: a view of the writer's own buffer.
  const view = w.written();
  assert.deepEqual(view, out);
  assert.equal(view.buffer, w.bytes.buffer);
});

/** A module with one exported function `f` of type () -> result whose body is `body`. */
function constModule(result: ValType, body: (w: ByteWriter) => void): Uint8Array {
  const m = new ByteWriter();
  writeHeader(m);
  const types = new ByteWriter();
  types.u32(1); types.u8(FUNC_TYPE); types.u32(0); types.u32(1); types.u8(result);
  writeSection(m, SectionId.Type, types);
  const funcs = new ByteWriter();
  funcs.u32(1); funcs.u32(0);
  writeSection(m, SectionId.Function, funcs);
  const exports = new ByteWriter();
  exports.u32(1); exports.name("f"); exports.u8(ExternKind.Func); exports.u32(0);
  writeSection(m, SectionId.Export, exports);
  const fn = new ByteWriter();
  fn.u32(0); // no locals
  body(fn);
  fn.u8(Op.End);
  const code = new ByteWriter();
  code.u32(1); code.u32(fn.length); code.raw(fn.finish());
  writeSection(m, SectionId.Code, code);
  return m.finish();
}

function run(bytes: Uint8Array): unknown {
  assert.ok(WebAssembly.validate(bytes), "the module validates");
  const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  return (inst.exports["f"] as () => unknown)();
}

test("constants written by the writer come back from the engine unchanged", () => {
  let seed = 99;
  const rnd = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; };
  const i32s = [0, 1, -1, 63, 64, -64, -65, 2147483647, -2147483648];
  for (let k = 0; k < 40; k++) i32s.push(rnd() | 0);
  for (const x of i32s) assert.equal(run(constModule(ValType.I32, (w) => { w.u8(Op.I32Const); w.s32(x); })), x);
  const i64s = [0n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 53n + 1n];
  for (let k = 0; k < 40; k++) i64s.push(BigInt.asIntN(64, (BigInt(rnd()) << 32n) | BigInt(rnd())));
  for (const x of i64s) assert.equal(run(constModule(ValType.I64, (w) => { w.u8(Op.I64Const); w.s64(x); })), x);
  for (const x of [0, -0, 1.5, -2.25, Math.PI, 1e308, 5e-324, Infinity, -Infinity]) {
    assert.ok(Object.is(run(constModule(ValType.F64, (w) => { w.u8(Op.F64Const); w.f64(x); })), x), String(x));
    assert.ok(Object.is(run(constModule(ValType.F32, (w) => { w.u8(Op.F32Const); w.f32(x); })), Math.fround(x)), `f32 ${x}`);
  }
  assert.ok(Number.isNaN(run(constModule(ValType.F64, (w) => { w.u8(Op.F64Const); w.f64(NaN); }))));
});

test("a call through a patched padded index reaches the right function", () => {
  // Two functions returning 11 and 22, and `f` calling one of them by an index patched after the fact.
  for (const target of [0, 1]) {
    const m = new ByteWriter();
    writeHeader(m);
    const types = new ByteWriter();
    types.u32(1); types.u8(FUNC_TYPE); types.u32(0); types.u32(1); types.u8(ValType.I32);
    writeSection(m, SectionId.Type, types);
    const funcs = new ByteWriter();
    funcs.u32(3); funcs.u32(0); funcs.u32(0); funcs.u32(0);
    writeSection(m, SectionId.Function, funcs);
    const exports = new ByteWriter();
    exports.u32(1); exports.name("f"); exports.u8(ExternKind.Func); exports.u32(2);
    writeSection(m, SectionId.Export, exports);
    const bodies: Uint8Array[] = [];
    for (const v of [11, 22]) { const b = new ByteWriter(); b.u32(0); b.u8(Op.I32Const); b.s32(v); b.u8(Op.End); bodies.push(b.finish()); }
    const caller = new ByteWriter();
    caller.u32(0); caller.u8(Op.Call);
    const reloc = caller.paddedU32(0x7fffffff);
    caller.u8(Op.End);
    writePaddedU32(caller.bytes, reloc, target);
    bodies.push(caller.finish());
    const code = new ByteWriter();
    code.u32(bodies.length);
    for (const b of bodies) { code.u32(b.length); code.raw(b); }
    writeSection(m, SectionId.Code, code);
    assert.equal(run(m.finish()), target === 0 ? 11 : 22);
  }
});
