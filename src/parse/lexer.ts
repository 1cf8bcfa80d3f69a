// The lexer: one file's UTF-8 bytes -> its token table. Identifiers, strings
// and templates are interned into the shared pool straight from the bytes
// (atoms for short names), numbers are decoded, comments and whitespace are
// skipped, and a line break before a token is recorded for automatic
// semicolon insertion. It never throws on bad input: it reports a diagnostic,
// skips what it cannot use and goes on. Rare forms (escapes, non-ASCII
// text, block comments, private names, templates, non-decimal or long float
// numbers) leave the hot loop for the helpers in lex-slow.ts.
import { fileTables } from "../base/byte-arena.js";
import { byteColumns, copyRows, intColumns, ROW_BYTES } from "../base/row-block.js";
import { atomFromCode5, DIGIT64 } from "../base/atoms.js";
import { hashFinish } from "../base/hash.js";
import type { InternPool } from "../base/intern-pool.js";
import { RecentTexts } from "../base/recent-texts.js";
import type { SpanTable } from "../base/span.js";
import { grownColumn } from "../base/table.js";
import type { Diagnostics } from "../diagnostics/diagnostics.js";
import { LexCode } from "../diagnostics/codes.js";
import type { Keywords } from "./keywords.js";
import { lexIdentSlow, lexNumberSlow, lexOther, lexPrivateName, lexStringSlow, lexTemplatePart, Other, skipBlockComment, type SlowLexer } from "./lex-slow.js";
import { isKeyword, PUNCTUATORS, Tok, TokFlag, type TokenList } from "./tokens.js";
import { keepShape } from "../base/keep-shape.js";

// Byte classes of the dispatch at a token's start.
const C_OTHER = 0, C_SPACE = 1, C_NEWLINE = 2, C_IDENT = 3, C_DIGIT = 4, C_HIGH = 5, C_PUNCT = 6, C_QUOTE = 7;
const CLASS = new Uint8Array(256);
/** 1 for bytes that continue an ASCII identifier. */
const ID_PART = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  let k = C_OTHER;
  if (c === 32 || c === 9 || c === 11 || c === 12) k = C_SPACE;
  else if (c === 10 || c === 13) k = C_NEWLINE;
  else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36) k = C_IDENT;
  else if (c >= 48 && c <= 57) k = C_DIGIT;
  else if (c >= 128) k = C_HIGH;
  else if (c === 34 || c === 39) k = C_QUOTE;
  else if ("{}()[];,.<>=!+-*/%&|^~?:@#`\\".includes(String.fromCharCode(c))) k = C_PUNCT;
  CLASS[c] = k;
  ID_PART[c] = k === C_IDENT || k === C_DIGIT ? 1 : 0;
}

/**
 * DIGIT64 as a constant of this module: an imported binding is read from its
 * module's cell, with a check that it is initialised, every time.
 */
const DIGIT = DIGIT64;

const POW10 = Float64Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The operators the lexer reads by table, from their texts in PUNCTUATORS:
 * every punctuator but the brackets the lexer counts (`{ } ( )`), those
 * starting with `.` (a number may follow) or `/` (comments, regexes), and
 * those starting with `>`, which are never joined here (see tokens.ts).
 * OP_ONE[c] is the kind of the one-byte operator c; OP_TWO[c << 8 | c1] of
 * the two-byte one; OP_THIRD[k] the byte that extends two-byte kind k to
 * three, OP_THREE[k] that kind. Table lookups instead of a switch make
 * the lexer's loop, the largest function V8 optimizes in a build, smaller
 * to optimize: its compile took 10.2-11.6 ms in three 100k builds against
 * 12.3-12.6 ms, and lexing the 100k corpus the first time in a process
 * 37.7 against 40.9 ms (medians of 5 alternating processes; later rounds
 * 20-21 ms either way).
 */
