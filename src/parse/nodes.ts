// The parse tree's node kinds and flags, and the tree itself: a postorder
// array of nodes, one row per node in typed-array columns (kind, flags, main
// token, subtree size, span). A node's children are the subtrees right before
// it: the last child ends at node - 1, the one before it at (last - size of
// last), and so on. Later stages walk it like bytecode. This file owns the
// layout and the meaning of each kind's children; it must never hold an
// object per node.
import type { NodeId } from "../base/ids.js";
import { grownColumn } from "../base/table.js";
import { Tok, TokFlag, type TokenList } from "./tokens.js";

// Children are listed after each kind; `?` optional, `*` any number.
// Optional children are told apart by kind (type kinds, expression kinds and
// statement kinds are disjoint) or by a flag, never by position alone.
export enum N {
  // ----- structure
  /** Source that could not be parsed; token: where. */
  Error,
  /** An absent optional part where kinds cannot tell (a `for(;;)` clause, an array hole). */
  Omitted,
  /** token: EOF. children: statements*. The last node of every tree. */
  SourceFile,
  /** token: the modifier word (export, default, declare, const, abstract, static, public, ...). flags: its Tok (Ident for contextual words). */
  Modifier,
  /** token: '@'. children: expression. */
  Decorator,
  /** A declared or referenced bare name (label, alias, namespace part). token: the name. */
  Name,
  /** token: '<'. children: TypeParam*. */
  TypeParams,
  /** token: name. children: Modifier* (in/out/const), constraint type?, default type? (flags HasConstraint/HasDefault). */
  TypeParam,
  /** token: '<'. children: types*. */
  TypeArgs,
  /** token: name ('this' for a this-parameter). flags: Optional, Rest. children: Decorator* and Modifier* (in source order), type?, initializer?. */
  Param,
  /** A binding pattern in a parameter or declarator; token: '{' or '['. children: as for ObjectLit/ArrayLit. */
  BindingPattern,

  // ----- declarations
  /** token: let/const/var; flags: that Tok. children: Decorator* and Modifier* (in source order), VarDecl+. */
  VarStatement,
  /** token: the name (or a BindingPattern first child). flags: Definite. children: BindingPattern?, type?, initializer?. */
  VarDecl,
  /** token: name, or 'function' when anonymous (export default). flags: Generator. children: Decorator* and Modifier* (in source order), TypeParams?, Param*, return type?, Block?. */
  FunctionDecl,
  /** token: name, or 'class' when anonymous. children: Decorator* and Modifier* (in source order), TypeParams?, Extends?, Implements?, members*. */
  ClassDecl,
  /** token: 'extends'. children: expression with TypeArgs? (class) or types* (interface). */
  Extends,
  /** token: 'implements'. children: types*. */
  Implements,
  /** token: name. children: Decorator* and Modifier* (in source order), TypeParams?, Extends?, members*. */
  InterfaceDecl,
  /** token: name. children: Decorator* and Modifier* (in source order), EnumMember*. */
  EnumDecl,
  /** token: name. children: initializer?. */
  EnumMember,
  /** token: name. children: Decorator* and Modifier* (in source order), TypeParams?, type. */
  TypeAlias,
  /** token: first name (or the string of `declare module "x"`). children: Decorator* and Modifier* (in source order), Name* (dotted parts), ModuleBlock?. */
  Namespace,
  /** token: '{'. children: statements*. */
  ModuleBlock,
  /** Class field or interface property. token: name ('[' when computed). flags: Optional, Definite. children: Decorator* and Modifier* (in source order), key expression?, type?, initializer?. */
  Property,
  /** token: name ('[' when computed). flags: Optional, Generator. children: Decorator* and Modifier* (in source order), key?, TypeParams?, Param*, return type?, Block?. */
  Method,
  /** token: 'constructor'. children: Decorator* and Modifier* (in source order), Param*, Block?. */
  Constructor,
  /** token: name. children: as Method. */
  Getter,
  /** token: name. children: as Method. */
  Setter,
  /** token: '['. children: Modifier*, Param, type. */
  IndexSignature,
  /** token: '(' or '<' (call) / 'new' (construct). children: TypeParams?, Param*, return type?. */
  CallSignature,
  ConstructSignature,
  /** token: 'static'. children: Block. */
  StaticBlock,
  /** token: 'import'. flags: TypeOnly. children: Name? (default), NamespaceImport?, ImportSpecifier*, module String. */
  ImportDecl,
  /** token: '*'. children: Name. */
  NamespaceImport,
  /** token: the imported (or exported) name. flags: TypeOnly. children: Name? (the local alias / exported-as name). */
  ImportSpecifier,
  ExportSpecifier,
  /** `import x = require("m")` / `import x = A.B`. token: name. children: Modifier*, String | expression. */
  ImportEquals,
  /** `export { a, b as c } [from "m"]`. token: 'export'. flags: TypeOnly. children: ExportSpecifier*, String?. */
  ExportDecl,
  /** `export * [as ns] from "m"`. token: '*'. children: Name?, String. */
  ExportAll,
  /** `export default expr;` (token 'default') or `export = expr;` (token '='). children: expression. */
  ExportAssignment,

