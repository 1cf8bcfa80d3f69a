// The checking queries of a program (DESIGN §5): a function's signature, its
// result type (declared or inferred from its body), a global's type and
// constant value, and a function's checked body. Each is a memoized pure
// function of an id that reads other queries; the order they are asked in
// does not change any answer. Owns the memo tables and type annotations'
// meaning; the statement and expression rules live in check-body.ts.
import type { NodeId, Span, StringId, TypeId } from "../base/ids.js";
import { NameCode, TypeCode } from "../diagnostics/codes.js";
import { Diagnostics } from "../diagnostics/diagnostics.js";
import { annotationOf, childrenOf, initializerOf, isTypeKind, N, SubtreeStack, type ParseTree } from "../parse/nodes.js";
import { Tok } from "../parse/tokens.js";
import type { LoadedProgram } from "../program/load.js";
import { DeclKind, type Module, type ModuleId, type SymbolId } from "../program/program.js";
import { declOf, resolveDecl } from "../program/resolve.js";
import { Query } from "../query/memo.js";
import { ERROR_TYPE, primOf, Prim, T, typeName } from "../types/types.js";
import { BuiltinNames } from "./builtins.js";
import { checkFunctionBody, checkModuleTopLevel, checkStandalone } from "./check-body.js";
import type { FunctionFacts } from "./facts.js";
import type { Value } from "./values.js";

export interface Signature {
  readonly params: readonly TypeId[];
  /** Constant default values, by parameter (undefined: required, or computed by the callee). */
  readonly defaults: readonly (Value | undefined)[];
  /**
   * Default values that are not constants (`hi: i32 = lo + 10`), by parameter
   * (-1: none): the callee computes them when the caller says, through the
   * argument-count global, that it left them out.
   */
  readonly dynamicDefaults: readonly NodeId[] | undefined;
  /** Parameters without a default value. */
  readonly required: number;
  /** The declared result type, or undefined when it is inferred from the body. */
  readonly declaredResult: TypeId | undefined;
  /** For a `declare function`: the wasm import's module and field names. */
  readonly host: { readonly module: string; readonly name: string } | undefined;
}

export class CheckDb {
  readonly builtins: BuiltinNames;
  readonly booleanName: StringId;
  readonly numberName: StringId;
  readonly externalName: StringId;
  private readonly quietDiags = new Diagnostics();
  /**
   * The one SubtreeStack of this thread's checkers: a checker that asks for
   * another function's facts (return-type inference) checks it in the middle
   * of its own walk, and nested walks share a stack by design.
   */
  readonly subtrees = new SubtreeStack();

  readonly signature: Query<Signature>;
  readonly resultType: Query<TypeId>;
  readonly globalType: Query<TypeId>;
  readonly globalValue: Query<Value | undefined>;
  readonly body: Query<FunctionFacts>;
  readonly topLevel: Query<FunctionFacts | undefined>;

  constructor(readonly p: LoadedProgram) {
    this.builtins = BuiltinNames.of(p.pool);
    this.booleanName = p.pool.intern("boolean");
    this.numberName = p.pool.intern("number");
    this.externalName = p.pool.intern("external");
    this.signature = new Query("signature", (s) => this.computeSignature(s as SymbolId));
    this.resultType = new Query("result type", (s) => this.computeResultType(s as SymbolId));
    this.globalType = new Query("global type", (s) => this.computeGlobal(s as SymbolId).type);
    this.globalValue = new Query("global value", (s) => this.computeGlobal(s as SymbolId).value);
    this.body = new Query("body", (s) => checkFunctionBody(this, s as SymbolId));
    this.topLevel = new Query("top level", (m) => checkModuleTopLevel(this, this.p.modules[m]!));
  }

  get diags(): Diagnostics { return this.p.diags; }
  /** Where re-checks report: their errors were reported the first time. */
  get quiet(): Diagnostics { return this.quietDiags; }

  sig(s: SymbolId): Signature { return this.signature.get(s, () => EMPTY_SIGNATURE); }

  /** The result type of function `s`; `at` is where the question comes from, for a cycle's message. */
  result(s: SymbolId, at: Span): TypeId {
    const circular = (): TypeId => {
      const { module, decl } = declOf(this.p, s);
      const name = this.p.pool.text(module.decls.cols.name[decl]! as StringId);
      this.diags.error(TypeCode.CircularInference, at, `the result type of '${name}' depends on itself: annotate it, e.g. 'function ${name}(...): i32'`);
      return ERROR_TYPE;
    };
    // Asked while its own body is being checked: the body is what would tell.
    if (this.sig(s).declaredResult === undefined && this.body.inProgress(s)) return circular();
    return this.resultType.get(s, circular);
  }