const OP_ONE = new Uint8Array(128);
const OP_TWO = new Uint8Array(128 << 8);
const OP_THIRD = new Uint8Array(256);
const OP_THREE = new Uint8Array(256);
{
  const byTable = PUNCTUATORS.filter(([, text]) => !"{}()./>".includes(text[0]!) && text.length <= 3);
  const kindOf = new Map(byTable.map(([k, text]) => [text, k]));
  for (const [k, text] of byTable) {
    const c = text.charCodeAt(0);
    if (text.length === 1) OP_ONE[c] = k;
    else if (text.length === 2) OP_TWO[(c << 8) | text.charCodeAt(1)] = k;
    else {
      const two = kindOf.get(text.slice(0, 2));
      if (two === undefined || OP_THIRD[two] !== 0) throw new Error(`lexer: no unique two-byte prefix for '${text}'`);
      OP_THIRD[two] = text.charCodeAt(2);
      OP_THREE[two] = k;
    }
  }
}

/** 1 after a token that ends an operand: a following '/' divides rather than starts a regex (for ')' see slashStartsRegex). */
const OPERAND_END = new Uint8Array(256);
for (const k of [Tok.Ident, Tok.PrivateName, Tok.Number, Tok.String, Tok.Template, Tok.TemplateTail, Tok.Regex,
  Tok.RBracket, Tok.RBrace, Tok.This, Tok.Super, Tok.True, Tok.False, Tok.Null, Tok.PlusPlus, Tok.MinusMinus]) {
  OPERAND_END[k] = 1;
}

/**
 * The thread's token memory for files whose tokens are not kept: each lex()
 * writes its table here, over the previous file's, which its parse has
 * finished with. A file's tokens live only until its tree is built (the tree
 * copies what later stages read), so the table stays in cache instead of
 * taking 14 fresh bytes a token: lexing the 100k corpus into fresh memory
 * faulted in and wrote 11.7 MB. Lex alone, 8 alternating processes:
 * 21.44 -> 19.01 ms. Lex + parse gained less (45.13 -> 44.93 ms, 10 pairs):
 * the parser now copies each node's token value into the tree.
 */
let scratch = new ArrayBuffer(0);
/** Room for about 75,000 tokens: larger files than any of the 100k corpus grow it once. */
const SCRATCH_BYTES = 1 << 20;

class TokenTable implements TokenList {
  count = 0;
  kind!: Uint8Array;
  flags!: Uint8Array;
  start!: Int32Array;
  end!: Int32Array;
  value!: Int32Array;
  /**
   * The lexer's own views: start, end and value one after another in one
   * array (`capacity` rows each), and kind then flags in another. Two arrays
   * in the loop instead of five leave V8 more registers for the rest: the
   * loop reloaded every column from the stack for each token (perf
   * annotate). Lex of the 100k corpus, two runs of alternating processes:
   * 18.90 -> 17.80 ms and 20.23 -> 20.01 ms. finish() makes the five
   * columns, views of the same memory.
   */
  ints!: Int32Array;
  bytes!: Uint8Array;
  capacity = 0;
  numbers: Float64Array;
  numberCount = 0;
  readonly bigs = new Map<number, bigint>();

  constructor(capacity: number, private readonly keep: boolean) {
    // Numbers outlive the table (the tree reads them): they come from the
    // thread's arena, as the tree's columns do. Not zero-filled: every row
    // below `count` is written before it is read, and finish() hands out
    // views that end there. Zeroing 14 bytes a token cost 5% of lexing.
    const cap = (capacity + 7) & ~7;
    const nums = Math.max(16, cap >> 3);
    fileTables.take(nums * 8);
    this.numbers = new Float64Array(fileTables.buffer, fileTables.offset, nums);
    if (keep) {
      fileTables.take(cap * ROW_BYTES);
      this.carve(fileTables.buffer, fileTables.offset, cap);
    } else {
      if (scratch.byteLength < cap * ROW_BYTES) scratch = new ArrayBuffer(Math.max(cap * ROW_BYTES, SCRATCH_BYTES));
      this.carve(scratch, 0, cap);
    }
    keepShape(this);
  }

  /** Sets the lexer's views over `cap` rows at `at` of `buf`. */
  private carve(buf: ArrayBuffer, at: number, cap: number): void {
    this.capacity = cap;
    this.ints = intColumns(buf, at, cap);
    this.bytes = byteColumns(buf, at, cap);
  }

