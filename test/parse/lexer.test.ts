// The lexer on its own: token kinds, positions and flags, decoded values of
// numbers, strings, templates and identifiers, regex vs division, and the
// diagnostics for bad input (code and byte span), which never throw.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { StringId } from "../../src/base/ids.js";
import { InternPool } from "../../src/base/intern-pool.js";
import { SpanTable } from "../../src/base/span.js";
import { LexCode } from "../../src/diagnostics/codes.js";
import { Diagnostics } from "../../src/diagnostics/diagnostics.js";
import { lex } from "../../src/parse/lexer.js";
import { Keywords } from "../../src/parse/keywords.js";
import { KEYWORDS, FIRST_KEYWORD, Tok, TokFlag, type TokenList } from "../../src/parse/tokens.js";

// One pool for the whole file: creating a pool is far dearer than a lex.
const pool = InternPool.create();
/** The interned text behind a token's value. */
const str = (id: number): string => pool.text(id as StringId);

interface Lexed {
  t: TokenList;
  diags: Diagnostics;
  spans: SpanTable;
}

/** Lexes `text`, keeping the table (tests read it after lexing other texts). */
function lexText(text: string | Uint8Array, base = 0, keep = true): Lexed {
  const src = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const spans = SpanTable.create();
  const diags = new Diagnostics();
  const t = lex(src, base, pool, spans, diags, Keywords.of(pool), keep);
  return { t, diags, spans };
}

/** Kinds of all tokens but the final EOF (checked to be there). */
function kinds(l: Lexed): Tok[] {
  const t = l.t;
  assert.equal(t.kind[t.count - 1], Tok.EOF, "the list ends with EOF");
  return [...t.kind.subarray(0, t.count - 1)] as Tok[];
}

function kindsOf(text: string): Tok[] {
  const l = lexText(text);
  assert.deepEqual(l.diags.list, [], `no diagnostics for ${JSON.stringify(text)}`);
  return kinds(l);
}

/** [code, start, length] of each diagnostic. */
function diagSpans(l: Lexed): [number, number, number][] {
  return l.diags.list.map((d) => [d.code, l.spans.start(d.span), l.spans.length(d.span)]);
}

/** The index of the first token of kind `k`. */
function find(t: TokenList, k: Tok): number {
  for (let i = 0; i < t.count; i++) if (t.kind[i] === k) return i;
  assert.fail(`no token of kind ${k}`);
}

