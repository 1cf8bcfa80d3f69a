// A growable byte buffer with the WebAssembly binary format's encodings:
// LEB128 integers (and their 5-byte padded form, which a linker patches in
// place), little-endian floats, names and length-prefixed vectors. It knows
// the encodings, never what a module contains.

/** Bytes of a padded u32 LEB128: always 5, whatever the value, so it can be patched in place. */
export const PADDED_U32_BYTES = 5;

/**
 * Where floats are turned into bytes: one per thread, not one per writer, so
 * that a writer is one ArrayBuffer (about half a microsecond each), not two.
 */
const floatBytes = new DataView(new ArrayBuffer(8));
const utf8Encoder = new TextEncoder();

export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 256) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  private reserve(n: number): void {
    if (this.length + n > this.bytes.length) this.grow(n);
  }

  /**
   * Apart from reserve(), which every write inlines: the copy is rare, and
   * inlined with it, it made each function that writes bytes larger for
   * V8's optimizing compiler.
   */
  private grow(n: number): void {
    let cap = this.bytes.length * 2;
    while (cap < this.length + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.bytes.subarray(0, this.length));
    this.bytes = b;
  }

  u8(x: number): void {
    this.reserve(1);
    this.bytes[this.length++] = x;
  }

  /** Unsigned LEB128 of a u32 (0 ≤ x < 2^32). */
  u32(x: number): void {
    this.reserve(5);
    let v = x >>> 0;
    const b = this.bytes;
    let at = this.length;
    while (v >= 0x80) { b[at++] = (v & 0x7f) | 0x80; v >>>= 7; }
    b[at++] = v;
    this.length = at;
  }

  /** Signed LEB128 of an i32. */
  s32(x: number): void {
    this.reserve(5);
    let v = x | 0;
    const b = this.bytes;
    let at = this.length;
    for (;;) {
      const byte = v & 0x7f;
      v >>= 7;
      if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) { b[at++] = byte; break; }
      b[at++] = byte | 0x80;
    }
    this.length = at;
  }

  /** Signed LEB128 of an i64. */
  s64(x: bigint): void {
    this.reserve(10);
    let v = BigInt.asIntN(64, x);
    for (;;) {
      const byte = Number(v & 0x7fn);
      v >>= 7n;
      if ((v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0)) { this.bytes[this.length++] = byte; break; }
      this.bytes[this.length++] = byte | 0x80;
    }
  }

  /** A u32 as 5 LEB128 bytes; returns its offset for patchU32. */
  paddedU32(x: number): number {
    const at = this.length;
    this.reserve(PADDED_U32_BYTES);
    this.length += PADDED_U32_BYTES;
    writePaddedU32(this.bytes, at, x);
    return at;
  }

  f32(x: number): void {
    this.reserve(4);
    floatBytes.setFloat32(0, x, true);
    for (let i = 0; i < 4; i++) this.bytes[this.length++] = floatBytes.getUint8(i);
  }

  f64(x: number): void {
    this.reserve(8);
    floatBytes.setFloat64(0, x, true);
    for (let i = 0; i < 8; i++) this.bytes[this.length++] = floatBytes.getUint8(i);
  }

  raw(src: Uint8Array): void {
    this.reserve(src.length);
    this.bytes.set(src, this.length);
    this.length += src.length;
  }

  /** A name: its UTF-8 length, then the bytes. */
  name(text: string): void {
    // Names are nearly always ASCII: no encoder, no copy.
    let ascii = true;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) { ascii = false; break; }
    if (!ascii) {
      const utf8 = utf8Encoder.encode(text);
      this.u32(utf8.length);
      this.raw(utf8);
      return;
    }
    this.u32(text.length);
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length++] = text.charCodeAt(i);
  }

  /**
   * A name map (the name section's vector of index and name) of `names`,
   * indexed from 0: the count, then each index and name. The names are
   * encoded in one call when they are all ASCII (UTF-8 as long as UTF-16,
   * which no other character allows): the linker writes one per function,
   * thousands, before V8 has optimized any loop that would copy them.
   */
  nameMap(names: readonly string[]): void {
    this.u32(names.length);
    const all = names.join("");
    const bytes = utf8Encoder.encode(all);
    if (bytes.length !== all.length) {
      for (let i = 0; i < names.length; i++) { this.u32(i); this.name(names[i]!); }
      return;
    }
    for (let i = 0, at = 0; i < names.length; i++) {
      const n = names[i]!.length;
      this.u32(i);
      this.u32(n);
      this.raw(bytes.subarray(at, at + n));
      at += n;
    }
  }

  /** The bytes written so far, without a copy: for a writer that is done (the next write may change them). */
  written(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  /** The bytes written so far (a copy, so the writer can go on). */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Writes `x` as 5 LEB128 bytes at `at` (a relocation's patch, or paddedU32's first write). */
export function writePaddedU32(bytes: Uint8Array, at: number, x: number): void {
  let v = x >>> 0;
  for (let i = 0; i < PADDED_U32_BYTES - 1; i++) { bytes[at + i] = (v & 0x7f) | 0x80; v >>>= 7; }
  bytes[at + PADDED_U32_BYTES - 1] = v & 0x7f;
}

/** Reads the unsigned LEB128 at `at`; sets `leb.next` past it. */
export function readU32(bytes: Uint8Array, at: number): number {
  let result = 0, shift = 0, i = at;
  for (;;) {
    const b = bytes[i++]!;
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) break;
    shift += 7;
  }
  leb.next = i;
  return result;
}

/** Where the last readU32 stopped. */
export const leb = { next: 0 };

/** How many bytes u32() writes for `x` (0 ≤ x < 2^32): 7 bits a byte. */
export function u32Size(x: number): number {
  return x < 0x80 ? 1 : x < 0x4000 ? 2 : x < 0x200000 ? 3 : x < 0x10000000 ? 4 : 5;
}