  grow(): void {
    const { ints, bytes, capacity } = this, cap = capacity * 2;
    const buf = new ArrayBuffer(cap * ROW_BYTES);
    if (!this.keep) scratch = buf; // the next file starts in the larger buffer
    this.carve(buf, 0, cap);
    copyRows(ints, bytes, capacity, this.ints, this.bytes, cap, this.count);
  }

  /** Stores a numeric literal's value; returns its index. */
  addNumber(x: number): number {
    if (this.numberCount === this.numbers.length) {
      this.numbers = grownColumn(this.numbers, this.numbers.length * 2);
    }
    this.numbers[this.numberCount] = x;
    return this.numberCount++;
  }

  /** The table trimmed to its rows (views; the arrays are not copied). */
  finish(): TokenList {
    const n = this.count, cap = this.capacity;
    this.start = this.ints.subarray(0, n); this.end = this.ints.subarray(cap, cap + n); this.value = this.ints.subarray(2 * cap, 2 * cap + n);
    this.kind = this.bytes.subarray(0, n); this.flags = this.bytes.subarray(cap, cap + n);
    this.numbers = this.numbers.subarray(0, this.numberCount);
    return this;
  }
}

let fastEnd = 0;

/** This thread's cache of recent names (see RecentTexts). */
const recent = new RecentTexts();

/**
 * `digits.digits` with at most 15 digits in all: the digits form an exact
 * integer and 10^k is exact, so one division gives the correctly rounded
 * value. Stores it and sets fastEnd; false (storing nothing) for any other
 * form, which the slow path then reads.
 */
function lexShortFloat(t: TokenTable, src: Uint8Array, start: number, dot: number): boolean {
  const n = src.length;
  let m = 0;
  for (let j = start; j < dot; j++) m = m * 10 + (src[j]! - 48);
  let j = dot + 1, k = 0;
  while (j < n) {
    const d = src[j]! - 48;
    if (d < 0 || d > 9) break;
    m = m * 10 + d;
    j++; k++;
  }
  const after = j < n ? src[j]! : 0;
  if (k === 0 || j - start > 16 || after === 95 || after === 46 || (after | 32) === 101 || after === 110 || CLASS[after] === C_IDENT || CLASS[after] === C_HIGH) return false;
  t.addNumber(m / POW10[k]!);
  fastEnd = j;
  return true;
}

/** Value of each hexadecimal digit byte, -1 for other bytes. */
const HEX = new Int8Array(256).fill(-1);
for (let c = 0; c < 256; c++) {
  if (c >= 48 && c <= 57) HEX[c] = c - 48;
  else if ((c | 32) >= 97 && (c | 32) <= 102) HEX[c] = (c | 32) - 87;
}

/**
 * `0x` + 1 to 13 hex digits (exact in a double) from `from`, ending at
 * neither an identifier character nor a separator: stores the value and sets
 * fastEnd; false (storing nothing) for any other form, which the slow path reads.
 */
function lexShortHex(t: TokenTable, src: Uint8Array, from: number): boolean {
  const n = src.length, hex = HEX; // a local: see lex()
  let j = from, v = 0;
  while (j < n) {
    const h = hex[src[j]!]!;
    if (h < 0) break;
    v = v * 16 + h;
    j++;
  }
  const after = j < n ? src[j]! : 0;
  if (j === from || j - from > 13 || after === 95 || after === 46 || CLASS[after] === C_IDENT || CLASS[after] === C_HIGH) return false;
  t.addNumber(v);
  fastEnd = j;
  return true;
}

/**
 * Lexes `src` (a file at position `base` of the position space). `kw` is
 * Keywords.of(pool), looked up by the caller: inside this function the
 * lookup's rare path (a new pool's first file builds the table) was inlined
 * without type feedback, and the first file of the next pool deoptimized the
 * whole lexer, which then ran in on-stack-replaced code for the rest of the
 * process. Lex + parse of the 100k corpus with a fresh pool per round, 10
 * processes each: before, 2 of 10 deoptimized, and they were the two slowest
 * (46.1 and 46.3 ms; the others 38.7-41.9); after, none did (38.3-42.1 ms).
 *
 * Unless `keep`, the table's columns (not its numbers) are the thread's
 * scratch memory: valid until this thread's next lex(), so parse them first.
 */
