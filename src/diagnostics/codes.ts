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

/** 2000-2099: modules, declarations and names. */
export const enum NameCode {
  ModuleNotFound = 2001,
  ExportNotFound = 2002,
  DuplicateExport = 2003,
  DuplicateDeclaration = 2004,
  UnknownName = 2005,
  ExportCycle = 2006,
  /** Syntax kiln parses but does not compile (at this level): classes, strings, `any` ... */
  Unsupported = 2007,
  UnknownLabel = 2008,
  JumpOutside = 2009,
  NotAFunction = 2010,
  NotAValue = 2011,
  BadDecorator = 2012,
}

/** 2100-2199: types and the rules of the language. */
export const enum TypeCode {
  UnknownType = 2101,
  /** A value of one type where another is needed, with no implicit conversion. */
  Mismatch = 2102,
  /** An operator that does not apply to its operands' types. */
  BadOperands = 2103,
  ArgumentCount = 2104,
  /** A function with a result that can end without returning one. */
  MissingReturn = 2105,
  NotAssignable = 2106,
  /** An integer literal that does not fit its type. */
  LiteralRange = 2107,
  /** A return type that depends on itself through inference. */
  CircularInference = 2108,
  ConstWithoutValue = 2109,
  /** A default parameter value or global initializer that must be a constant. */
  NotConstant = 2110,
  VoidValue = 2111,
  BadConversion = 2112,
  DivisionByZero = 2113,
}
