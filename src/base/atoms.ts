// Atoms: short names stored inside their 32-bit id, so interning or resolving
// them touches no table and builtin names are compile-time constants. Owns
// the inline encoding only; it must never allocate or consult the pool.
//
// Layout (chosen from bench/atom-layout.ts, identifier occurrences):
//
//   | source                        | <=4 chars 7-bit | <=5 of [A-Za-z0-9_$] | <=6 of [a-z0-3_] | <=5 any + 6 lower |
//   |-------------------------------|------:|------:|------:|------:|
//   | AssemblyScript std/assembly   | 52.2% | 64.2% | 63.6% | 75.4% |
//   | typescript/lib/typescript.js  | 28.0% | 37.0% | 45.3% | 46.0% |
//   | gen.mjs corpus, 100k lines    | 60.9% | 75.5% | 79.3% | 83.0% |
//
// Identifier lengths peak at 3-6 characters (std: 64% are <=5, 77% <=6), and
// six-character names are mostly lower case keywords and names (`return`,
// `export`, `length`, `string`). So an atom id is negative (bit 31 set) and
// its low 31 bits hold a code c:
//   c < ATOM5_CODES:  a bijective base-64 numeral of 0..5 chars of
//                     [A-Za-z0-9_$] (digits 1..64; the empty string is 0);
//   c >= ATOM5_CODES: 6 chars of [a-z_0-3], base 31, offset by ATOM5_CODES.
// 64^0+...+64^5 + 31^6 = 1,978,289,026 codes < 2^31. Every other text goes
// to the pool, and since every intern path tries the atom form first, equal
// texts always get equal ids.

/** Number of codes used by the 0..5-character form. */
export const ATOM5_CODES = 1 + 64 + 64 ** 2 + 64 ** 3 + 64 ** 4 + 64 ** 5;
/** The longest atom, in characters. */
export const ATOM_MAX_LENGTH = 6;

const ALPHABET64 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$";
const ALPHABET31 = "abcdefghijklmnopqrstuvwxyz_0123";

/** Byte -> digit 1..64 of the 5-char form, 0 if the byte cannot appear. */
export const DIGIT64 = new Uint8Array(256);
/** Byte -> digit 1..31 of the 6-char form (digit value + 1), 0 if it cannot. */
const DIGIT31 = new Uint8Array(256);
for (let i = 0; i < 64; i++) DIGIT64[ALPHABET64.charCodeAt(i)] = i + 1;
/**
 * Two bytes (first << 8 | second) -> their two digits as one base-4096 digit,
 * 0 if either byte cannot appear. Halves the loop trips of the 5-char form,
 * whose exit mispredictions dominate it; only ~12 KiB of it is ever touched.
 */
const PAIR64 = new Uint16Array(65536);
for (let i = 0; i < 64; i++) {
  for (let j = 0; j < 64; j++) PAIR64[(ALPHABET64.charCodeAt(i) << 8) | ALPHABET64.charCodeAt(j)] = (i + 1) * 64 + j + 1;
}
for (let i = 0; i < 31; i++) DIGIT31[ALPHABET31.charCodeAt(i)] = i + 1;

const SIGN = 0x80000000;

/**
 * The atom of a text of 1..5 characters of [A-Za-z0-9_$] whose digits a
 * scanner already folded as code = code * 64 + DIGIT64[byte] (a lexer does
 * this while it finds the identifier's end, saving a second pass).
 */
export function atomFromCode5(code: number): number { return code | SIGN; }

/** True when `id` is an inline atom. */
export function isAtom(id: number): boolean { return id < 0; }

/** The atom id of b[start, end), or 0 when that text cannot be an atom. */
export function atomFromBytes(b: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n <= 5) {
    // An odd first byte alone, then pairs: c*4096 + (d0*64 + d1) is two base-64
    // steps. c stays below 64^5 * 65/63 < 2^31, so the shifts cannot overflow.
    let c = 0, i = start;
    if ((n & 1) !== 0) {
      c = DIGIT64[b[i]!]!;
      if (c === 0) return 0;
      i++;
    }
    for (; i < end; i += 2) {
      const d = PAIR64[(b[i]! << 8) | b[i + 1]!]!;
      if (d === 0) return 0;
      c = (c << 12) + d;
    }
    return c | SIGN;
  }
  if (n === 6) {
    let c = 0;
    for (let i = start; i < end; i++) {
      const d = DIGIT31[b[i]!]!;
      if (d === 0) return 0;
      c = c * 31 + d - 1;
    }
    return ((c + ATOM5_CODES) | SIGN) | 0;
  }
  return 0;
}

/** The atom id of `text`, or 0 when it cannot be an atom. */
export function atomFromString(text: string): number {
  const n = text.length;
  if (n <= 5) {
    let c = 0;
    for (let i = 0; i < n; i++) {
      const ch = text.charCodeAt(i);
      const d = ch < 128 ? DIGIT64[ch]! : 0;
      if (d === 0) return 0;
      c = c * 64 + d;
    }
    return (c | SIGN) | 0;
  }
  if (n === 6) {
    let c = 0;
    for (let i = 0; i < n; i++) {
      const ch = text.charCodeAt(i);
      const d = ch < 128 ? DIGIT31[ch]! : 0;
      if (d === 0) return 0;
      c = c * 31 + d - 1;
    }
    return ((c + ATOM5_CODES) | SIGN) | 0;
  }
  return 0;
}

/** The atom for a name known at compile time; throws if it cannot be one. */
export function atom(text: string): number {
  const id = atomFromString(text);
  if (id === 0) throw new Error(`'${text}' cannot be an atom`);
  return id;
}

/** The text of an atom id. */
export function atomText(id: number): string {
  let c = id & 0x7fffffff;
  let s = "";
  if (c >= ATOM5_CODES) {
    c -= ATOM5_CODES;
    for (let k = 0; k < 6; k++) {
      const d = c % 31;
      s = ALPHABET31[d]! + s;
      c = (c - d) / 31;
    }
    return s;
  }
  while (c > 0) {
    const d = ((c - 1) & 63) + 1;
    s = ALPHABET64[d - 1]! + s;
    c = (c - d) / 64;
  }
  return s;
}

/** The length of an atom's text (its byte length too: atoms are ASCII). */
export function atomLength(id: number): number {
  let c = id & 0x7fffffff;
  if (c >= ATOM5_CODES) return 6;
  let n = 0;
  while (c > 0) { c = (c - ((c - 1) & 63) - 1) / 64; n++; }
  return n;
}

/** Writes the atom's ASCII bytes to out[at..] and returns the count. */
export function atomBytes(id: number, out: Uint8Array, at: number): number {
  const s = atomText(id);
  for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
  return s.length;
}