export function lex(src: Uint8Array, base: number, pool: InternPool, spans: SpanTable, diags: Diagnostics, kw: Keywords, keep = false): TokenList {
  // Real code runs 3.5-4.5 bytes per token; a third of the byte count rarely needs to grow.
  const t = new TokenTable(Math.max(64, ((src.length / 3) | 0) + 16), keep);
  const slow: SlowLexer = { src, base, pool, spans, diags, numbers: t, scratch: new Uint8Array(64), end: 0, value: 0, flags: 0, opens: false };
  const n = src.length;
  recent.begin(pool);
  // The byte tables as locals, read from the module once. Read inside the
  // loop, V8 (TurboFan, Node 20) folded some of those reads into constants
  // and not others, depending on the order in which it visited the loop's
  // nodes, and the others checked the table's map and loaded its data
  // pointer and length again for every byte.
  const classOf = CLASS, digitOf = DIGIT, opOne = OP_ONE, opTwo = OP_TWO, opThird = OP_THIRD, opThree = OP_THREE;
  let ints = t.ints, bytes = t.bytes;
  let count = 0, cap = t.capacity;
  // Every value read back from `slow`, `fastEnd` or a call is written `| 0`
  // below. Without it V8 kept `i` as a tagged number through the loop, with a
  // Smi check and an untagging on every token (seen in perf annotate):
  // lex 20.54 -> 18.72 ms on the 100k corpus, 10 alternating processes.
  let i = 0;
  let flags = 0;
  let prev: Tok = Tok.EOF;
  // Template substitutions open: the brace depth at which each `${` began.
  const templateDepths: number[] = [];
  let braceDepth = 0;
  // The ')' closing the head of if/while/for/with ends no operand, so a '/'
  // after it starts a regex: `if (x) /re/.test(s)`. The paren depths at
  // which such heads opened, innermost last.
  const controlDepths: number[] = [];
  let parenDepth = 0, closedControl = 0;

  // A shebang line is a comment.
  if (n >= 2 && src[0] === 35 && src[1] === 33) while (i < n && src[i] !== 10) i++;

  for (;;) {
    if (i >= n) break;
    const c = src[i]!;
    const cls = classOf[c]!;
    if (cls === C_SPACE) { i++; continue; }
    if (cls === C_NEWLINE) {
      // The indentation after a line break, in one tight loop.
      i++;
      while (i < n && src[i] === 32) i++;
      flags = TokFlag.NewlineBefore;
      continue;
    }
    if (count === cap) {
      t.count = count; t.grow();
      ints = t.ints; bytes = t.bytes; cap = t.capacity;
    }
    const start = i;
    let kind: Tok;
    let value = 0;
    if (cls === C_IDENT) {
      // Fold the atom code while finding the end (it overflows harmlessly past 5 characters).
      // The pool's hash is folded in the same loop, so a long name's bytes
      // are read once. It is hashStep (from HASH_SEED, 0) written out: as a
      // call, V8 kept it out of this loop's optimized code, which cost 8% of lexing.
      let code = digitOf[c]!;
      let h = c;
      i++;
      while (i < n) {
        const b = src[i]!;
        // digitOf (DIGIT64) is non-zero exactly for the bytes that continue an ASCII identifier.
        const d = digitOf[b]!;
        if (d === 0) break;
        code = (code << 6) + d;
        h = (Math.imul(h, 31) + b) | 0;
        i++;
      }
      if (i < n && (src[i]! >= 128 || src[i] === 92)) {
        lexIdentSlow(slow, start);
        i = slow.end | 0; value = slow.value | 0; flags |= slow.flags;
        kind = (slow.flags & TokFlag.Escaped) !== 0 ? Tok.Ident : kw.kindOf(value);
      } else {
        value = i - start <= 5 ? atomFromCode5(code) : recent.intern(src, pool, start, i, hashFinish(h, i - start)) | 0;
        kind = c >= 97 && i - start >= 2 && i - start <= 10 ? kw.kindOf(value) : Tok.Ident;
      }
    } else if (cls === C_DIGIT) {
      // Fast path: a plain decimal integer of at most 15 digits is exact in a double.
      let x = c - 48;
      i++;
      while (i < n) {
        const d = src[i]! - 48;
        if (d < 0 || d > 9) break;
        x = x * 10 + d;
        i++;
      }
      const next = i < n ? src[i]! : 0;
      kind = Tok.Number;
      if (x === 0 && i - start === 1 && (next | 32) === 120 && lexShortHex(t, src, i + 1)) {
        i = fastEnd | 0; value = t.numberCount - 1;
      } else if (next === 46 && !(c === 48 && i - start > 1) && lexShortFloat(t, src, start, i)) {
        i = fastEnd | 0; value = t.numberCount - 1; flags |= TokFlag.Float;
      } else if (i - start > 15 || (c === 48 && i - start > 1) || next === 46 || next === 95 || next === 101 || next === 69 || next === 110 ||
        (i - start === 1 && c === 48 && (next | 32) >= 97 && (next | 32) <= 122) || classOf[next] === C_IDENT) {
        lexNumberSlow(slow, start);
        i = slow.end | 0; value = slow.value | 0; flags |= slow.flags;
      } else {
        value = t.addNumber(x) | 0;
      }
    } else if (cls === C_QUOTE) {
      i++;
      for (;;) {
        if (i >= n) { i = -1; break; }
        const d = src[i]!;
        if (d === c) break;
        if (d === 92 || d === 10 || d === 13) { i = -1; break; }
        i++;
      }
      kind = Tok.String;
      if (i >= 0) {
        value = pool.internBytes(src, start + 1, i) | 0;
        i++;
      } else {
        lexStringSlow(slow, start);
        i = slow.end | 0; value = slow.value | 0; flags |= slow.flags;
      }
    } else if (cls === C_PUNCT) {
      const c1 = i + 1 < n ? src[i + 1]! : 0;
      const c2 = i + 2 < n ? src[i + 2]! : 0;
      i++;
      const one = opOne[c]!;
      if (one !== 0) {
        const two = opTwo[(c << 8) | c1]!;
        // `a?.5:b` is a conditional: '?.' before a digit is '?'.
        if (two === 0 || (two === Tok.QuestionDot && c2 >= 48 && c2 <= 57)) kind = one;
        else if (c2 !== 0 && opThird[two] === c2) { kind = opThree[two]!; i += 2; }
        else { kind = two; i++; }
      } else switch (c) {
        case 123: kind = Tok.LBrace; braceDepth++; break;
        case 125:
          if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === braceDepth) {
            templateDepths.pop();
            lexTemplatePart(slow, start);
            i = slow.end | 0; value = slow.value | 0; flags |= slow.flags;
            kind = slow.opens ? Tok.TemplateMiddle : Tok.TemplateTail;
            if (slow.opens) templateDepths.push(braceDepth);
          } else {
            kind = Tok.RBrace; braceDepth--;
          }
          break;
        case 40:
          kind = Tok.LParen;
          parenDepth++;
          if (prev === Tok.If || prev === Tok.While || prev === Tok.For || prev === Tok.With) controlDepths.push(parenDepth);
          break;
        case 41:
          kind = Tok.RParen;
          closedControl = 0;
          if (controlDepths.length > 0 && controlDepths[controlDepths.length - 1] === parenDepth) { controlDepths.pop(); closedControl = 1; }
          parenDepth--;
          break;
        case 46:
          if (c1 >= 48 && c1 <= 57) {
            lexNumberSlow(slow, start);
            i = slow.end | 0; value = slow.value | 0; flags |= slow.flags; kind = Tok.Number;
          } else if (c1 === 46 && c2 === 46) { kind = Tok.DotDotDot; i += 2; } else kind = Tok.Dot;
          break;
        case 62: kind = Tok.Gt; break; // never joined here: see tokens.ts
        case 47: { // /
          if (c1 === 47) { // line comment
            i++;
            while (i < n && src[i] !== 10 && src[i] !== 13) i++;
            continue;
          }
          if (c1 === 42) { // block comment
            if (skipBlockComment(slow, start)) flags = TokFlag.NewlineBefore;
            i = slow.end | 0;
            continue;
          }
          if (slashStartsRegex(prev, closedControl, count >= 2 ? bytes[count - 2]! : Tok.EOF)) {
            lexRegex(slow, start);
            i = slow.end | 0; flags |= slow.flags; kind = Tok.Regex; value = pool.internBytes(src, start, i) | 0;
          } else if (c1 === 61) { kind = Tok.SlashEq; i++; } else kind = Tok.Slash;
          break;
        }
        case 96: { // `
          lexTemplatePart(slow, start);
          i = slow.end | 0; value = slow.value | 0; flags |= slow.flags;
          kind = slow.opens ? Tok.TemplateHead : Tok.Template;
          if (slow.opens) templateDepths.push(braceDepth);
          break;
        }
        case 35: // #
          if (!lexPrivateName(slow, start)) { i = slow.end | 0; continue; }
          i = slow.end | 0; kind = Tok.PrivateName; value = slow.value | 0;
          break;
        default: // '\\' at a token start: an escaped identifier
          if (c === 92) {
            lexIdentSlow(slow, start);
            i = slow.end | 0; value = slow.value | 0; flags |= slow.flags; kind = Tok.Ident;
            if (value === 0) { i = Math.max(i, start + 1); continue; }
          } else {
            continue;
          }
      }
    } else {
      // Non-ASCII (or a control character): a space, a line break, an identifier, or junk.
      const found = lexOther(slow, start);
      i = slow.end | 0;
      if (found !== Other.Identifier) { if (found === Other.LineBreak) flags = TokFlag.NewlineBefore; continue; }
      value = slow.value | 0; flags |= slow.flags;
      kind = (slow.flags & TokFlag.Escaped) !== 0 ? Tok.Ident : kw.kindOf(value);
    }
    bytes[count] = kind;
    bytes[cap + count] = flags;
    ints[count] = start;
    ints[cap + count] = i;
    ints[2 * cap + count] = value;
    count++;
    flags = 0;
    prev = kind;
  }
  if (count === cap) { t.count = count; t.grow(); ints = t.ints; bytes = t.bytes; cap = t.capacity; }
  bytes[count] = Tok.EOF; bytes[cap + count] = flags | TokFlag.NewlineBefore; ints[count] = n; ints[cap + count] = n; ints[2 * cap + count] = 0;
  t.count = count + 1;
  return t.finish();
}