test("every punctuator lexes to its own kind, longest match first", () => {
  const table: [string, Tok][] = [
    ["{", Tok.LBrace], ["}", Tok.RBrace], ["(", Tok.LParen], [")", Tok.RParen], ["[", Tok.LBracket], ["]", Tok.RBracket],
    [".", Tok.Dot], ["...", Tok.DotDotDot], [";", Tok.Semi], [",", Tok.Comma], ["@", Tok.At], [":", Tok.Colon],
    ["?", Tok.Question], ["?.", Tok.QuestionDot], ["=>", Tok.Arrow], ["<", Tok.Lt], [">", Tok.Gt], ["<=", Tok.LtEq],
    ["==", Tok.EqEq], ["!=", Tok.BangEq], ["===", Tok.EqEqEq], ["!==", Tok.BangEqEq], ["+", Tok.Plus], ["-", Tok.Minus],
    ["*", Tok.Star], ["%", Tok.Percent], ["**", Tok.StarStar], ["++", Tok.PlusPlus], ["--", Tok.MinusMinus],
    ["<<", Tok.LtLt], ["&", Tok.Amp], ["|", Tok.Bar], ["^", Tok.Caret], ["!", Tok.Bang], ["~", Tok.Tilde],
    ["&&", Tok.AmpAmp], ["||", Tok.BarBar], ["??", Tok.QuestionQuestion], ["=", Tok.Eq], ["+=", Tok.PlusEq],
    ["-=", Tok.MinusEq], ["*=", Tok.StarEq], ["%=", Tok.PercentEq], ["**=", Tok.StarStarEq], ["<<=", Tok.LtLtEq],
    ["&=", Tok.AmpEq], ["|=", Tok.BarEq], ["^=", Tok.CaretEq], ["&&=", Tok.AmpAmpEq], ["||=", Tok.BarBarEq],
    ["??=", Tok.QuestionQuestionEq],
  ];
  for (const [text, kind] of table) {
    const l = lexText(text);
    assert.deepEqual(kinds(l), [kind], text);
    assert.equal(l.t.start[0], 0, text);
    assert.equal(l.t.end[0], text.length, text);
  }
  // '/' and '/=' are operators only after an operand (else a regex starts).
  assert.deepEqual(kindsOf("a / b"), [Tok.Ident, Tok.Slash, Tok.Ident]);
  assert.deepEqual(kindsOf("a /= b"), [Tok.Ident, Tok.SlashEq, Tok.Ident]);
  // Longest match, then the rest: "...." is "..." and ".", "====" is "===" and "=".
  assert.deepEqual(kindsOf("....===="), [Tok.DotDotDot, Tok.Dot, Tok.EqEqEq, Tok.Eq]);
  // '?.' followed by a digit is '?' and a number (a conditional).
  assert.deepEqual(kindsOf("a?.5:1"), [Tok.Ident, Tok.Question, Tok.Number, Tok.Colon, Tok.Number]);
  // An operator before a non-ASCII byte, and at the end of the file after one or two bytes.
  assert.deepEqual(kindsOf("x+\u00e9 x=\u00e9 x?.\u00e9"), [Tok.Ident, Tok.Plus, Tok.Ident, Tok.Ident, Tok.Eq, Tok.Ident, Tok.Ident, Tok.QuestionDot, Tok.Ident]);
  assert.deepEqual(kindsOf("a &&"), [Tok.Ident, Tok.AmpAmp]);
  assert.deepEqual(kindsOf("a !"), [Tok.Ident, Tok.Bang]);
});

test("'>' is never joined with what follows; the tokens stay adjacent", () => {
  const l = lexText("a >>= b");
  assert.deepEqual(kinds(l), [Tok.Ident, Tok.Gt, Tok.Gt, Tok.Eq, Tok.Ident]);
  assert.deepEqual([...l.t.start.subarray(1, 4)], [2, 3, 4]);
  assert.deepEqual([...l.t.end.subarray(1, 4)], [3, 4, 5]);
  assert.deepEqual(kindsOf("a >= b"), [Tok.Ident, Tok.Gt, Tok.Eq, Tok.Ident]);
  assert.deepEqual(kindsOf("a >>> b"), [Tok.Ident, Tok.Gt, Tok.Gt, Tok.Gt, Tok.Ident]);
  assert.deepEqual(kindsOf("a >>>= b"), [Tok.Ident, Tok.Gt, Tok.Gt, Tok.Gt, Tok.Eq, Tok.Ident]);
  assert.deepEqual(kindsOf("A<B<C>>"), [Tok.Ident, Tok.Lt, Tok.Ident, Tok.Lt, Tok.Ident, Tok.Gt, Tok.Gt]);
  // '<' forms are joined as usual.
  assert.deepEqual(kindsOf("a <<= b <= c"), [Tok.Ident, Tok.LtLtEq, Tok.Ident, Tok.LtEq, Tok.Ident]);
});

test("names get the pool's ids, whatever their length, and repeated names hit the per-file cache", () => {
  // Long names are hashed inside the lexer's scan: the ids must be the ones
  // the pool gives for the same text, on the first occurrence and later ones.
  const names = ["a", "ab", "abcde", "abcdef", "abcdefg", "value_of_the_longest_name_here", "$x1", "_under", "Z9_$"];
  const text = [...names, ...names, ...names.slice().reverse()].join(" ");
  const l = lexText(text);
  const all = [...names, ...names, ...names.slice().reverse()];
  assert.equal(l.t.count, all.length + 1);
  all.forEach((word, i) => assert.equal(l.t.value[i], pool.intern(word), word));
  // A second file with other names at the same offsets.
  const other = names.map((w) => w.replace(/[a-z]/g, "q"));
  const l2 = lexText(other.join(" "));
  other.forEach((word, i) => assert.equal(l2.t.value[i], pool.intern(word), word));
});