  // ----- statements
  /** token: '{'. children: statements*. */
  Block,
  /** token: the expression's first token. children: expression. */
  ExprStmt,
  /** token: 'if'. children: condition, then, else?. */
  If,
  /** token: 'while'. children: condition, body. */
  While,
  /** token: 'do'. children: body, condition. */
  DoWhile,
  /** token: 'for'. children: init (VarList | expression | Omitted), condition | Omitted, update | Omitted, body. */
  For,
  /** token: 'for'. flags: Await. children: VarList | expression, expression, body. */
  ForOf,
  ForIn,
  /** `let a = 1, b` without ';' (for clauses). token: let/const/var; flags: that Tok. children: VarDecl+. */
  VarList,
  /** token: 'break' / 'continue'. children: Name? (label). */
  Break,
  Continue,
  /** token: 'return'. children: expression?. */
  Return,
  /** token: 'throw'. children: expression. */
  Throw,
  /** token: 'try'. children: Block, Catch?, Block? (finally; flags HasFinally). */
  Try,
  /** token: 'catch'. children: Param?, Block. */
  Catch,
  /** token: 'switch'. children: expression, Case*. */
  Switch,
  /** token: 'case' / 'default'; flags: that Tok. children: expression? (case only), statements*. */
  Case,
  /** token: the label. children: statement. */
  Labeled,
  /** token: ';'. */
  Empty,
  /** token: 'debugger'. */
  Debugger,

