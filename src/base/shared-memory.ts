// Growable SharedArrayBuffers and fixed-length views over them. Views are
// re-made after growth rather than length-tracking, because V8 (Node 20)
// runs length-tracking views about 10x slower. Owns no data layout.

export class CapacityError extends Error {}

export function growableBuffer(initialBytes: number, maxBytes: number): SharedArrayBuffer {
  return new SharedArrayBuffer(initialBytes, { maxByteLength: maxBytes });
}

/** Grows `buf` (geometrically) so that it holds at least `bytes`; throws CapacityError past its maximum. */
export function ensureCapacity(buf: SharedArrayBuffer, bytes: number, what: string): void {
  if (buf.byteLength >= bytes) return;
  if (bytes > buf.maxByteLength) throw new CapacityError(`${what} is full (${buf.maxByteLength} bytes)`);
  buf.grow(Math.min(buf.maxByteLength, Math.max(bytes, buf.byteLength * 2)));
}

export function int32View(buf: SharedArrayBuffer): Int32Array { return new Int32Array(buf, 0, buf.byteLength >> 2); }
export function byteView(buf: SharedArrayBuffer): Uint8Array { return new Uint8Array(buf, 0, buf.byteLength); }