test("a kept token table keeps its rows when later files are lexed", () => {
  const first = lexText("let first = 1;");
  const copy = [...first.t.kind], starts = [...first.t.start], values = [...first.t.value];
  for (let k = 0; k < 200; k++) lexText(`const other${k} = ${k} + someName${k}; // ${"x".repeat(k * 50)}`);
  // A file large enough to get a buffer of its own.
  lexText("let big = 1;\n".repeat(40_000));
  assert.deepEqual([...first.t.kind], copy);
  assert.deepEqual([...first.t.start], starts);
  assert.deepEqual([...first.t.value], values);
});

test("an unkept token table is the thread's reused buffer; its numbers are its own", () => {
  const a = lexText("let a = 1.5 + 7;", 0, false);
  const numbers = [...a.t.numbers];
  const b = lexText("while (x) y = 2 * 3.25;", 0, false);
  // The next file's tokens overwrite the first's (a parse reads them before that)...
  assert.equal(a.t.kind.buffer, b.t.kind.buffer);
  assert.equal(a.t.kind[0], Tok.While);
  // ...but numbers outlive the table: the tree reads them later.
  assert.deepEqual([...a.t.numbers], numbers);
  assert.deepEqual([...b.t.numbers], [2, 3.25]);
  // A file too big for the buffer grows it, and the next file lexes into the larger one.
  const big = lexText("x = 1;\n".repeat(200_000), 0, false);
  const after = lexText("y", 0, false);
  assert.equal(after.t.kind.buffer, big.t.kind.buffer);
  assert.deepEqual(kinds(after), [Tok.Ident]);
});

test("reserved words are keyword kinds; contextual words are identifiers", () => {
  KEYWORDS.forEach((word, i) => {
    const l = lexText(word);
    assert.deepEqual(kinds(l), [FIRST_KEYWORD + i], word);
    assert.equal(l.t.value[0], pool.intern(word), word);
  });
  const contextual = ["type", "declare", "namespace", "module", "abstract", "readonly", "get", "set", "as", "is", "of",
    "from", "keyof", "infer", "async", "await", "asserts", "global", "satisfies", "constructor", "require", "any", "never"];
  for (const word of contextual) {
    const l = lexText(word);
    assert.deepEqual(kinds(l), [Tok.Ident], word);
    assert.equal(l.t.value[0], pool.intern(word), word);
  }
  // Near misses are plain identifiers.
  assert.deepEqual(kindsOf("Let lets iff _if $for"), [Tok.Ident, Tok.Ident, Tok.Ident, Tok.Ident, Tok.Ident]);
  assert.deepEqual(kindsOf("type T = declare"), [Tok.Ident, Tok.Ident, Tok.Eq, Tok.Ident]);
});