  // ----- expressions
  /** token: the identifier. */
  Ident,
  /** token: the literal (tokValue: its index in `numbers`). flags: its TokFlag Float, Big and BigIntSuffix. */
  NumberLit,
  StringLit,
  RegexLit,
  True,
  False,
  Null,
  This,
  Super,
  /** token: '#name'. */
  PrivateName,
  /** A template without substitutions: token: the template. */
  NoSubstTemplate,
  /** token: the head piece. children: TemplateSpan+. */
  Template,
  /** token: the middle or tail piece that follows the expression. children: expression. */
  TemplateSpan,
  /** token: first token of the tag. children: tag, TypeArgs?, template (NoSubstTemplate | Template). */
  TaggedTemplate,
  /** token: '['. children: elements* (Omitted for holes). */
  ArrayLit,
  /** token: '{'. children: PropAssign | Shorthand | Spread | Method | Getter | Setter. */
  ObjectLit,
  /** token: name ('[' when computed). children: key expression?, value. */
  PropAssign,
  /** token: name. children: initializer? (in patterns). */
  Shorthand,
  /** token: '...'. children: expression. */
  Spread,
  /** token: '('. children: expression. */
  Paren,
  /** token: '(' of the arguments. flags: OptionalChain. children: callee, TypeArgs?, arguments*. */
  Call,
  /** token: 'new'. flags: HasArgs. children: callee, TypeArgs?, arguments*. */
  New,
  /** token: the property name. flags: OptionalChain. children: object. */
  Member,
  /** token: '['. flags: OptionalChain. children: object, index. */
  Index,
  /** token: '!'. children: expression. */
  NonNull,
  /** token: the operator; flags: its Tok (typeof, void, delete, await are here too). children: operand. */
  Prefix,
  Postfix,
  /** token: the operator's first token; flags: the operator's Tok (joined '>' forms included). children: left, right. */
  Binary,
  /** Assignment, simple or compound; flags: the operator's Tok. children: target, value. */
  Assign,
  /** token: '?'. children: condition, then, else. */
  Conditional,
  /** token: 'as' / 'satisfies'. children: expression, type. */
  As,
  Satisfies,
  /** `<T>x`. token: '<'. children: type, expression. */
  TypeAssertion,
  /** token: '=>'. children: Modifier? (async), TypeParams?, Param*, return type?, body (Block or expression). */
  Arrow,
  /** token: 'function'. flags: Generator. children: Modifier?, Name?, TypeParams?, Param*, return type?, Block. */
  FunctionExpr,
  /** token: 'class'. children: Name?, TypeParams?, Extends?, Implements?, members*. */
  ClassExpr,
  /** token: 'yield'. flags: Generator (yield*). children: expression?. */
  Yield,
  /** token: 'await'. children: expression. */
  Await,
  /** `import.meta`, `new.target`. token: the first word. */
  MetaProperty,
  /** `f<T>` without a call (an instantiation expression). token: '<'. children: expression, TypeArgs. */
  Instantiation,
  /** `(x, y)` comma expression: token ','. children: left, right. */
  Comma,

  // ----- types
  /** token: the first name. children: Name* (qualified parts), TypeArgs?. */
  TypeRef,
  /**
   * token: void / null / this as a type; flags: that Tok. Other type names, `undefined`, `any`
   * and `i32` alike, are TypeRefs: the checker resolves every name.
   */
  KeywordType,
  /** token: '['. children: element type. */
  ArrayType,
  /** token: the first member's first token (after any leading '|' or '&'). children: types+. */
  UnionType,
  IntersectionType,
  /** token: '=>'. children: TypeParams?, Param*, return type. */
  FunctionType,
  /** token: 'new'. children: Modifier? (abstract), TypeParams?, Param*, return type. */
  ConstructorType,
  /** token: '('. children: type. */
  ParenType,
  /** token: '{'. children: Property | Method | CallSignature | ConstructSignature | IndexSignature | Getter | Setter. */
  TypeLiteral,
  /** token: '['. children: types* (NamedTupleMember, OptionalType, RestType included). */
  TupleType,
  /** token: name. flags: Optional, Rest. children: type. */
  NamedTupleMember,
  /** token: '?'. children: type. */
  OptionalType,
  /** token: '...'. children: type. */
  RestType,
  /**
   * token: the literal (string, number, true, false, a template) or '-' of a negative number; flags: that Tok (so a
   * number's tokValue, an index into `numbers`, is never read as text). children: NumberLit? (after '-').
   */
  LiteralType,
  /** `typeof x.y`. token: 'typeof'. children: Name+ (the dotted path), TypeArgs?. */
  TypeQuery,
  /** `import("m").A.B<T>`, or with `typeof` before it. token: 'import'. flags: TypeOf. children: StringLit, Name*, TypeArgs?. */
  ImportType,
  /** token: keyof / readonly / unique. children: type. */
  TypeOperator,
  /** token: '['. children: object type, index type. */
  IndexedAccessType,
  /** token: 'extends'. children: check, extends, true, false types. */
  ConditionalType,
  /** token: 'infer'. children: TypeParam. */
  InferType,
  /** token: '{'. flags: Readonly(+/-), Optional(+/-), MappedAs. children: TypeParam (the key with its 'in' constraint), `as` type (if MappedAs), value type?. */
  MappedType,
  /** `x is T` / `asserts x [is T]`. token: the parameter name (or 'this'). flags: Asserts. children: type?. */
  TypePredicate,
  /** A template literal type. token: head. children: TemplateTypeSpan+. */
  TemplateType,
  /** token: middle/tail piece. children: type. */
  TemplateTypeSpan,

