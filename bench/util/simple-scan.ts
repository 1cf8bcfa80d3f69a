// A throwaway token scanner for measurements made before the real lexer exists:
// it finds identifiers, literals and punctuation in TS/JS bytes well enough to
// measure identifier lengths and token spans. It must never be used by the
// compiler itself; the lexer in src/ owns real tokenization.

export const enum ScanKind { Ident = 1, Number = 2, String = 3, Punct = 4 }

export interface ScannedTokens {
  count: number;
  kind: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c >= 0x80;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/** Scans `src` and returns its tokens; comments and white space are skipped. */
export function simpleScan(src: Uint8Array): ScannedTokens {
  let cap = 1024;
  let kind = new Uint8Array(cap), start = new Uint32Array(cap), end = new Uint32Array(cap);
  let n = 0;
  let regexAllowed = true;
  const push = (k: ScanKind, s: number, e: number): void => {
    if (n === cap) {
      cap *= 2;
      const k2 = new Uint8Array(cap); k2.set(kind); kind = k2;
      const s2 = new Uint32Array(cap); s2.set(start); start = s2;
      const e2 = new Uint32Array(cap); e2.set(end); end = e2;
    }
    kind[n] = k; start[n] = s; end[n] = e; n++;
  };
  const len = src.length;
  let i = 0;
  while (i < len) {
    const c = src[i]!;
    if (c === 32 || c === 9 || c === 10 || c === 13) { i++; continue; }
    if (c === 47 && src[i + 1] === 47) { while (i < len && src[i] !== 10) i++; continue; }
    if (c === 47 && src[i + 1] === 42) {
      i += 2;
      while (i < len && !(src[i] === 42 && src[i + 1] === 47)) i++;
      i += 2; continue;
    }
    const s = i;
    if (isIdentStart(c)) {
      i++;
      while (i < len && isIdentPart(src[i]!)) i++;
      push(ScanKind.Ident, s, i);
      // after `return`, `typeof` etc. a slash starts a regex; after a name it divides
      const w = i - s;
      regexAllowed = (w === 6 && src[s] === 114 && src[s + 1] === 101 && src[s + 2] === 116) || (w === 6 && src[s] === 116 && src[s + 1] === 121);
      continue;
    }
    if (c >= 48 && c <= 57 || (c === 46 && src[i + 1]! >= 48 && src[i + 1]! <= 57)) {
      i++;
      while (i < len && (isIdentPart(src[i]!) || src[i] === 46)) i++;
      push(ScanKind.Number, s, i);
      regexAllowed = false;
      continue;
    }
    if (c === 34 || c === 39 || c === 96) {
      i++;
      let depth = 0;
      while (i < len) {
        const d = src[i]!;
        if (d === 92) { i += 2; continue; }
        if (c === 96 && d === 36 && src[i + 1] === 123) { depth++; i += 2; continue; }
        if (c === 96 && depth > 0 && d === 125) { depth--; i++; continue; }
        if (d === c && depth === 0) { i++; break; }
        if (d === 10 && c !== 96) break;
        i++;
      }
      push(ScanKind.String, s, i);
      regexAllowed = false;
      continue;
    }
    if (c === 47 && regexAllowed) {
      i++;
      let inClass = false;
      while (i < len && src[i] !== 10) {
        const d = src[i]!;
        if (d === 92) { i += 2; continue; }
        if (d === 91) inClass = true; else if (d === 93) inClass = false;
        else if (d === 47 && !inClass) { i++; break; }
        i++;
      }
      while (i < len && isIdentPart(src[i]!)) i++;
      push(ScanKind.String, s, i);
      regexAllowed = false;
      continue;
    }
    i++;
    push(ScanKind.Punct, s, i);
    regexAllowed = !(c === 41 || c === 93 || c === 125);
  }
  return { count: n, kind: kind.subarray(0, n), start: start.subarray(0, n), end: end.subarray(0, n) };
}
