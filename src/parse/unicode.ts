// Unicode character questions the lexer asks off its hot path: decoding one
// code point from UTF-8, and whether it starts or continues an identifier or
// is a space or line break as ECMAScript defines them. Owns nothing else.

const ID_START = /[\p{ID_Start}$_]/u;
const ID_CONTINUE = /[\p{ID_Continue}$\u200c\u200d]/u;

/** The code point whose UTF-8 starts at src[i], or -1 for a malformed sequence. */
export function decodeCodePoint(src: Uint8Array, i: number): number {
  const c = src[i]!;
  if (c < 0x80) return c;
  const n = src.length;
  if (c >= 0xc2 && c < 0xe0 && i + 1 < n && (src[i + 1]! & 0xc0) === 0x80) return ((c & 0x1f) << 6) | (src[i + 1]! & 0x3f);
  if (c >= 0xe0 && c < 0xf0 && i + 2 < n && (src[i + 1]! & 0xc0) === 0x80 && (src[i + 2]! & 0xc0) === 0x80) {
    const cp = ((c & 0x0f) << 12) | ((src[i + 1]! & 0x3f) << 6) | (src[i + 2]! & 0x3f);
    return cp >= 0x800 ? cp : -1;
  }
  if (c >= 0xf0 && c < 0xf5 && i + 3 < n && (src[i + 1]! & 0xc0) === 0x80 && (src[i + 2]! & 0xc0) === 0x80 && (src[i + 3]! & 0xc0) === 0x80) {
    const cp = ((c & 0x07) << 18) | ((src[i + 1]! & 0x3f) << 12) | ((src[i + 2]! & 0x3f) << 6) | (src[i + 3]! & 0x3f);
    return cp >= 0x10000 && cp <= 0x10ffff ? cp : -1;
  }
  return -1;
}

/**
 * Bytes of the invalid sequence at src[i]: a lead byte with the continuation
 * bytes it claims, as far as they go (Unicode's "maximal subpart"), so a
 * truncated character is one error and the next valid character survives.
 */
export function invalidSequenceLength(src: Uint8Array, i: number): number {
  const want = src[i]! >= 0xc2 && src[i]! < 0xf5 ? utf8Length(src[i]!) : 1;
  let len = 1;
  while (len < want && i + len < src.length && (src[i + len]! & 0xc0) === 0x80) len++;
  return len;
}

/** Bytes of the UTF-8 sequence that starts with `lead` (1 for a stray byte). */
export function utf8Length(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

export function isIdStartCode(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95 || cp === 36;
  return ID_START.test(String.fromCodePoint(cp));
}

export function isIdContinueCode(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || cp === 95 || cp === 36;
  return ID_CONTINUE.test(String.fromCodePoint(cp));
}

/** White space other than the ASCII ones (ECMAScript WhiteSpace: Zs, NBSP, ZWNBSP). */
export function isUnicodeSpace(cp: number): boolean {
  return cp === 0xa0 || cp === 0xfeff || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** LINE SEPARATOR and PARAGRAPH SEPARATOR. */
export function isUnicodeLineBreak(cp: number): boolean { return cp === 0x2028 || cp === 0x2029; }
