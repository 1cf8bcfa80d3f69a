// The parser's state and the helpers every grammar file uses: the token
// cursor, appending nodes in postorder, syntax errors with recovery, and
// speculation (try a parse, rewind if it fails). The grammar itself lives in
// parse-statements.ts, parse-declarations.ts, parse-expressions.ts and
// parse-types.ts as functions of a Parser. It never throws on any input.
import { fileTables } from "../base/byte-arena.js";
import { byteColumns, copyRows, intColumns, ROW_BYTES } from "../base/row-block.js";
import type { Span } from "../base/ids.js";
import { inlineSpan, NOT_A_SPAN, type SpanTable } from "../base/span.js";
import { grownColumn } from "../base/table.js";
import { decodeWtf8 } from "../base/utf8.js";
import { ParseCode } from "../diagnostics/codes.js";
import type { Diagnostics, Related } from "../diagnostics/diagnostics.js";
import type { Keywords } from "./keywords.js";
import { N, NUMBER_FLAGS, type ParseTree } from "./nodes.js";
import { describeTok, Tok, TokFlag, type TokenList } from "./tokens.js";
import { keepShape } from "../base/keep-shape.js";

/** Deeper nesting than this is reported instead of risking the stack. */
export const MAX_DEPTH = 400;

/**
 * Spans too long to be inline wait here, three ints each (node, start,
 * length), until the file is parsed (see resolveLongSpans): a call into the
 * span table inside append() made lex + parse 6% slower, though only 1 node
 * in 40 takes it (16 alternating processes each). One per thread: a parse
 * runs to its end before another begins.
 */
let longSpans = new Int32Array(3 * 1024);

/** The node-to-token column of a parse that does not keep its tokens. */
const NO_TOKENS = new Int32Array(0);

export class Parser implements ParseTree {
  // tokens
  readonly tokens: TokenList;
  readonly tk: Uint8Array;
  readonly tf: Uint8Array;
  readonly ts: Int32Array;
  readonly te: Int32Array;
  readonly tv: Int32Array;
  /** Index of the current token, and its kind. */
  pos = 0;
  cur: Tok;
  // tree
  count = 0;
  kind!: Uint8Array;
  flags!: Uint8Array;
  tokValue!: Int32Array;
  size!: Int32Array;
  span!: Int32Array;
  /** Each node's main token, written only when the tokens are kept (`keep`): nothing else reads it. */
  token: Int32Array;
  /**
   * append()'s own views of the same memory: tokValue, size and span one
   * after another (`rowCap` rows each), and kind then flags. Two arrays to
   * load in each append() instead of five, as in the lexer's TokenTable:
   * warm parse of the 100k corpus 30.1-32.3 -> 26.5-29.5 ms (8 alternating
   * processes, sixth round); the first, cold round and a whole build did
   * not move beyond noise (100k 296.1 -> 294.8 ms, 21 alternating builds).
   */
  private rowInts!: Int32Array;
  private rowBytes!: Uint8Array;
  private rowCap = 0;
  readonly numbers: Float64Array;
  readonly bigs: ReadonlyMap<number, bigint>;
  // errors
  private lastErrorPos = -1;
  /** Set by an error, cleared when a statement list resynchronizes. */
  needSync = false;
  /** > 0 while trying a parse that may be rewound; errors then only mark failure. */
  speculating = 0;
  failed = false;
  depth = 0;
  tooDeep = false;
  /** In a `for (...;` head: a bare `in` ends the expression. */
  noIn = false;
  /** In a conditional type's `extends` clause, where another conditional needs parentheses. */
  noConditionalType = false;
  /** Entries in longSpans for this file. */
  private longCount = 0;

