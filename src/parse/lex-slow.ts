// The lexer's rare paths: identifiers with non-ASCII characters or escapes,
// numbers other than short decimal integers, strings with escapes or without
// an end, and template pieces. Each scans from a token's start, reports what
// is wrong, and leaves its results in the SlowLexer's out fields (no object
// per call). It must never throw on bad input.
import type { InternPool } from "../base/intern-pool.js";
import type { SpanTable } from "../base/span.js";
import { LexCode } from "../diagnostics/codes.js";
import type { Diagnostics } from "../diagnostics/diagnostics.js";
import { decodeCodePoint, invalidSequenceLength, isIdContinueCode, isIdStartCode, isUnicodeLineBreak, isUnicodeSpace, utf8Length } from "./unicode.js";
import { TokFlag } from "./tokens.js";

export interface NumberSink {
  addNumber(x: number): number;
  readonly bigs: Map<number, bigint>;
}

export interface SlowLexer {
  readonly src: Uint8Array;
  readonly base: number;
  readonly pool: InternPool;
  readonly spans: SpanTable;
  readonly diags: Diagnostics;
  readonly numbers: NumberSink;
  scratch: Uint8Array;
  // out fields of the last call
  end: number;
  /** Interned text (identifiers, strings, templates) or number index. */
  value: number;
  flags: number;
  /** Template piece ends with `${`. */
  opens: boolean;
}

function report(s: SlowLexer, code: number, start: number, length: number, message: string): void {
  s.diags.error(code, s.spans.make(s.base + start, length), message);
}

/** Appends code point `cp` as WTF-8 at scratch[at]; returns the new length. */
function put(s: SlowLexer, at: number, cp: number): number {
  if (at + 4 > s.scratch.length) { const b = new Uint8Array(s.scratch.length * 2 + 8); b.set(s.scratch); s.scratch = b; }
  const b = s.scratch;
  if (cp < 0x80) { b[at] = cp; return at + 1; }
  if (cp < 0x800) { b[at] = 0xc0 | (cp >> 6); b[at + 1] = 0x80 | (cp & 63); return at + 2; }
  if (cp < 0x10000) { b[at] = 0xe0 | (cp >> 12); b[at + 1] = 0x80 | ((cp >> 6) & 63); b[at + 2] = 0x80 | (cp & 63); return at + 3; }
  b[at] = 0xf0 | (cp >> 18); b[at + 1] = 0x80 | ((cp >> 12) & 63); b[at + 2] = 0x80 | ((cp >> 6) & 63); b[at + 3] = 0x80 | (cp & 63);
  return at + 4;
}

