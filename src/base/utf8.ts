// Lossless conversion between JavaScript strings and bytes. Uses WTF-8 (UTF-8
// that also encodes lone surrogates) so that every JS string, including string
// literals with unpaired surrogates, round-trips exactly. Knows nothing of ids.

/** Upper bound of the encoded size of `text`. */
export function maxEncodedLength(text: string): number { return text.length * 3; }

/**
 * Encodes `text` into `out` at 0 and returns the byte count, or -1 if `out` is
 * too small. `out` must hold at least maxEncodedLength(text) bytes to be safe.
 */
export function encodeWtf8(text: string, out: Uint8Array): number {
  const n = text.length;
  let w = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (w >= out.length) return -1;
      out[w++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    const size = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (w + size > out.length) return -1;
    if (c < 0x800) {
      out[w++] = 0xc0 | (c >> 6);
      out[w++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[w++] = 0xe0 | (c >> 12);
      out[w++] = 0x80 | ((c >> 6) & 63);
      out[w++] = 0x80 | (c & 63);
    } else {
      out[w++] = 0xf0 | (c >> 18);
      out[w++] = 0x80 | ((c >> 12) & 63);
      out[w++] = 0x80 | ((c >> 6) & 63);
      out[w++] = 0x80 | (c & 63);
    }
  }
  return w;
}

/** The smallest code point each sequence length may encode (shorter is an overlong form). */
const MIN_CODE_POINT = [0, 0x80, 0x800, 0x10000];

/**
 * Decodes WTF-8 bytes b[start, end) to a string. Malformed sequences decode
 * as U+FFFD, one per offending byte; it never throws.
 */
export function decodeWtf8(b: Uint8Array, start: number, end: number): string {
  let out = "";
  let chunk: number[] = [];
  for (let i = start; i < end;) {
    const c = b[i]!;
    let cp = 0xfffd, need = 0;
    if (c < 0x80) { cp = c; }
    else if (c >= 0xc2 && c < 0xe0) { cp = c & 31; need = 1; }
    else if (c >= 0xe0 && c < 0xf0) { cp = c & 15; need = 2; }
    else if (c >= 0xf0 && c < 0xf5) { cp = c & 7; need = 3; }
    let ok = i + need < end;
    for (let k = 1; ok && k <= need; k++) {
      const d = b[i + k]!;
      if ((d & 0xc0) !== 0x80) ok = false; else cp = (cp << 6) | (d & 63);
    }
    if (need > 0 && ok && (cp < MIN_CODE_POINT[need]! || cp > 0x10ffff)) ok = false;
    if (need > 0 && !ok) { cp = 0xfffd; need = 0; }
    i += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 1023));
    } else chunk.push(cp);
    if (chunk.length >= 4096) { out += String.fromCharCode.apply(null, chunk); chunk = []; }
  }
  return out + String.fromCharCode.apply(null, chunk);
}