  constructor(
    tokens: TokenList,
    /** The source bytes, for messages that quote a token. */
    readonly src: Uint8Array,
    readonly base: number,
    readonly spans: SpanTable,
    readonly diags: Diagnostics,
    readonly kw: Keywords,
    /** Keep the token table and the node-to-token column in the tree (for the printer and dumps). */
    private readonly keep = false,
  ) {
    this.tokens = tokens;
    this.tk = tokens.kind; this.tf = tokens.flags; this.ts = tokens.start; this.te = tokens.end; this.tv = tokens.value;
    this.numbers = tokens.numbers; this.bigs = tokens.bigs;
    this.cur = this.tk[0]!;
    keepShape(this);
    // Trees run 0.6-0.8 nodes per token (AssemblyScript's std library, the
    // gen.mjs corpus); one per token rarely needs to grow.
    const cap = (Math.max(64, tokens.count + 16) + 3) & ~3;
    // All columns in one block of the thread's arena, not zero-filled (see
    // TokenTable): rows from `count` on are never read.
    fileTables.take(cap * ROW_BYTES);
    this.carve(fileTables.buffer, fileTables.offset, cap);
    if (keep) fileTables.take(cap * 4);
    this.token = keep ? new Int32Array(fileTables.buffer, fileTables.offset, cap) : NO_TOKENS;
  }

  /** The finished tree: views of the columns up to `count`; the token table only if kept. */
  tree(): ParseTree {
    const n = this.count, t = this.tokens;
    return {
      count: n, kind: this.kind.subarray(0, n), flags: this.flags.subarray(0, n),
      tokValue: this.tokValue.subarray(0, n),
      size: this.size.subarray(0, n), span: this.span.subarray(0, n), numbers: this.numbers, bigs: this.bigs,
      kept: this.keep ? { tokens: t, token: this.token.subarray(0, n) } : undefined,
    };
  }

  // ----- cursor

  /**
   * The current token's kind. A method, not a field, so that TypeScript does
   * not narrow it across next() calls.
   */
  tok(): Tok { return this.cur; }

  next(): void {
    if (this.cur !== Tok.EOF) this.cur = this.tk[++this.pos]!;
  }

  /** The kind of the token `k` ahead (EOF past the end). */
  peek(k: number): Tok {
    const i = this.pos + k;
    return i < this.tokens.count ? this.tk[i]! : Tok.EOF;
  }

  /** Whether a line break comes before the token `k` ahead. */
  newlineBefore(k = 0): boolean {
    const i = Math.min(this.pos + k, this.tokens.count - 1);
    return (this.tf[i]! & TokFlag.NewlineBefore) !== 0;
  }

  /** The interned text of the current token (identifiers, keywords, strings). */
  value(k = 0): number { return this.tv[Math.min(this.pos + k, this.tokens.count - 1)]!; }

  /** The current token is the contextual word `id`. */
  isWord(id: number): boolean { return this.cur === Tok.Ident && this.tv[this.pos] === id; }

  eat(kind: Tok): boolean {
    if (this.cur !== kind) return false;
    this.next();
    return true;
  }

  /** Consumes `kind` or reports "expected <kind> <context>, found ...". Does not skip anything. */
  expect(kind: Tok, context: string): boolean {
    if (this.cur === kind) { this.next(); return true; }
    return this.missing(kind, context);
  }

  // Error paths (missing, unclosed, missingSemicolon, pastMaxDepth) are
  // methods of their own, so that the hot checks stay small enough for V8
  // to inline at every call.
  private missing(kind: Tok, context: string): false {
    if (this.speculating > 0) { this.failed = true; return false; } // no message to build: it would be dropped
    this.errorHere(ParseCode.Expected, `expected ${describeTok(kind)}${context ? " " + context : ""}, found ${this.describeCurrent()}`);
    return false;
  }

  /** Consumes the closer of a bracket opened at token `open`, or reports it unclosed with a note at the opener. */
  expectCloser(kind: Tok, open: number, what: string): boolean {
    if (this.cur === kind) { this.next(); return true; }
    return this.unclosed(kind, open, what);
  }

  private unclosed(kind: Tok, open: number, what: string): false {
    if (this.speculating > 0) { this.failed = true; return false; }
    this.errorHere(ParseCode.Unclosed, `expected ${describeTok(kind)} to close the ${what}, found ${this.describeCurrent()}`,
      [{ span: this.tokenSpan(open), message: `the ${what} starts here` }]);
    return false;
  }

  /** Automatic semicolon insertion: ';' or a place where one may be left out. */
  semicolon(context: string): void {
    if (this.cur === Tok.Semi) { this.next(); return; }
    if (this.cur === Tok.RBrace || this.cur === Tok.EOF || (this.tf[this.pos]! & TokFlag.NewlineBefore) !== 0) return;
    this.missingSemicolon(context);
  }