test("numeric literals are decoded with their flags", () => {
  const table: [string, number, number][] = [
    ["0", 0, 0],
    ["42", 42, 0],
    ["123456789012345", 123456789012345, 0],
    ["1234567890123456", 1234567890123456, 0],
    ["0x1F", 31, 0],
    ["0XFF", 255, 0],
    // 13 hex digits take the fast path, 14 the slow one: both exact.
    ["0xFFFFFFFFFFFFF", 2 ** 52 - 1, 0],
    ["0x1FFFFFFFFFFFFF", 2 ** 53 - 1, 0],
    ["0xabcdef", 0xabcdef, 0],
    ["0o17", 15, 0],
    ["0O7", 7, 0],
    ["0b101", 5, 0],
    ["0B11", 3, 0],
    ["1_000_000", 1000000, 0],
    ["0b1111_0000", 240, 0],
    ["0xFF_FF", 65535, 0],
    ["1.5", 1.5, TokFlag.Float],
    ["0.1", 0.1, TokFlag.Float],
    ["1.", 1, TokFlag.Float],
    [".5", 0.5, TokFlag.Float],
    ["1e3", 1000, TokFlag.Float],
    ["1.5e3", 1500, TokFlag.Float],
    ["1E+2", 100, TokFlag.Float],
    ["2.5E-2", 0.025, TokFlag.Float],
    ["1_0.2_5", 10.25, TokFlag.Float],
    ["10n", 10, TokFlag.BigIntSuffix],
    ["0n", 0, TokFlag.BigIntSuffix],
    ["0x10n", 16, TokFlag.BigIntSuffix],
  ];
  for (const [text, value, flags] of table) {
    const l = lexText(text);
    assert.deepEqual(l.diags.list, [], text);
    assert.deepEqual(kinds(l), [Tok.Number], text);
    assert.equal(l.t.numbers[l.t.value[0]!], value, text);
    assert.equal(l.t.flags[0], flags, text);
    assert.equal(l.t.end[0], text.length, text);
    assert.equal(l.t.bigs.size, 0, text);
  }
  // Decimal floats, short and long, round exactly as JavaScript reads them.
  for (const text of ["0.3", "3.14159", "123.456", "9999999.99999999", "0.000001", "12345678.9012345678", "1.7976931348623157e308",
    "5e-324", "0.1e1", "4.35", "1e21"]) {
    const l = lexText(text);
    assert.deepEqual(l.diags.list, [], text);
    assert.equal(l.t.numbers[l.t.value[0]!], Number(text), text);
    assert.equal(l.t.flags[0], TokFlag.Float, text);
  }
  // Each literal gets its own slot in `numbers`.
  const l = lexText("1 2.5 0x10");
  assert.deepEqual([0, 1, 2].map((i) => l.t.numbers[l.t.value[i]!]), [1, 2.5, 16]);
});

test("integers beyond 2^53 keep their exact value in bigs", () => {
  const table: [string, bigint, number][] = [
    ["0xFFFFFFFFFFFFFFFF", 0xFFFFFFFFFFFFFFFFn, TokFlag.Big],
    ["9007199254740993", 9007199254740993n, TokFlag.Big],
    ["12345678901234567890n", 12345678901234567890n, TokFlag.Big | TokFlag.BigIntSuffix],
  ];
  for (const [text, exact, flags] of table) {
    const l = lexText(text);
    assert.deepEqual(l.diags.list, [], text);
    assert.deepEqual(kinds(l), [Tok.Number], text);
    const slot = l.t.value[0]!;
    assert.equal(l.t.flags[0], flags, text);
    assert.equal(l.t.bigs.get(slot), exact, text);
    assert.equal(l.t.numbers[slot], Number(exact), `${text}: the nearest double`);
  }
  // 2^53 - 1 is exact in a double: no Big flag, nothing in bigs.
  const max = lexText("9007199254740991");
  assert.equal(max.t.flags[0], 0);
  assert.equal(max.t.numbers[max.t.value[0]!], Number.MAX_SAFE_INTEGER);
  assert.equal(max.t.bigs.size, 0);
});

test("string escapes are cooked into the interned value", () => {
  const table: [string, string][] = [
    [String.raw`"a\nb"`, "a\nb"],
    [String.raw`'q\x41'`, "qA"],
    [String.raw`"\u0041"`, "A"],
    [String.raw`"\u{1F600}"`, "\u{1F600}"],
    [String.raw`"\uD83D\uDE00"`, "\u{1F600}"],
    [String.raw`"\uD83D"`, "\uD83D"],
    [String.raw`"\t\r\b\f\v\0"`, "\t\r\b\f\v\0"],
    [String.raw`"\'\"\\"`, "'\"\\"],
    [String.raw`'\q'`, "q"],
    ["\"line\\\ncont\"", "linecont"],
  ];
  for (const [text, cooked] of table) {
    const l = lexText(text);
    assert.deepEqual(l.diags.list, [], text);
    assert.deepEqual(kinds(l), [Tok.String], text);
    assert.equal(str(l.t.value[0]!), cooked, text);
    assert.equal(l.t.flags[0], TokFlag.Escaped, text);
    assert.equal(l.t.end[0], new TextEncoder().encode(text).length, text);
  }
  // Without escapes: the bytes between the quotes, no flag.
  for (const [text, value] of [["'plain'", "plain"], ['"héllo"', "héllo"], ['""', ""]] as const) {
    const l = lexText(text);
    assert.equal(str(l.t.value[0]!), value, text);
    assert.equal(l.t.flags[0], 0, text);
  }
});

