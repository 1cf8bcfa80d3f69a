// Token kinds and the token table the lexer fills: one row per token, columns
// in typed arrays. Owns the kinds' numbering and their display names; it must
// never hold an object per token.
//
// The lexer never joins '>' with what follows ('>>', '>=', '>>>=' ...): in
// `a<b<c>>` those are two closers. The parser joins adjacent '>' tokens into
// the operator kinds below (GtEq ... GtGtGtEq) where an operator is wanted.

export const enum Tok {
  EOF, Ident, PrivateName, Number, String, Template, TemplateHead, TemplateMiddle, TemplateTail, Regex, Invalid,
  // punctuation
  LBrace, RBrace, LParen, RParen, LBracket, RBracket, Dot, DotDotDot, Semi, Comma, At, Colon, Question, QuestionDot, Arrow,
  Lt, Gt, LtEq, GtEq, EqEq, BangEq, EqEqEq, BangEqEq,
  Plus, Minus, Star, Slash, Percent, StarStar, PlusPlus, MinusMinus, LtLt, GtGt, GtGtGt,
  Amp, Bar, Caret, Bang, Tilde, AmpAmp, BarBar, QuestionQuestion,
  Eq, PlusEq, MinusEq, StarEq, SlashEq, PercentEq, StarStarEq, LtLtEq, GtGtEq, GtGtGtEq, AmpEq, BarEq, CaretEq,
  AmpAmpEq, BarBarEq, QuestionQuestionEq,
  // reserved words (contextual words such as `type` or `declare` are Ident)
  Break, Case, Catch, Class, Const, Continue, Debugger, Default, Delete, Do, Else, Enum, Export, Extends, False,
  Finally, For, Function, If, Import, In, Instanceof, New, Null, Return, Super, Switch, This, Throw, True, Try,
  Typeof, Var, Void, While, With, Implements, Interface, Let, Package, Private, Protected, Public, Static, Yield,
  Count,
}

export const FIRST_KEYWORD = Tok.Break;
export const LAST_KEYWORD = Tok.Yield;
export const FIRST_ASSIGN = Tok.Eq;
export const LAST_ASSIGN = Tok.QuestionQuestionEq;

/** Token flags. */
export const enum TokFlag {
  /** A line break precedes the token (automatic semicolon insertion, restricted productions). */
  NewlineBefore = 1,
  /** Number: has a fraction or exponent (a float literal). */
  Float = 2,
  /** Number: an integer too large for a double; the exact value is in TokenList.bigs. */
  Big = 4,
  /** Number: a BigInt literal (`10n`). */
  BigIntSuffix = 8,
  /** String, template, comment or regex that is not closed. */
  Unterminated = 16,
  /** Identifier or string written with escapes (its value is the cooked text). */
  Escaped = 32,
}

const NAMES: string[] = [];
/** Every punctuator kind with its text. */
export const PUNCTUATORS: readonly (readonly [Tok, string])[] = [
  [Tok.LBrace, "{"], [Tok.RBrace, "}"], [Tok.LParen, "("], [Tok.RParen, ")"], [Tok.LBracket, "["], [Tok.RBracket, "]"],
  [Tok.Dot, "."], [Tok.DotDotDot, "..."], [Tok.Semi, ";"], [Tok.Comma, ","], [Tok.At, "@"], [Tok.Colon, ":"],
  [Tok.Question, "?"], [Tok.QuestionDot, "?."], [Tok.Arrow, "=>"], [Tok.Lt, "<"], [Tok.Gt, ">"], [Tok.LtEq, "<="],
  [Tok.GtEq, ">="], [Tok.EqEq, "=="], [Tok.BangEq, "!="], [Tok.EqEqEq, "==="], [Tok.BangEqEq, "!=="], [Tok.Plus, "+"],
  [Tok.Minus, "-"], [Tok.Star, "*"], [Tok.Slash, "/"], [Tok.Percent, "%"], [Tok.StarStar, "**"], [Tok.PlusPlus, "++"],
  [Tok.MinusMinus, "--"], [Tok.LtLt, "<<"], [Tok.GtGt, ">>"], [Tok.GtGtGt, ">>>"], [Tok.Amp, "&"], [Tok.Bar, "|"],
  [Tok.Caret, "^"], [Tok.Bang, "!"], [Tok.Tilde, "~"], [Tok.AmpAmp, "&&"], [Tok.BarBar, "||"], [Tok.QuestionQuestion, "??"],
  [Tok.Eq, "="], [Tok.PlusEq, "+="], [Tok.MinusEq, "-="], [Tok.StarEq, "*="], [Tok.SlashEq, "/="], [Tok.PercentEq, "%="],
  [Tok.StarStarEq, "**="], [Tok.LtLtEq, "<<="], [Tok.GtGtEq, ">>="], [Tok.GtGtGtEq, ">>>="], [Tok.AmpEq, "&="],
  [Tok.BarEq, "|="], [Tok.CaretEq, "^="], [Tok.AmpAmpEq, "&&="], [Tok.BarBarEq, "||="], [Tok.QuestionQuestionEq, "??="],
];
for (const [k, s] of PUNCTUATORS) NAMES[k] = s;

/** Reserved words in Tok order, from FIRST_KEYWORD. */
export const KEYWORDS = [
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
  "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
  "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
  "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield",
] as const;
KEYWORDS.forEach((w, i) => { NAMES[FIRST_KEYWORD + i] = w; });

/** The source text of a punctuator or keyword kind ("" for kinds with varying text). */
export function tokText(kind: Tok): string { return NAMES[kind] ?? ""; }

/** How a token kind is named in a message: `';'`, `'while'`, "an identifier", "end of file". */
export function describeTok(kind: Tok): string {
  switch (kind) {
    case Tok.EOF: return "end of file";
    case Tok.Ident: return "an identifier";
    case Tok.PrivateName: return "a private name";
    case Tok.Number: return "a number";
    case Tok.String: return "a string";
    case Tok.Template: case Tok.TemplateHead: case Tok.TemplateMiddle: case Tok.TemplateTail: return "a template literal";
    case Tok.Regex: return "a regular expression";
    case Tok.Invalid: return "an invalid character";
    default: return `'${NAMES[kind] ?? "?"}'`;
  }
}

export function isKeyword(kind: Tok): boolean { return kind >= FIRST_KEYWORD && kind <= LAST_KEYWORD; }

/** Identifiers and reserved words: what may follow `.` or name a property. */
export function isIdentifierName(kind: Tok): boolean { return kind === Tok.Ident || (kind >= FIRST_KEYWORD && kind <= LAST_KEYWORD); }

export function isAssignmentOp(kind: Tok): boolean { return kind >= FIRST_ASSIGN && kind <= LAST_ASSIGN; }

/**
 * The tokens of one file. Positions are byte offsets in the file; add the
 * file's base to place them in the position space. `value` holds the
 * interned text (identifiers, keywords, strings, templates, regexes) or the
 * index into `numbers` (numeric literals).
 */
export interface TokenList {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly value: Int32Array;
  /** Numeric literal values (for integers beyond 2^53, the nearest double). */
  readonly numbers: Float64Array;
  /** Exact values of integer literals flagged Big, by index into `numbers`. */
  readonly bigs: ReadonlyMap<number, bigint>;
}