  private missingSemicolon(context: string): void {
    if (this.speculating > 0) { this.failed = true; return; }
    this.errorHere(ParseCode.Expected, `expected ';' ${context}, found ${this.describeCurrent()}`);
  }

  canInsertSemicolon(): boolean {
    return this.cur === Tok.Semi || this.cur === Tok.RBrace || this.cur === Tok.EOF || this.newlineBefore();
  }

  describeCurrent(): string {
    const k = this.cur;
    if (k === Tok.Ident || k === Tok.PrivateName || k === Tok.Number) {
      return `${describeTok(k)} '${this.tokenText(this.pos)}'`;
    }
    return describeTok(k);
  }

  /** The source text of token `i` (for messages only). */
  tokenText(i: number): string {
    const s = this.ts[i]!, e = this.te[i]!;
    const len = Math.min(e - s, 40);
    const out = decodeWtf8(this.src, s, s + len);
    return e - s > len ? out + "..." : out;
  }

  tokenSpan(i: number): Span {
    return this.spans.make(this.base + this.ts[i]!, this.te[i]! - this.ts[i]!);
  }

  // ----- nodes

  /**
   * Appends a node whose subtree began at node `firstNode` and whose source
   * began at token `firstTok`; returns the node's index.
   */
  finish(kind: N, token: number, firstNode: number, firstTok: number, flags = 0): number {
    const last = this.pos - 1;
    const start = this.ts[firstTok]!;
    return this.append(kind, flags, token, this.count - firstNode + 1, start, last >= firstTok ? this.te[last]! : start);
  }

  /** A leaf for the current token, which it consumes. */
  leaf(kind: N, flags = 0): number {
    const at = this.pos;
    const i = this.append(kind, flags, at, 1, this.ts[at]!, this.te[at]!);
    this.next();
    return i;
  }

  /** A Modifier leaf for the current word: its flags are the word's Tok (see N.Modifier). */
  modifier(): number { return this.leaf(N.Modifier, this.cur); }

  /** A NumberLit leaf for the current number: its flags are the literal's (see N.NumberLit). */
  numberLit(): number { return this.leaf(N.NumberLit, this.tf[this.pos]! & NUMBER_FLAGS); }

  /**
   * Writes node row `count` (source bytes start..end of the file) and returns
   * its index. The span is a measurable part of parsing: with no span at all
   * parse alone ran 2.2-2.5 ms faster (of about 21 ms; three runs of 8-10
   * alternating processes), and without loading the two token offsets for
   * it, 1.1 ms. Two other forms were slower: the start and end kept for a
   * pass that makes the spans after the parse (0.9-1.3 ms; the pass alone
   * took 1.9 ms), and the long-span entry written for every row, without a
   * branch (0.9 ms).
   */
  private append(kind: N, flags: number, token: number, size: number, start: number, end: number): number {
    const i = this.count;
    if (i === this.rowCap) this.grow();
    const cap = this.rowCap, ints = this.rowInts, bytes = this.rowBytes;
    bytes[i] = kind;
    bytes[cap + i] = flags;
    if (this.keep) this.token[i] = token;
    ints[i] = this.tv[token]!;
    ints[cap + i] = size;
    const at = this.base + start, len = end - start;
    const inline = inlineSpan(at, len);
    ints[2 * cap + i] = inline; // NOT_A_SPAN when too long, until resolveLongSpans
    if (inline < 0) {
      const k = 3 * this.longCount++;
      if (k + 3 > longSpans.length) longSpans = grownColumn(longSpans, longSpans.length * 2);
      longSpans[k] = i; longSpans[k + 1] = at; longSpans[k + 2] = len;
    }
    this.count = i + 1;
    return i;
  }

  /**
   * Makes the spans that append() left for later. The last entry for a node
   * row is the live one (a rewound speculation or a dropped node leaves
   * older entries behind): walking backwards, a row still NOT_A_SPAN takes
   * the first entry met, and entries for rows now holding a span are skipped.
   */
  resolveLongSpans(): void {
    for (let k = 3 * (this.longCount - 1); k >= 0; k -= 3) this.resolveLongSpan(k);
    this.longCount = 0;
  }