test("templates lex into pieces with cooked values, nested templates included", () => {
  const pieces = (src: string): [Tok, string][] => {
    const l = lexText(src);
    assert.deepEqual(l.diags.list, [], src);
    return kinds(l).map((k, i) => [k, k === Tok.Ident || (k >= Tok.Template && k <= Tok.TemplateTail) ? str(l.t.value[i]!) : ""]);
  };
  assert.deepEqual(pieces("`plain`"), [[Tok.Template, "plain"]]);
  assert.deepEqual(pieces("``"), [[Tok.Template, ""]]);
  assert.deepEqual(pieces("`a${x}b${y}c`"), [
    [Tok.TemplateHead, "a"], [Tok.Ident, "x"], [Tok.TemplateMiddle, "b"], [Tok.Ident, "y"], [Tok.TemplateTail, "c"],
  ]);
  assert.deepEqual(pieces("`${`in${z}ner`}`"), [
    [Tok.TemplateHead, ""], [Tok.TemplateHead, "in"], [Tok.Ident, "z"], [Tok.TemplateTail, "ner"], [Tok.TemplateTail, ""],
  ]);
  // Escapes are cooked in every piece; CRLF in the text is LF.
  assert.deepEqual(pieces("`\\n\\x41${x}\\u{41}\r\n`"), [[Tok.TemplateHead, "\nA"], [Tok.Ident, "x"], [Tok.TemplateTail, "A\n"]]);
  // Braces inside a substitution do not end it.
  assert.deepEqual(kindsOf("`${ {a: 1}.a }`"), [
    Tok.TemplateHead, Tok.LBrace, Tok.Ident, Tok.Colon, Tok.Number, Tok.RBrace, Tok.Dot, Tok.Ident, Tok.TemplateTail,
  ]);
  // Piece positions: the head runs from '`' through '${', the tail from '}' through '`'.
  const l = lexText("`a${x}b`");
  assert.deepEqual([...l.t.start.subarray(0, 3)], [0, 4, 5]);
  assert.deepEqual([...l.t.end.subarray(0, 3)], [4, 5, 8]);
});

test("'/' divides after an operand and starts a regex elsewhere", () => {
  assert.deepEqual(kindsOf("a / b / c"), [Tok.Ident, Tok.Slash, Tok.Ident, Tok.Slash, Tok.Ident]);
  assert.deepEqual(kindsOf("(a) / 2"), [Tok.LParen, Tok.Ident, Tok.RParen, Tok.Slash, Tok.Number]);
  assert.deepEqual(kindsOf("a[0] / 2"), [Tok.Ident, Tok.LBracket, Tok.Number, Tok.RBracket, Tok.Slash, Tok.Number]);
  assert.deepEqual(kindsOf("a++ / 2"), [Tok.Ident, Tok.PlusPlus, Tok.Slash, Tok.Number]);
  assert.deepEqual(kindsOf("this / 2"), [Tok.This, Tok.Slash, Tok.Number]);
  const regex = (text: string, expected: string): void => {
    const l = lexText(text);
    assert.deepEqual(l.diags.list, [], text);
    const i = find(l.t, Tok.Regex);
    assert.equal(str(l.t.value[i]!), expected, text);
  };
  regex("x = /re/g", "/re/g");
  regex("y = /[/]/", "/[/]/");
  regex("y = /a\\/b/i", "/a\\/b/i");
  regex("f(/x/)", "/x/");
  regex("x = /=/g", "/=/g");
  regex("return /re/", "/re/");
  assert.deepEqual(kindsOf("x = /re/g;"), [Tok.Ident, Tok.Eq, Tok.Regex, Tok.Semi]);
  // A keyword after '.' or '?.' is a property name, so it ends an operand.
  assert.deepEqual(kindsOf("x.default / 2 / 3"), [Tok.Ident, Tok.Dot, Tok.Default, Tok.Slash, Tok.Number, Tok.Slash, Tok.Number]);
  assert.deepEqual(kindsOf("x?.new / y"), [Tok.Ident, Tok.QuestionDot, Tok.New, Tok.Slash, Tok.Ident]);
  // ...but not after anything else.
  regex("return /a/", "/a/");
  regex("typeof /a/", "/a/");
  // The ')' closing the head of if/while/for/with ends no operand; other ')' do.
  regex("if (x) /re/.test(s)", "/re/");
  regex("while (f(a)) /re/g.exec(s)", "/re/g");
  regex("for (;;) /re/", "/re/");
  assert.deepEqual(kindsOf("if (f(x) / 2) y"), [Tok.If, Tok.LParen, Tok.Ident, Tok.LParen, Tok.Ident, Tok.RParen, Tok.Slash, Tok.Number, Tok.RParen, Tok.Ident]);
});

