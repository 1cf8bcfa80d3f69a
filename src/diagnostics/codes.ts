// Every diagnostic code kiln reports, with the stage it belongs to. A code
// never changes meaning once released: tests and users match on it. This
// file holds numbers only; messages are written where the problem is found.

/** 1000-1099: reading characters (the lexer). */
export const enum LexCode {
  InvalidCharacter = 1001,
  UnterminatedString = 1002,
  UnterminatedTemplate = 1003,
  UnterminatedComment = 1004,
  UnterminatedRegex = 1005,
  InvalidNumber = 1006,
  InvalidEscape = 1007,
}

/** 1100-1199: syntax (the parser). */
export const enum ParseCode {
  Expected = 1101,
  Unclosed = 1102,
  TooDeep = 1103,
  Unexpected = 1104,
  InvalidAssignmentTarget = 1105,
  MisplacedModifier = 1106,
  /** `-a ** b`, `a ?? b || c`: operators that JavaScript will not combine without parentheses. */
  NeedsParentheses = 1107,
}