/**
 * Whether a '/' after `prev` (and `before` it) starts a regex rather than
 * dividing. A keyword after '.' is a property name (`x.default / 2`), and the
 * ')' closing a control head (`closedControl`) ends no operand.
 */
function slashStartsRegex(prev: Tok, closedControl: number, before: Tok): boolean {
  if (prev === Tok.RParen) return closedControl === 1;
  if (OPERAND_END[prev] === 1) return false;
  return !(isKeyword(prev) && (before === Tok.Dot || before === Tok.QuestionDot));
}

/** Scans a regular expression literal from its '/' to past its flags; reports one left open at the line's end. */
function lexRegex(s: SlowLexer, start: number): void {
  const src = s.src, n = src.length;
  let i = start + 1, inClass = false;
  s.flags = 0;
  for (;;) {
    if (i >= n || src[i] === 10 || src[i] === 13) {
      s.diags.error(LexCode.UnterminatedRegex, s.spans.make(s.base + start, i - start), "unterminated regular expression: expected a closing '/'");
      s.flags = TokFlag.Unterminated;
      s.end = i;
      return;
    }
    const d = src[i]!;
    if (d === 92) {
      // An escape never swallows the line break or the end of the file that ends an unclosed literal.
      i += i + 1 < n && src[i + 1] !== 10 && src[i + 1] !== 13 ? 2 : 1;
      continue;
    }
    if (d === 91) inClass = true;
    else if (d === 93) inClass = false;
    else if (d === 47 && !inClass) { i++; break; }
    i++;
  }
  while (i < n && ID_PART[src[i]!] === 1) i++;
  s.end = Math.min(i, n);
}