test("NewlineBefore marks tokens after a line break, comments included", () => {
  const flagsOf = (text: string): number[] => {
    const l = lexText(text);
    return [...l.t.flags.subarray(0, l.t.count - 1)].map((f) => f & TokFlag.NewlineBefore);
  };
  const NL = TokFlag.NewlineBefore;
  assert.deepEqual(flagsOf("a b"), [0, 0]);
  assert.deepEqual(flagsOf("a\nb"), [0, NL]);
  assert.deepEqual(flagsOf("a\r\nb"), [0, NL]);
  assert.deepEqual(flagsOf("a\rb"), [0, NL]);
  assert.deepEqual(flagsOf("a\u2028b"), [0, NL]);
  assert.deepEqual(flagsOf("\nx"), [NL]);
  assert.deepEqual(flagsOf("a // c\nb"), [0, NL]);
  assert.deepEqual(flagsOf("a /* d\n e */ f /* g */ h"), [0, NL, 0]);
  // The EOF token always counts as on a new line (for ASI).
  const l = lexText("x");
  assert.equal(l.t.flags[1]! & NL, NL);
});

test("comments, whitespace and a shebang line are skipped", () => {
  const l = lexText("#!/usr/bin/env node\na // line\n/* block */ b\t\u00a0c /** doc */");
  assert.deepEqual(l.diags.list, []);
  assert.deepEqual(kinds(l), [Tok.Ident, Tok.Ident, Tok.Ident]);
  // The shortest block comments: '/**/' and '/***/' close (the first '*' after '/*' can start '*/').
  for (const empty of ["/**/", "/***/", "/****/"]) {
    const e = lexText(`x${empty}y`);
    assert.deepEqual(e.diags.list, [], empty);
    assert.deepEqual(kinds(e), [Tok.Ident, Tok.Ident], empty);
  }
  assert.deepEqual([0, 1, 2].map((i) => str(l.t.value[i]!)), ["a", "b", "c"]);
  assert.equal(l.t.start[0], 20);
  assert.equal(l.t.start[1], 42);
  // Positions are byte offsets: U+00A0 takes two bytes.
  assert.equal(l.t.start[2], 46);
  assert.equal(l.t.start[3], l.t.end[3]);
  assert.equal(l.t.start[3], new TextEncoder().encode("#!/usr/bin/env node\na // line\n/* block */ b\t\u00a0c /** doc */").length);
});

test("non-ASCII and escaped identifiers intern their cooked text", () => {
  const one = (text: string, value: string, flags: number, end = new TextEncoder().encode(text).length): void => {
    const l = lexText(text);
    assert.deepEqual(l.diags.list, [], text);
    assert.deepEqual(kinds(l), [Tok.Ident], text);
    assert.equal(l.t.value[0], pool.intern(value), text);
    assert.equal(l.t.flags[0], flags, text);
    assert.equal(l.t.end[0], end, text);
  };
  one("héllo", "héllo", 0, 6);
  one("ℌx", "ℌx", 0);
  one("日本", "日本", 0);
  one("\\u0061bc", "abc", TokFlag.Escaped);
  one("a\\u0062c", "abc", TokFlag.Escaped);
  one("\\u{62}x", "bx", TokFlag.Escaped);
  one("$_a1", "$_a1", 0);
  const p = lexText("#priv");
  assert.deepEqual(kinds(p), [Tok.PrivateName]);
  assert.equal(p.t.value[0], pool.intern("#priv"));
});