  /** Makes the span of longSpans entry `k` if its row is still waiting for it. */
  private resolveLongSpan(k: number): void {
    const node = longSpans[k]!;
    if (node < this.count && this.span[node] === NOT_A_SPAN) this.span[node] = this.spans.make(longSpans[k + 1]!, longSpans[k + 2]!);
  }

  /** The span of node `node`, made now if append() left it for later. */
  nodeSpan(node: number): Span {
    if (this.span[node] === NOT_A_SPAN) {
      for (let k = 3 * (this.longCount - 1); k >= 0; k -= 3) if (longSpans[k] === node) { this.resolveLongSpan(k); break; }
    }
    return this.span[node]! as Span;
  }

  /** Changes the kind of node `i` (a parse turned out to be something else, e.g. a pattern). */
  retag(i: number, kind: N): void { this.kind[i] = kind; }

  /** Sets the columns (and append()'s views of them) over `cap` rows at byte `at` of `buf`. */
  private carve(buf: ArrayBuffer, at: number, cap: number): void {
    this.rowCap = cap;
    this.rowInts = intColumns(buf, at, cap);
    this.rowBytes = byteColumns(buf, at, cap);
    this.tokValue = this.rowInts.subarray(0, cap);
    this.size = this.rowInts.subarray(cap, 2 * cap);
    this.span = this.rowInts.subarray(2 * cap, 3 * cap);
    this.kind = this.rowBytes.subarray(0, cap);
    this.flags = this.rowBytes.subarray(cap, 2 * cap);
  }

  private grow(): void {
    const { rowInts, rowBytes, rowCap } = this, cap = rowCap * 2;
    fileTables.take(cap * ROW_BYTES);
    this.carve(fileTables.buffer, fileTables.offset, cap);
    copyRows(rowInts, rowBytes, rowCap, this.rowInts, this.rowBytes, cap, this.count);
    if (this.keep) this.token = grownColumn(this.token, cap);
  }

  // ----- errors and recovery

  /** Reports a syntax error at the current token (once per position, so one mistake gives one message). */
  errorHere(code: number, message: string, related: readonly Related[] = []): void {
    this.errorAt(this.pos, code, message, related);
  }

  errorAt(tokenIndex: number, code: number, message: string, related: readonly Related[] = []): void {
    if (this.speculating > 0) { this.failed = true; return; }
    // Past the depth limit the parser skipped to the end: unclosed brackets there are no news.
    if (this.tooDeep && code !== ParseCode.TooDeep) return;
    this.needSync = true;
    const at = this.ts[tokenIndex]!;
    if (at === this.lastErrorPos) return;
    this.lastErrorPos = at;
    this.diags.error(code, this.tokenSpan(tokenIndex), message, related);
  }

  /**
   * A grammar error in a tree that parsed fine (`-a ** 2`, `1 = x`), at
   * `span` (see nodeSpan, tokenSpan), with no resynchronization. Inside a
   * speculation it waits, and is dropped if the speculation is.
   */
  grammarError(span: Span, code: number, message: string): void {
    if (this.tooDeep) return; // the tree past the depth limit is cut short: no judging it
    if (this.speculating > 0) { this.deferred.push({ span, code, message }); return; }
    this.diags.error(code, span, message);
  }

  /**
   * grammarError on node `node`, unless its subtree holds an Error node: a
   * syntax error inside it was already reported, and judging the rest would
   * be a cascade (`a + = b` is one error, not two).
   */
  grammarErrorOn(node: number, code: number, message: string): void {
    for (let i = node - this.size[node]! + 1; i <= node; i++) if (this.kind[i] === N.Error) return;
    this.grammarError(this.nodeSpan(node), code, message);
  }

  private readonly deferred: { span: Span; code: number; message: string }[] = [];

  /** An Error node at the current token, after reporting `message`; consumes nothing. */
  errorNode(message: string): number {
    this.errorHere(ParseCode.Expected, message);
    return this.finish(N.Error, this.pos, this.count, this.pos);
  }