  globalTypeOf(s: SymbolId, at: Span): TypeId {
    return this.globalType.get(s, () => {
      const { module, decl } = declOf(this.p, s);
      this.diags.error(TypeCode.CircularInference, at, `the type of '${this.p.pool.text(module.decls.cols.name[decl]! as StringId)}' depends on itself: annotate it`);
      return ERROR_TYPE;
    });
  }

  globalValueOf(s: SymbolId): Value | undefined { return this.globalValue.get(s, () => undefined); }
  bodyOf(s: SymbolId): FunctionFacts { return this.body.get(s, () => { throw new Error("body cycle"); }); }
  topLevelOf(m: ModuleId): FunctionFacts | undefined { return this.topLevel.get(m, () => undefined); }

  private computeSignature(s: SymbolId): Signature {
    const { module: m, decl, kind } = declOf(this.p, s);
    const node = m.decls.cols.node[decl]! as NodeId;
    const t = m.parsed.tree;
    const params: TypeId[] = [], defaults: (Value | undefined)[] = [];
    let required = 0, declaredResult: TypeId | undefined, external: NodeId | -1 = -1;
    let dynamicDefaults: NodeId[] | undefined;
    // On the shared subtree stack rather than a childrenOf array (one per
    // function): checking a default value nests its own walks above these.
    const sub = this.subtrees, mark = sub.pushChildren(t, node), end = sub.top;
    for (let i = mark; i < end; i++) {
      const c = sub.at(i), k = t.kind[c]! as N;
      if (k === N.Param) {
        const typeNode = annotationOf(t, c), init = initializerOf(t, c);
        if ((t.flags[c]! & 3) !== 0) this.diags.error(NameCode.Unsupported, t.span[c]! as Span, `optional and rest parameters are not supported: give '${this.textOf(t, c)}' a default value instead`);
        let ty: TypeId = ERROR_TYPE;
        if (typeNode !== -1) ty = this.typeOfNode(m, typeNode as NodeId);
        else if (init === -1) this.paramNeedsType(t, c);
        let def: Value | undefined, dynamic = false;
        if (init !== -1) {
          // Quietly: a default that is not a constant (it may name earlier parameters)
          // is checked, and reported on, with the body.
          const r = checkStandalone(this, m, init as NodeId, ty === ERROR_TYPE ? undefined : ty, this.quiet);
          if (ty === ERROR_TYPE && typeNode === -1) {
            ty = r.type;
            if (ty === ERROR_TYPE) this.paramNeedsType(t, c);
          }
          def = r.value;
          dynamic = def === undefined;
        }
        if (dynamic) { dynamicDefaults ??= params.map(() => -1 as NodeId); dynamicDefaults.push(init as NodeId); }
        else dynamicDefaults?.push(-1 as NodeId);
        params.push(ty);
        defaults.push(init !== -1 ? def : undefined);
        if (init === -1) {
          if (required < params.length - 1) this.diags.error(NameCode.Unsupported, t.span[c]! as Span, `required parameter '${this.textOf(t, c)}' follows one with a default value`);
          required = params.length;
        }
      } else if (isTypeKind(k)) declaredResult = this.typeOfNode(m, c, true);
      else if (k === N.Decorator) external = c;
    }
    sub.pop(mark);
    let host: Signature["host"];
    if (kind === DeclKind.HostFunction) {
      host = { module: m.hostName, name: this.p.pool.text(m.decls.cols.name[decl]! as StringId) };
      if (external !== -1) host = this.externalOf(m, external, host);
      if (declaredResult === undefined) {
        this.diags.error(TypeCode.UnknownType, t.span[node]! as Span, "a 'declare function' needs a result type (': void' if it returns nothing)");
        declaredResult = T.void;
      }
    }
    if (dynamicDefaults !== undefined && kind === DeclKind.HostFunction) {
      this.diags.error(TypeCode.NotConstant, t.span[node]! as Span, "a host function's default values must be constants");
      dynamicDefaults = undefined;
    }
    return { params, defaults, dynamicDefaults, required, declaredResult, host };
  }

  // A name's text is made only for a message: decoding every parameter's
  // name up front cost each of a build's functions a string.
  private textOf(t: ParseTree, n: number): string { return this.p.pool.text(t.tokValue[n]! as StringId); }
  private paramNeedsType(t: ParseTree, param: number): void {
    const name = this.textOf(t, param);
    this.diags.error(TypeCode.UnknownType, t.span[param]! as Span, `parameter '${name}' needs a type, e.g. '${name}: i32'`);
  }