test("lexer errors are reported with their code and span, and lexing goes on", () => {
  const table: [string, LexCode, number, number, RegExp][] = [
    ["'abc", LexCode.UnterminatedString, 0, 4, /^unterminated string: .*end of the file/],
    ["x = \"abc\ny", LexCode.UnterminatedString, 4, 4, /^unterminated string: .*end of the line/],
    ["a /* abc", LexCode.UnterminatedComment, 2, 2, /^unterminated comment/],
    // '/*/' opens a comment and does not close it: its '*' cannot serve both.
    ["a /*/ b", LexCode.UnterminatedComment, 2, 2, /^unterminated comment/],
    ["`abc", LexCode.UnterminatedTemplate, 0, 4, /^unterminated template literal/],
    ["x = `a${b}c", LexCode.UnterminatedTemplate, 9, 2, /^unterminated template literal/],
    ["x € y", LexCode.InvalidCharacter, 2, 3, /^invalid character '€' \(U\+20AC\)/],
    ["x # y", LexCode.InvalidCharacter, 2, 1, /^invalid character '#'/],
    ["x = /re", LexCode.UnterminatedRegex, 4, 3, /^unterminated regular expression/],
    ["09", LexCode.InvalidNumber, 0, 2, /^invalid number: a decimal number cannot start with 0/],
    ["x = 1_;", LexCode.InvalidNumber, 4, 2, /^invalid number: a numeric separator/],
    ["1__0", LexCode.InvalidNumber, 0, 4, /^invalid number: a numeric separator/],
    ["0x", LexCode.InvalidNumber, 0, 2, /^invalid number: expected hexadecimal digits after '0x'/],
    ["0b2", LexCode.InvalidNumber, 0, 3, /^invalid number: expected binary digits/],
    ["0o8", LexCode.InvalidNumber, 0, 3, /^invalid number: expected octal digits/],
    ["1e", LexCode.InvalidNumber, 0, 2, /^invalid number: expected digits in the exponent/],
    ["3in", LexCode.InvalidNumber, 0, 3, /^invalid number: an identifier or keyword cannot immediately follow/],
    ["'\\1'", LexCode.InvalidEscape, 1, 2, /^invalid escape: octal escapes/],
    ["'\\u00G0'", LexCode.InvalidEscape, 1, 4, /^invalid escape/],
    // A backslash ending the file leaves the literal unterminated, within the file.
    ["'a\\", LexCode.UnterminatedString, 0, 3, /^unterminated string: .*end of the file/],
    ["`a\\", LexCode.UnterminatedTemplate, 0, 3, /^unterminated template literal/],
    ["x = /a\\", LexCode.UnterminatedRegex, 4, 3, /^unterminated regular expression/],
    ["x = /a\\\ny", LexCode.UnterminatedRegex, 4, 3, /^unterminated regular expression/],
  ];
  for (const [text, code, start, length, message] of table) {
    let l: Lexed | undefined;
    assert.doesNotThrow(() => { l = lexText(text); }, text);
    assert.deepEqual(diagSpans(l!), [[code, start, length]], text);
    assert.match(l!.diags.list[0]!.message, message, text);
  }
});