  Count,
}

export const FIRST_TYPE_KIND = N.TypeRef;
export const LAST_TYPE_KIND = N.TemplateTypeSpan;

export function isTypeKind(k: N): boolean { return k >= FIRST_TYPE_KIND && k <= LAST_TYPE_KIND; }

/**
 * Node flags (a byte). Binary, Assign, Prefix and Postfix use it for their
 * operator's Tok instead; Modifier, VarStatement, VarList, Case,
 * KeywordType and LiteralType for their token's Tok; NumberLit for its token's number flags.
 */
export const enum NF {
  Optional = 1,
  Rest = 2,
  Definite = 4,
  Generator = 8,
  OptionalChain = 16,
  TypeOnly = 32,
  HasArgs = 64,
  HasConstraint = 1,
  HasDefault = 2,
  HasFinally = 1,
  Await = 1,
  Asserts = 1,
  /** ImportType: `typeof import(...)`. */
  TypeOf = 1,
  /** MappedType: readonly, '-readonly', optional, '-?' ('+' counts as present). */
  Readonly = 1,
  MinusReadonly = 2,
  MappedOptional = 4,
  MinusOptional = 8,
  /** MappedType: has an `as` clause (the child after the key). */
  MappedAs = 16,
}

/**
 * A parsed file's tree: nodes in postorder (the root is the last). Each node
 * carries what later stages read of its main token (the `token:` of each
 * kind above): its value, copied in as the node is made, and for the kinds
 * whose meaning depends on it, its kind or number flags in the node's flags.
 * So the token table dies with the parse (see lex): 14 bytes a token of
 * memory no compilation keeps. Token positions are not kept either: a
 * node's span covers its source, and a leaf's span is its token's.
 */
export interface ParseTree {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
  /** The main token's value: interned text, or an index into `numbers`. */
  readonly tokValue: Int32Array;
  readonly size: Int32Array;
  readonly span: Int32Array;
  /** Numeric literal values, by tokValue (for integers beyond 2^53, the nearest double). */
  readonly numbers: Float64Array;
  /** Exact values of integer literals flagged Big, by index into `numbers`. */
  readonly bigs: ReadonlyMap<number, bigint>;
  /**
   * The token table and each node's main token in it, for tools that print
   * source back (printer, dump): only when the parse was asked to keep them.
   */
  readonly kept?: KeptTokens;
}

/** A parse's token table and each node's main token in it (ParseTree.kept). */
export interface KeptTokens { readonly tokens: TokenList; readonly token: Int32Array }

/** Whether a node of `kind` keeps its main token's kind in its flags (see NF). */
export function flagsHoldTokenKind(kind: N): boolean {
  return kind === N.Modifier || kind === N.VarStatement || kind === N.VarList || kind === N.Case || kind === N.KeywordType || kind === N.LiteralType;
}

/** The token flags a NumberLit node keeps (see N.NumberLit). */
export const NUMBER_FLAGS = TokFlag.Float | TokFlag.Big | TokFlag.BigIntSuffix;

/** Whether node `n`'s tokValue is an index into `numbers` (a number literal, or a number literal type) rather than text. */
export function valueIsNumber(tree: ParseTree, n: number): boolean {
  const k = tree.kind[n]!;
  return k === N.NumberLit || (k === N.LiteralType && tree.flags[n] === Tok.Number);
}

/** Whether a node of `kind` has flags that only repeat its token (its kind, or a number's flags): dumps leave them out. */
export function flagsRepeatToken(kind: N): boolean { return flagsHoldTokenKind(kind) || kind === N.NumberLit; }