  /**
   * After an error inside a statement: skips to where the next statement can
   * start (past a ';', before a '}' of the enclosing block, or at a line that
   * begins with a statement keyword), keeping brackets balanced.
   */
  syncStatement(): void {
    this.needSync = false;
    // The statement ended with its ';' (`let a = ; let b = 1;`): what follows is the next one.
    if (this.pos > 0 && this.tk[this.pos - 1] === Tok.Semi) return;
    let depth = 0;
    for (;;) {
      const k = this.cur;
      if (k === Tok.EOF) return;
      if (depth === 0) {
        if (k === Tok.Semi) { this.next(); return; }
        if (k === Tok.RBrace) return;
        if (this.newlineBefore() && startsDeclarationOrStatement(k)) return;
      }
      if (k === Tok.LBrace || k === Tok.LParen || k === Tok.LBracket || k === Tok.TemplateHead) depth++;
      else if ((k === Tok.RBrace || k === Tok.RParen || k === Tok.RBracket || k === Tok.TemplateTail) && depth > 0) depth--;
      this.next();
    }
  }

  /** Counts one level of nesting; false (after one report) when too deep. */
  enter(): boolean {
    if (++this.depth <= MAX_DEPTH) return true;
    return this.pastMaxDepth();
  }

  private pastMaxDepth(): false {
    if (!this.tooDeep && this.speculating === 0) {
      this.tooDeep = true;
      this.errorHere(ParseCode.TooDeep, `nesting is too deep (more than ${MAX_DEPTH} levels); kiln stops parsing this file here`);
    }
    if (this.speculating > 0) this.failed = true;
    // Give up on the rest of the file: nothing after this point is trustworthy.
    if (this.speculating === 0) while (this.cur !== Tok.EOF) this.next();
    return false;
  }

  leave(): void { this.depth--; }

  /**
   * enter() for a node that began at (firstNode, firstTok): when too deep,
   * leaves again and appends an Error node in its place, so the caller just
   * returns. A true result must be paired with leave().
   */
  nest(firstNode: number, firstTok: number): boolean {
    // enter(), written out: one call level less lets V8 inline nest() into the
    // grammar functions (measured: 4% of parse time).
    if (++this.depth <= MAX_DEPTH) return true;
    this.pastMaxDepth();
    this.leave();
    this.finish(N.Error, this.pos, firstNode, firstTok);
    return false;
  }

  // ----- speculation

  private readonly failedStack: boolean[] = [];

  /** Per open speculation: how many grammar errors were deferred when it began. */
  private readonly deferredStack: number[] = [];

  /** Starts a speculative parse; returns the token position to rewind to. */
  mark(): number {
    this.deferredStack.push(this.deferred.length);
    this.failedStack.push(this.failed);
    this.failed = false;
    this.speculating++;
    return this.pos;
  }

  /**
   * Ends a speculation begun by mark(): keeps it when `ok` and no error was
   * met, else rewinds to token `pos` and drops the nodes from `count` on.
   */
  settle(pos: number, count: number, ok: boolean): boolean {
    this.speculating--;
    const success = ok && !this.failed;
    this.failed = this.failedStack.pop()!;
    const deferredMark = this.deferredStack.pop()!;
    if (!success) {
      this.pos = pos;
      this.cur = this.tk[pos]!;
      this.count = count;
      if (this.deferred.length !== deferredMark) this.deferred.length = deferredMark;
    } else if (this.speculating === 0) {
      for (const d of this.deferred) this.diags.error(d.code, d.span, d.message);
      this.deferred.length = 0;
    }
    return success;
  }
}

/** Token kinds that begin a statement or declaration at the start of a line (a resync point). */
export function startsDeclarationOrStatement(k: Tok): boolean {
  switch (k) {
    case Tok.Let: case Tok.Const: case Tok.Var: case Tok.Function: case Tok.Class: case Tok.Interface: case Tok.Enum:
    case Tok.Export: case Tok.Import: case Tok.If: case Tok.For: case Tok.While: case Tok.Do: case Tok.Return:
    case Tok.Switch: case Tok.Try: case Tok.Throw: case Tok.Break: case Tok.Continue: case Tok.At:
      return true;
    default:
      return false;
  }
}