test("bad tokens still take their place in the token list", () => {
  const s = lexText("'abc");
  assert.deepEqual(kinds(s), [Tok.String]);
  assert.equal(s.t.flags[0], TokFlag.Unterminated);
  assert.equal(str(s.t.value[0]!), "abc");
  // A string ends at the line break; the next line lexes normally.
  const line = lexText("x = \"abc\ny");
  assert.deepEqual(kinds(line), [Tok.Ident, Tok.Eq, Tok.String, Tok.Ident]);
  assert.equal(line.t.flags[3], TokFlag.NewlineBefore);
  const tpl = lexText("`abc");
  assert.deepEqual(kinds(tpl), [Tok.Template]);
  assert.equal(tpl.t.flags[0], TokFlag.Unterminated);
  // An unterminated comment runs to the end of the file.
  assert.deepEqual(kinds(lexText("a /* b c")), [Tok.Ident]);
  // Invalid characters are dropped; their neighbours stay.
  const junk = lexText("x € y");
  assert.deepEqual(kinds(junk), [Tok.Ident, Tok.Ident]);
  assert.deepEqual([junk.t.start[1], junk.t.end[1]], [6, 7]);
  // A bad number is still one Number token, with the digits it had.
  const num = lexText("09 + 1_");
  assert.deepEqual(kinds(num), [Tok.Number, Tok.Plus, Tok.Number]);
  assert.equal(num.t.numbers[num.t.value[0]!], 9);
  assert.equal(num.t.numbers[num.t.value[2]!], 1);
  assert.equal(num.diags.length, 2);
  // An invalid UTF-8 byte, or a truncated sequence, is one bad character: what follows still lexes.
  const bad = lexText(new Uint8Array([0x61, 0x20, 0xff, 0x62, 0x63, 0x20, 0xe2, 0x82, 0x64, 0xf0, 0x9f]));
  assert.deepEqual(kinds(bad), [Tok.Ident, Tok.Ident, Tok.Ident]);
  assert.deepEqual([...bad.t.start.subarray(0, 3)], [0, 3, 8]);
  assert.deepEqual(diagSpans(bad), [[LexCode.InvalidCharacter, 2, 1], [LexCode.InvalidCharacter, 6, 2], [LexCode.InvalidCharacter, 9, 2]]);
  assert.match(bad.diags.list[0]!.message, /byte 0xff/);
});

test("diagnostic spans are placed at the file's base position", () => {
  const l = lexText("let s = 'abc", 1000);
  assert.deepEqual(diagSpans(l), [[LexCode.UnterminatedString, 1008, 4]]);
  // Token positions stay file-relative.
  assert.equal(l.t.start[3], 8);
});

test("the lexer never throws on arbitrary bytes and always ends with EOF", () => {
  let seed = 0x2545f491;
  const rnd = (): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
  for (let n = 0; n < 2000; n++) {
    const bytes = new Uint8Array(Math.floor(rnd() * 64));
    for (let i = 0; i < bytes.length; i++) bytes[i] = rnd() < 0.75 ? 32 + Math.floor(rnd() * 95) : Math.floor(rnd() * 256);
    const l = lexText(bytes);
    const t = l.t;
    assert.equal(t.kind[t.count - 1], Tok.EOF);
    assert.equal(t.start[t.count - 1], bytes.length);
    for (let i = 1; i < t.count; i++) assert.ok(t.start[i - 1]! < t.start[i]! || t.kind[i] === Tok.EOF, "tokens advance");
    for (let i = 0; i < t.count; i++) assert.ok(t.start[i]! <= t.end[i]! && t.end[i]! <= bytes.length, "tokens stay inside the file");
    for (const d of l.diags.list) assert.ok(l.spans.start(d.span) + l.spans.length(d.span) <= bytes.length, "diagnostics stay inside the file");
  }
});

test("the token table grows past its first guess and keeps every row and number", () => {
  // One token a byte, three times the lexer's first guess of a token per three bytes.
  const n = 3000;
  const { t, diags } = lexText(Array.from({ length: n }, (_, i) => String(i % 10)).join(";"));
  assert.equal(diags.errorCount, 0);
  assert.equal(t.count, 2 * n); // n numbers, n - 1 semicolons, EOF
  for (let i = 0; i < n; i++) {
    assert.equal(t.kind[2 * i], Tok.Number);
    assert.equal(t.numbers[t.value[2 * i]!], i % 10);
    assert.equal(t.start[2 * i], 2 * i);
    assert.equal(t.end[2 * i], 2 * i + 1);
  }
  assert.equal(t.kind[2 * n - 1], Tok.EOF);
});