/** The kept token table of `tree` (see ParseTree.kept); a tree parsed without it is a mistake of the caller. */
export function keptTokens(tree: ParseTree): KeptTokens {
  if (tree.kept === undefined) throw new Error("this tree was parsed without keepTokens: its tokens are gone");
  return tree.kept;
}

/**
 * The children of `node` in source order. Allocates an array: for tools and
 * tests; hot walks step through subtree sizes themselves.
 */
export function childrenOf(tree: ParseTree, node: NodeId): NodeId[] {
  return siblings(tree, node - tree.size[node]! + 1, node - 1);
}

/**
 * The subtrees that exactly fill nodes first..last, in source order: the
 * children of a list when they are not all of a node's children (a case's
 * statements after its expression). Allocates, like childrenOf.
 */
export function siblings(tree: ParseTree, first: number, last: number): NodeId[] {
  const out: NodeId[] = [];
  for (let c = last; c >= first; c -= tree.size[c]!) out.push(c as NodeId);
  return out.reverse();
}

/**
 * Node ids of subtrees, in source order, for walks that visit every
 * statement (the checker, the emitter) without allocating an array per node:
 * childrenOf's arrays were a quarter of the garbage of a 100k-line build.
 * A walk pushes a range, reads it by index and pops back to its mark; walks
 * nested inside it push above and pop back first, so one stack serves a
 * whole recursive walk.
 */
export class SubtreeStack {
  private ids = new Int32Array(64);
  /** The height: the range just pushed ends here (until something is pushed above it). */
  top = 0;

  /** Pushes the subtrees that exactly fill nodes first..last (see siblings); returns the mark to pop back to. */
  push(tree: ParseTree, first: number, last: number): number {
    const mark = this.top;
    let top = mark;
    for (let c = last; c >= first; c -= tree.size[c]!) {
      if (top === this.ids.length) this.ids = grownColumn(this.ids, top * 2);
      this.ids[top++] = c;
    }
    // Found last to first: reverse in place into source order.
    for (let i = mark, j = top - 1; i < j; i++, j--) { const x = this.ids[i]!; this.ids[i] = this.ids[j]!; this.ids[j] = x; }
    this.top = top;
    return mark;
  }

  /** Pushes the children of `node`; returns the mark. */
  pushChildren(tree: ParseTree, node: number): number { return this.push(tree, node - tree.size[node]! + 1, node - 1); }

  at(i: number): NodeId { return this.ids[i]! as NodeId; }

  pop(mark: number): void { this.top = mark; }
}

/**
 * The else branch of If node `n`, or -1. Its then branch is the subtree
 * before the else (or its last child), and the condition the one before that.
 */
export function elseOf(tree: ParseTree, n: number): number {
  const last = n - 1, prev = last - tree.size[last]!;
  return prev - tree.size[prev]! >= n - tree.size[n]! + 1 ? last : -1;
}

/**
 * The initializer of VarDecl or Param `d`, or -1: its last child, when that
 * is not a type, a pattern, a modifier or a decorator.
 */
export function initializerOf(tree: ParseTree, d: number): number {
  if (tree.size[d]! === 1) return -1;
  const k = tree.kind[d - 1]! as N;
  return isTypeKind(k) || k === N.BindingPattern || k === N.Modifier || k === N.Decorator ? -1 : d - 1;
}

/** The type annotation of VarDecl or Param `d`, or -1 (the child before the initializer, if any). */
export function annotationOf(tree: ParseTree, d: number): number {
  const start = d - tree.size[d]! + 1;
  let c = d - 1;
  if (c < start) return -1;
  if (!isTypeKind(tree.kind[c]! as N)) c -= tree.size[c]!;
  return c >= start && isTypeKind(tree.kind[c]! as N) ? c : -1;
}

/** The first child of `node` (which has children), without allocating: the subtree that begins the node's range. */
export function firstChildOf(tree: ParseTree, node: number): number {
  const start = node - tree.size[node]! + 1;
  let c = node - 1;
  while (c - tree.size[c]! >= start) c -= tree.size[c]!;
  return c;
}