  /** `@external("module", "name")` or `@external("name")`. */
  private externalOf(m: Module, dec: NodeId, dflt: { module: string; name: string }): { module: string; name: string } {
    const t = m.parsed.tree, tv = t.tokValue;
    const call = dec - 1;
    const bad = (): { module: string; name: string } => {
      this.diags.error(NameCode.BadDecorator, t.span[dec]! as Span, "expected '@external(\"module\", \"name\")' or '@external(\"name\")'");
      return dflt;
    };
    if (t.kind[call] !== N.Call) return bad();
    const kids = childrenOf(t, call as NodeId);
    if (t.kind[kids[0]!] !== N.Ident || tv[kids[0]!] !== this.externalName) return bad();
    const args = kids.slice(1);
    if (args.length < 1 || args.length > 2 || args.some((a) => t.kind[a] !== N.StringLit)) return bad();
    const strs = args.map((a) => this.p.pool.text(tv[a]! as StringId));
    return strs.length === 2 ? { module: strs[0]!, name: strs[1]! } : { module: dflt.module, name: strs[0]! };
  }

  private computeResultType(s: SymbolId): TypeId {
    const sig = this.sig(s);
    if (sig.declaredResult !== undefined) return sig.declaredResult;
    return this.bodyOf(s).result;
  }

  private computeGlobal(s: SymbolId): { type: TypeId; value: Value | undefined } {
    const { module: m, decl } = declOf(this.p, s);
    const t = m.parsed.tree;
    const node = m.decls.cols.node[decl]! as NodeId;
    const typeNode = annotationOf(t, node), init = initializerOf(t, node);
    let type: TypeId | undefined = typeNode !== -1 ? this.typeOfNode(m, typeNode as NodeId) : undefined;
    const name = this.p.pool.text(m.decls.cols.name[decl]! as StringId);
    if (init === -1) {
      if (m.decls.cols.kind[decl] === DeclKind.Const) this.diags.error(TypeCode.ConstWithoutValue, t.span[node]! as Span, `const '${name}' needs a value`);
      if (type === undefined) { this.diags.error(TypeCode.UnknownType, t.span[node]! as Span, `'${name}' needs a type or a value, e.g. 'let ${name}: i32 = 0'`); type = ERROR_TYPE; }
      return { type, value: 0 };
    }
    const r = checkStandalone(this, m, init as NodeId, type, this.diags);
    return { type: type ?? r.type, value: r.value };
  }

  /** The type a type annotation names. `resultPosition` allows void. */
  typeOfNode(m: Module, n: NodeId, resultPosition = false, depth = 0): TypeId {
    const t = m.parsed.tree, tv = t.tokValue;
    const k = t.kind[n]! as N;
    const span = t.span[n]! as Span;
    if (k === N.KeywordType) {
      if (t.flags[n] === Tok.Void) {
        if (resultPosition) return T.void;
        this.diags.error(TypeCode.UnknownType, span, "'void' is only a result type");
        return ERROR_TYPE;
      }
    } else if (k === N.ParenType) {
      return this.typeOfNode(m, (n - 1) as NodeId, resultPosition, depth);
    } else if (k === N.TypeRef && t.size[n] === 1) {
      const name = tv[n]! as StringId;
      const local = m.byName.get(name);
      if (local !== undefined) {
        const sym = resolveDecl(this.p, m, local);
        if (sym === -1) return ERROR_TYPE;
        const d = declOf(this.p, sym);
        if (d.kind !== DeclKind.TypeAlias) {
          this.diags.error(TypeCode.UnknownType, span, `'${this.p.pool.text(name)}' is a value, not a type`);
          return ERROR_TYPE;
        }
        if (depth > 50) {
          this.diags.error(TypeCode.CircularInference, span, `type alias '${this.p.pool.text(name)}' refers to itself`);
          return ERROR_TYPE;
        }
        const aliasNode = d.module.decls.cols.node[d.decl]! as NodeId;
        return this.typeOfNode(d.module, (aliasNode - 1) as NodeId, resultPosition, depth + 1);
      }
      const prim = primOf(name as number as TypeId);
      if (prim !== Prim.None && prim !== Prim.Void) return name as number as TypeId;
      if (prim === Prim.Void && resultPosition) return T.void;
      if (name === this.numberName) return T.f64;
      if (name === this.booleanName) return T.bool;
      const text = this.p.pool.text(name);
      const why = text === "string" || text === "any" || text === "unknown" || text === "object" || text === "never" || text === "undefined"
        ? `'${text}' is not a level-0 type`
        : `cannot find type '${text}'`;
      this.diags.error(TypeCode.UnknownType, span, `${why}: level 0 has i8 i16 i32 i64 u8 u16 u32 u64 isize usize f32 f64 bool (and type aliases of them)`);
      return ERROR_TYPE;
    }
    this.diags.error(TypeCode.UnknownType, span, "this kind of type is not supported at level 0: use a numeric type such as i32 or f64");
    return ERROR_TYPE;
  }

  /** A type's name for messages. */
  name(t: TypeId): string { return typeName(t, this.p.pool); }
}

const EMPTY_SIGNATURE: Signature = { params: [], defaults: [], dynamicDefaults: undefined, required: 0, declaredResult: ERROR_TYPE, host: undefined };