/** Appends one raw byte (part of already valid UTF-8) at scratch[at]. */
function putByte(s: SlowLexer, at: number, byte: number): number {
  if (at + 1 > s.scratch.length) { const b = new Uint8Array(s.scratch.length * 2 + 8); b.set(s.scratch); s.scratch = b; }
  s.scratch[at] = byte;
  return at + 1;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/**
 * Reads a `\u` escape at src[i] (the backslash): returns the code point and
 * sets s.end past it, or -1 (s.end past what was read) when malformed.
 */
function unicodeEscape(s: SlowLexer, i: number): number {
  const src = s.src;
  if (src[i + 1] !== 117) { s.end = i + 1; return -1; }
  let j = i + 2;
  let cp = 0;
  if (src[j] === 123) {
    j++;
    let digits = 0;
    while (j < src.length && hexValue(src[j]!) >= 0) { cp = cp * 16 + hexValue(src[j]!); j++; digits++; if (cp > 0x10ffff) break; }
    if (digits === 0 || src[j] !== 125 || cp > 0x10ffff) { s.end = j; return -1; }
    s.end = j + 1;
    return cp;
  }
  for (let k = 0; k < 4; k++) {
    const h = j < src.length ? hexValue(src[j]!) : -1;
    if (h < 0) { s.end = j; return -1; }
    cp = cp * 16 + h;
    j++;
  }
  s.end = j;
  return cp;
}

/** An identifier (or a private name's part after '#') with non-ASCII characters or escapes. */
export function lexIdentSlow(s: SlowLexer, start: number): void {
  const src = s.src, n = src.length;
  let i = start, at = 0, flags = 0;
  for (;;) {
    if (i >= n) break;
    const c = src[i]!;
    let cp: number, next: number;
    if (c === 92) {
      cp = unicodeEscape(s, i);
      next = s.end;
      if (cp < 0 || !(at === 0 ? isIdStartCode(cp) : isIdContinueCode(cp))) {
        report(s, LexCode.InvalidEscape, i, Math.max(1, next - i), "invalid escape in an identifier: expected \\uXXXX or \\u{X...} naming an identifier character");
        i = Math.max(next, i + 1);
        continue;
      }
      flags = TokFlag.Escaped;
    } else {
      cp = c < 128 ? c : decodeCodePoint(src, i);
      next = i + (c < 128 ? 1 : utf8Length(c));
      if (cp < 0 || !(at === 0 ? isIdStartCode(cp) : isIdContinueCode(cp))) break;
    }
    at = put(s, at, cp);
    i = next;
  }
  s.end = i;
  s.flags = flags;
  s.value = at === 0 ? 0 : s.pool.internBytes(s.scratch, 0, at);
}

/** A numeric literal that is not a short plain decimal integer (also `.5`). */
export function lexNumberSlow(s: SlowLexer, start: number): void {
  const src = s.src, n = src.length;
  let i = start, flags = 0, text = "", radix = 10, bad = "";
  const digitsOf = (ok: (c: number) => boolean): void => {
    let last = -1;
    const from = i;
    while (i < n) {
      const c = src[i]!;
      if (c === 95) {
        if (last !== 1) bad ||= "a numeric separator '_' must be between two digits";
        last = 0; i++; continue;
      }
      if (!ok(c)) break;
      text += String.fromCharCode(c);
      last = 1; i++;
    }
    if (last === 0 || (i > from && src[from] === 95)) bad ||= "a numeric separator '_' must be between two digits";
  };
  const dec = (c: number): boolean => c >= 48 && c <= 57;
  const c0 = src[i]!, c1 = i + 1 < n ? src[i + 1]! | 32 : 0;
  if (c0 === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    radix = c1 === 120 ? 16 : c1 === 111 ? 8 : 2;
    i += 2;
    digitsOf(radix === 16 ? (c) => hexValue(c) >= 0 : radix === 8 ? (c) => c >= 48 && c <= 55 : (c) => c === 48 || c === 49);
    if (text === "") bad ||= `expected ${radix === 16 ? "hexadecimal" : radix === 8 ? "octal" : "binary"} digits after '${String.fromCharCode(src[start]!, src[start + 1]!)}'`;
  } else {
    digitsOf(dec);
    if (text.length > 1 && text[0] === "0" && !(i < n && (src[i] === 46 || (src[i]! | 32) === 101))) {
      bad ||= "a decimal number cannot start with 0 (write 0o for an octal number)";
    }
    if (i < n && src[i] === 46) {
      flags |= TokFlag.Float;
      text += ".";
      i++;
      if (i < n && src[i] === 95) bad ||= "a numeric separator '_' must be between two digits";
      digitsOf(dec);
    }
    if (i < n && (src[i]! | 32) === 101) {
      const save = i, saveText = text;
      i++;
      text += "e";
      if (i < n && (src[i] === 43 || src[i] === 45)) { text += String.fromCharCode(src[i]!); i++; }
      const before = text.length;
      digitsOf(dec);
      if (text.length === before) { i = save; text = saveText; bad ||= "expected digits in the exponent"; i++; }
      else flags |= TokFlag.Float;
    }
  }
  if (i < n && src[i] === 110 && (flags & TokFlag.Float) === 0) { flags |= TokFlag.BigIntSuffix; i++; }
  if (i < n && (isIdStartCode(src[i]! < 128 ? src[i]! : decodeCodePoint(src, i)) || dec(src[i]!))) {
    while (i < n && (isIdContinueCode(src[i]! < 128 ? src[i]! : decodeCodePoint(src, i)))) i += src[i]! < 128 ? 1 : utf8Length(src[i]!);
    bad ||= "an identifier or keyword cannot immediately follow a numeric literal";
  }
  if (bad) report(s, LexCode.InvalidNumber, start, i - start, `invalid number: ${bad}`);
  let value = 0;
  let big: bigint | undefined;
  if (text === "" || text === ".") value = 0;
  else if ((flags & TokFlag.Float) !== 0) value = Number(text);
  else {
    const prefix = radix === 16 ? "0x" : radix === 8 ? "0o" : radix === 2 ? "0b" : "";
    value = text.length <= 12 ? parseInt(text, radix) : Number(BigInt(prefix + text));
    if (value > Number.MAX_SAFE_INTEGER) { big = BigInt(prefix + text); flags |= TokFlag.Big; }
  }
  s.end = i;
  s.flags = flags;
  s.value = s.numbers.addNumber(value);
  if (big !== undefined) s.numbers.bigs.set(s.value, big);
}

/**
 * Decodes one escape at src[i] (the backslash) into scratch at `at`; returns
 * the new length and sets s.end past the escape. High and low surrogate
 * escapes that pair up are joined, so the text is proper UTF-8 where it can be.
 */
function escape(s: SlowLexer, i: number, at: number, inTemplate: boolean): number {
  const src = s.src, n = src.length;
  const c = i + 1 < n ? src[i + 1]! : -1;
  s.end = i + 2;
  switch (c) {
    case 110: return put(s, at, 10);
    case 116: return put(s, at, 9);
    case 114: return put(s, at, 13);
    case 98: return put(s, at, 8);
    case 102: return put(s, at, 12);
    case 118: return put(s, at, 11);
    case 48:
      if (i + 2 < n && src[i + 2]! >= 48 && src[i + 2]! <= 57) break;
      return put(s, at, 0);
    case 13: if (src[i + 2] === 10) s.end = i + 3; return at; // line continuation
    case 10: return at;
    case 120: {
      const h1 = i + 2 < n ? hexValue(src[i + 2]!) : -1, h2 = i + 3 < n ? hexValue(src[i + 3]!) : -1;
      if (h1 < 0 || h2 < 0) break;
      s.end = i + 4;
      return put(s, at, h1 * 16 + h2);
    }
    case 117: {
      let cp = unicodeEscape(s, i);
      if (cp < 0) { report(s, LexCode.InvalidEscape, i, s.end - i, "invalid escape: expected \\uXXXX or \\u{X...} with at most 10FFFF"); return at; }
      if (cp >= 0xd800 && cp <= 0xdbff && src[s.end] === 92 && src[s.end + 1] === 117) {
        const after = s.end;
        const lo = unicodeEscape(s, after);
        if (lo >= 0xdc00 && lo <= 0xdfff) cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        else s.end = after;
      }
      return put(s, at, cp);
    }
    case -1: s.end = n; return at; // a backslash ending the file: the caller reports the literal unterminated
    default: {
      if (c >= 49 && c <= 57) break;
      const cp = c < 128 ? c : decodeCodePoint(src, i + 1);
      // An invalid UTF-8 byte is one character, so the bytes after it stay in the literal.
      s.end = Math.min(n, i + 1 + (c < 128 || cp < 0 ? 1 : utf8Length(c)));
      return cp === 0x2028 || cp === 0x2029 ? at : put(s, at, cp < 0 ? 0xfffd : cp);
    }
  }
  report(s, LexCode.InvalidEscape, i, Math.min(n, i + 2) - i, inTemplate ? "invalid escape in a template literal" : "invalid escape: octal escapes are not allowed (use \\x or \\u)");
  s.end = Math.min(n, i + 2);
  return at;
}

/** A string literal with escapes, or one that is not closed on its line. */
export function lexStringSlow(s: SlowLexer, start: number): void {
  const src = s.src, n = src.length, quote = src[start]!;
  let i = start + 1, at = 0, flags = 0;
  for (;;) {
    if (i >= n || src[i] === 10 || src[i] === 13) {
      report(s, LexCode.UnterminatedString, start, i - start, `unterminated string: expected a closing ${quote === 34 ? "'\"'" : "\"'\""} before the end of the ${i >= n ? "file" : "line"}`);
      flags |= TokFlag.Unterminated;
      break;
    }
    const c = src[i]!;
    if (c === quote) { i++; break; }
    if (c === 92) { at = escape(s, i, at, false); i = s.end; flags |= TokFlag.Escaped; continue; }
    at = putByte(s, at, c);
    i++;
  }
  s.end = i;
  s.flags = flags;
  s.value = s.pool.internBytes(s.scratch, 0, at);
}

/**
 * One piece of a template: from '`' (head) or the '}' closing a substitution,
 * to the closing '`' or the next '${'. s.opens tells which.
 */
export function lexTemplatePart(s: SlowLexer, start: number): void {
  const src = s.src, n = src.length;
  let i = start + 1, at = 0, flags = 0;
  s.opens = false;
  for (;;) {
    if (i >= n) {
      report(s, LexCode.UnterminatedTemplate, start, i - start, "unterminated template literal: expected a closing '`'");
      flags |= TokFlag.Unterminated;
      break;
    }
    const c = src[i]!;
    if (c === 96) { i++; break; }
    if (c === 36 && src[i + 1] === 123) { i += 2; s.opens = true; break; }
    if (c === 92) { at = escape(s, i, at, true); i = s.end; continue; }
    if (c === 13) { // CR and CRLF are LF in a template's value
      at = put(s, at, 10);
      i += src[i + 1] === 10 ? 2 : 1;
      continue;
    }
    at = putByte(s, at, c);
    i++;
  }
  s.end = i;
  s.flags = flags;
  s.value = s.pool.internBytes(s.scratch, 0, at);
}

/** What lexOther found at a byte that starts no ASCII token. */
export const enum Other { Skip, LineBreak, Identifier }

/**
 * At a non-ASCII byte (or an ASCII control character): a Unicode space or
 * line break (skipped), an identifier (s.end, s.value, s.flags), or junk
 * (reported and skipped). s.end is always where lexing goes on.
 */
export function lexOther(s: SlowLexer, start: number): Other {
  const src = s.src, c = src[start]!;
  const cp = c >= 128 ? decodeCodePoint(src, start) : c;
  const len = c < 128 ? 1 : cp >= 0 ? utf8Length(c) : invalidSequenceLength(src, start);
  s.end = start + len;
  if (cp >= 0 && isUnicodeSpace(cp)) return Other.Skip;
  if (cp >= 0 && isUnicodeLineBreak(cp)) return Other.LineBreak;
  if (cp >= 0 && isIdStartCode(cp)) { lexIdentSlow(s, start); return Other.Identifier; }
  const shown = cp >= 32 && cp !== 127 && cp >= 0 ? `'${String.fromCodePoint(cp)}' (U+${cp.toString(16).toUpperCase().padStart(4, "0")})` : `byte 0x${c.toString(16).padStart(2, "0")}`;
  report(s, LexCode.InvalidCharacter, start, len, `invalid character ${shown}`);
  return Other.Skip;
}

/** From the '/' of `/*`: sets s.end past the closing `*\/` (or at the end, reported); true when a line break is inside. */
export function skipBlockComment(s: SlowLexer, start: number): boolean {
  const src = s.src, n = src.length;
  let i = start + 1, newline = false;
  while (++i < n) {
    const d = src[i]!;
    if (d === 42 && src[i + 1] === 47) { s.end = i + 2; return newline; }
    if (d === 10 || d === 13) newline = true;
  }
  s.end = n;
  report(s, LexCode.UnterminatedComment, start, 2, "unterminated comment: '/*' has no closing '*/'");
  return newline;
}

/** From a '#': a private name (s.end, its text with the '#' in s.value), or false after reporting a lone '#' (s.end past it). */
export function lexPrivateName(s: SlowLexer, start: number): boolean {
  const src = s.src, i = start + 1;
  // A non-ASCII lead byte or a backslash may start one too: lexIdentSlow decides (and reports).
  if (i < src.length && (src[i]! >= 128 || src[i] === 92 || isIdStartCode(src[i]!))) {
    lexIdentSlow(s, i);
    s.value = s.pool.internBytes(src, start, s.end);
    return true;
  }
  s.end = i;
  report(s, LexCode.InvalidCharacter, start, 1, "invalid character '#': expected a private name such as '#field'");
  return false;
}
