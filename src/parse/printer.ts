// Prints a parse tree back to source text. The output is not the input's
// layout (comments and spacing are gone) but parses to the same tree, which
// the tests check on every file they have; that is the printer's contract.
// Literals and names are copied from the source bytes, so escapes survive.
// It needs a tree parsed with its tokens kept (parseFile's keepTokens).
// A tool for tests and dumps, not a hot path: it allocates freely.
import type { NodeId } from "../base/ids.js";
import { decodeWtf8 } from "../base/utf8.js";
import { childrenOf, isTypeKind, keptTokens, N, NF, type ParseTree } from "./nodes.js";
import type { ParsedFile } from "./parse-file.js";
import { Tok, tokText, type TokenList } from "./tokens.js";

export function printTree(file: ParsedFile): string {
  const pr = new Printer(file);
  return pr.statements(childrenOf(file.tree, (file.tree.count - 1) as NodeId), 0) + "\n";
}

class Printer {
  private readonly t: ParseTree;
  private readonly tokens: TokenList;
  private readonly token: Int32Array;
  constructor(private readonly file: ParsedFile) {
    this.t = file.tree;
    ({ tokens: this.tokens, token: this.token } = keptTokens(file.tree));
  }

  private text(tok: number): string {
    return decodeWtf8(this.file.src, this.tokens.start[tok]!, this.tokens.end[tok]!);
  }

  private tokKind(tok: number): Tok { return this.tokens.kind[tok]!; }

  statements(nodes: readonly NodeId[], indent: number): string {
    const pad = "  ".repeat(indent);
    return nodes.map((n) => pad + this.node(n, indent)).join("\n");
  }

  private block(nodes: readonly NodeId[], indent: number): string {
    if (nodes.length === 0) return "{}";
    return `{\n${this.statements(nodes, indent + 1)}\n${"  ".repeat(indent)}}`;
  }

  private list(nodes: readonly NodeId[], indent: number, sep = ", "): string {
    return nodes.map((n) => this.node(n, indent)).join(sep);
  }

  /** Splits leading Decorator and Modifier children off and prints them. */
  private prefix(kids: NodeId[], indent: number): string {
    let out = "";
    while (kids.length > 0 && (this.t.kind[kids[0]!] === N.Decorator || this.t.kind[kids[0]!] === N.Modifier)) {
      out += this.node(kids.shift()!, indent) + " ";
    }
    return out;
  }

  /** `.a.b<T>`: Name children each after a '.', then type arguments as they are. */
  private qualifiers(kids: NodeId[], indent: number): string {
    return kids.map((k) => (this.t.kind[k] === N.TypeArgs ? "" : ".") + this.node(k, indent)).join("");
  }

  /** A member's name: its token, or `[key]` (taking the key child) when computed. */
  private memberName(node: NodeId, kids: NodeId[], indent: number): string {
    const tok = this.token[node]!;
    if (this.tokKind(tok) === Tok.LBracket) return `[${this.node(kids.shift()!, indent)}]`;
    return this.text(tok);
  }

  /** TypeParams? ( Param* ) (: type)? Block? — from the front of `kids`. */
  private signature(kids: NodeId[], indent: number, arrow = false): string {
    let out = "";
    if (kids.length > 0 && this.t.kind[kids[0]!] === N.TypeParams) out += this.node(kids.shift()!, indent);
    const params: NodeId[] = [];
    while (kids.length > 0 && this.t.kind[kids[0]!] === N.Param) params.push(kids.shift()!);
    out += `(${this.list(params, indent)})`;
    if (kids.length > 0 && isTypeKind(this.t.kind[kids[0]!]!)) out += (arrow ? " => " : ": ") + this.node(kids.shift()!, indent);
    return out;
  }

  private body(kids: NodeId[], indent: number): string {
    if (kids.length > 0 && this.t.kind[kids[0]!] === N.Block) return " " + this.node(kids.shift()!, indent);
    return ";";
  }

  node(n: NodeId, indent: number): string {
    const t = this.t;
    const kind = t.kind[n]! as N, flags = t.flags[n]!, tok = this.token[n]!;
    const kids = childrenOf(t, n);
    const p = (i: number): string => this.node(kids[i]!, indent);
    switch (kind) {
      case N.Error: return "/* error */";
      case N.Omitted: return "";
      case N.SourceFile: return this.statements(kids, indent);
      case N.Modifier: case N.Name: case N.Ident: case N.NumberLit: case N.StringLit: case N.RegexLit: case N.True:
      case N.False: case N.Null: case N.This: case N.Super: case N.PrivateName: case N.NoSubstTemplate: case N.KeywordType:
        return this.text(tok);
      case N.Decorator: return `@${p(0)}`;
      case N.TypeParams: case N.TypeArgs: return `<${this.list(kids, indent)}>`;
      case N.TypeParam: {
        const pre = this.prefix(kids, indent);
        let out = pre + this.text(tok);
        if (flags & NF.HasConstraint) out += ` extends ${this.node(kids.shift()!, indent)}`;
        if (flags & NF.HasDefault) out += ` = ${this.node(kids.shift()!, indent)}`;
        return out;
      }
      case N.Param: {
        let out = this.prefix(kids, indent);
        if (flags & NF.Rest) out += "...";
        if (kids.length > 0 && t.kind[kids[0]!] === N.BindingPattern) out += this.node(kids.shift()!, indent);
        else out += this.text(tok);
        if (flags & NF.Optional) out += "?";
        if (kids.length > 0 && isTypeKind(t.kind[kids[0]!]!)) out += `: ${this.node(kids.shift()!, indent)}`;
        if (kids.length > 0) out += ` = ${this.node(kids.shift()!, indent)}`;
        return out;
      }
      case N.BindingPattern:
        return this.tokKind(tok) === Tok.LBrace ? this.objectLit(kids, indent) : this.arrayLit(kids, indent);
      case N.VarStatement: {
        const pre = this.prefix(kids, indent);
        return `${pre}${this.text(tok)} ${this.list(kids, indent)};`;
      }
      case N.VarList: return `${this.text(tok)} ${this.list(kids, indent)}`;
      case N.VarDecl: {
        let out = "";
        if (kids.length > 0 && t.kind[kids[0]!] === N.BindingPattern) out += this.node(kids.shift()!, indent);
        else out += this.text(tok);
        if (flags & NF.Definite) out += "!";
        if (kids.length > 0 && isTypeKind(t.kind[kids[0]!]!)) out += `: ${this.node(kids.shift()!, indent)}`;
        if (kids.length > 0) out += ` = ${this.node(kids.shift()!, indent)}`;
        return out;
      }
      case N.FunctionDecl: {
        const pre = this.prefix(kids, indent);
        const name = this.tokKind(tok) === Tok.Function ? "" : " " + this.text(tok);
        return `${pre}function${flags & NF.Generator ? "*" : ""}${name}${this.signature(kids, indent)}${this.body(kids, indent)}`;
      }
      case N.FunctionExpr: {
        const pre = this.prefix(kids, indent);
        const name = kids.length > 0 && t.kind[kids[0]!] === N.Name ? " " + this.node(kids.shift()!, indent) : "";
        return `${pre}function${flags & NF.Generator ? "*" : ""}${name}${this.signature(kids, indent)}${this.body(kids, indent)}`;
      }
      case N.ClassDecl: case N.ClassExpr: {
        const pre = this.prefix(kids, indent);
        let name = "";
        if (kind === N.ClassDecl) name = this.tokKind(tok) === Tok.Class ? "" : " " + this.text(tok);
        else if (kids.length > 0 && t.kind[kids[0]!] === N.Name) name = " " + this.node(kids.shift()!, indent);
        let head = `${pre}class${name}`;
        if (kids.length > 0 && t.kind[kids[0]!] === N.TypeParams) head += this.node(kids.shift()!, indent);
        while (kids.length > 0 && (t.kind[kids[0]!] === N.Extends || t.kind[kids[0]!] === N.Implements)) head += " " + this.node(kids.shift()!, indent);
        return `${head} ${this.members(kids, indent)}`;
      }
      case N.Extends: case N.Implements: {
        let out = kind === N.Extends ? "extends " : "implements ";
        kids.forEach((k, i) => {
          if (t.kind[k] === N.TypeArgs) out += this.node(k, indent);
          else out += (i > 0 ? ", " : "") + this.node(k, indent);
        });
        return out;
      }
      case N.InterfaceDecl: {
        const pre = this.prefix(kids, indent);
        let head = `${pre}interface ${this.text(tok)}`;
        if (kids.length > 0 && t.kind[kids[0]!] === N.TypeParams) head += this.node(kids.shift()!, indent);
        if (kids.length > 0 && t.kind[kids[0]!] === N.Extends) head += " " + this.node(kids.shift()!, indent);
        return `${head} ${this.members(kids, indent)}`;
      }
      case N.EnumDecl: {
        const pre = this.prefix(kids, indent);
        return `${pre}enum ${this.text(tok)} {${kids.length ? " " + this.list(kids, indent) + " " : ""}}`;
      }
      case N.EnumMember: return this.text(tok) + (kids.length ? ` = ${p(0)}` : "");
      case N.TypeAlias: {
        const pre = this.prefix(kids, indent);
        const tp = t.kind[kids[0]!] === N.TypeParams ? this.node(kids.shift()!, indent) : "";
        return `${pre}type ${this.text(tok)}${tp} = ${this.node(kids.shift()!, indent)};`;
      }
      case N.Namespace: {
        const pre = this.prefix(kids, indent);
        const name = this.text(tok);
        let head: string;
        if (this.tokKind(tok) === Tok.String) head = `module ${name}`;
        else if (name === "global" && pre.includes("declare") && this.tokKind(tok - 1) !== Tok.Ident) head = "global";
        else head = `namespace ${name}`;
        while (kids.length > 0 && t.kind[kids[0]!] === N.Name) head += "." + this.node(kids.shift()!, indent);
        return `${pre}${head}${kids.length > 0 ? " " + this.node(kids.shift()!, indent) : ";"}`;
      }
      case N.ModuleBlock: case N.Block: return this.block(kids, indent);
      case N.Property: {
        const pre = this.prefix(kids, indent);
        let out = pre + this.memberName(n, kids, indent);
        if (flags & NF.Optional) out += "?";
        if (flags & NF.Definite) out += "!";
        if (kids.length > 0 && isTypeKind(t.kind[kids[0]!]!)) out += `: ${this.node(kids.shift()!, indent)}`;
        if (kids.length > 0) out += ` = ${this.node(kids.shift()!, indent)}`;
        return out + ";";
      }
      case N.Method: case N.Getter: case N.Setter: case N.Constructor: {
        const pre = this.prefix(kids, indent);
        const star = flags & NF.Generator ? "*" : "";
        const acc = kind === N.Getter ? "get " : kind === N.Setter ? "set " : "";
        const name = kind === N.Constructor ? "constructor" : this.memberName(n, kids, indent);
        return `${pre}${acc}${star}${name}${flags & NF.Optional ? "?" : ""}${this.signature(kids, indent)}${this.body(kids, indent)}`;
      }
      case N.IndexSignature: {
        const pre = this.prefix(kids, indent);
        return `${pre}[${this.node(kids[0]!, indent)}]: ${this.node(kids[1]!, indent)};`;
      }
      case N.CallSignature: return `${this.signature(kids, indent)};`;
      case N.ConstructSignature: return `new ${this.signature(kids, indent)};`;
      case N.StaticBlock: return `static ${p(0)}`;
      case N.ImportDecl: {
        let out = "import " + (flags & NF.TypeOnly ? "type " : "");
        const parts: string[] = [];
        const specs: NodeId[] = [];
        let module = "";
        for (const k of kids) {
          const kk = t.kind[k];
          if (kk === N.Name || kk === N.NamespaceImport) parts.push(this.node(k, indent));
          else if (kk === N.ImportSpecifier) specs.push(k);
          else module = this.node(k, indent);
        }
        if (specs.length > 0 || (parts.length === 0 && module === "")) parts.push(`{ ${this.list(specs, indent)} }`);
        if (parts.length === 0) return `import ${module};`;
        return `${out}${parts.join(", ")} from ${module};`;
      }
      case N.NamespaceImport: return `* as ${p(0)}`;
      case N.ImportSpecifier: case N.ExportSpecifier:
        return (flags & NF.TypeOnly ? "type " : "") + this.text(tok) + (kids.length ? ` as ${p(0)}` : "");
      case N.ImportEquals: {
        const pre = this.prefix(kids, indent);
        const target = t.kind[kids[0]!] === N.StringLit ? `require(${p(0)})` : p(0);
        return `${pre}import ${this.text(tok)} = ${target};`;
      }
      case N.ExportDecl: {
        const specs = kids.filter((k) => t.kind[k] === N.ExportSpecifier);
        const from = kids.find((k) => t.kind[k] === N.StringLit);
        return `export ${flags & NF.TypeOnly ? "type " : ""}{ ${this.list(specs, indent)} }${from !== undefined ? ` from ${this.node(from, indent)}` : ""};`;
      }
      case N.ExportAll: {
        const name = kids.length > 1 ? ` as ${p(0)}` : "";
        return `export ${flags & NF.TypeOnly ? "type " : ""}*${name} from ${this.node(kids[kids.length - 1]!, indent)};`;
      }
      case N.ExportAssignment: {
        const k = this.tokKind(tok);
        if (k === Tok.Eq) return `export = ${p(0)};`;
        if (k === Tok.Default) return `export default ${p(0)};`;
        return `export as namespace ${p(0)};`;
      }
      case N.ExprStmt: return `${p(0)};`;
      case N.If: return `if (${p(0)}) ${p(1)}${kids.length > 2 ? ` else ${p(2)}` : ""}`;
      case N.While: return `while (${p(0)}) ${p(1)}`;
      case N.DoWhile: return `do ${p(0)} while (${p(1)});`;
      case N.For: return `for (${p(0)}; ${p(1)}; ${p(2)}) ${p(3)}`;
      case N.ForOf: case N.ForIn:
        return `for ${flags & NF.Await ? "await " : ""}(${p(0)} ${kind === N.ForOf ? "of" : "in"} ${p(1)}) ${p(2)}`;
      case N.Break: case N.Continue: return `${kind === N.Break ? "break" : "continue"}${kids.length ? " " + p(0) : ""};`;
      case N.Return: return `return${kids.length ? " " + p(0) : ""};`;
      case N.Throw: return `throw ${p(0)};`;
      case N.Try: {
        let out = `try ${p(0)}`;
        let i = 1;
        if (kids.length > i && t.kind[kids[i]!] === N.Catch) out += " " + p(i++);
        if (flags & NF.HasFinally) out += ` finally ${p(i)}`;
        return out;
      }
      case N.Catch: return kids.length > 1 ? `catch (${p(0)}) ${p(1)}` : `catch ${p(0)}`;
      case N.Switch: {
        const cases = kids.slice(1).map((k) => "  ".repeat(indent + 1) + this.node(k, indent + 1)).join("\n");
        return `switch (${p(0)}) {${cases ? "\n" + cases + "\n" + "  ".repeat(indent) : ""}}`;
      }
      case N.Case: {
        const isCase = this.tokKind(tok) === Tok.Case;
        const head = isCase ? `case ${p(0)}:` : "default:";
        const stmts = isCase ? kids.slice(1) : kids;
        return stmts.length ? `${head}\n${this.statements(stmts, indent + 1)}` : head;
      }
      case N.Labeled: return `${this.text(tok)}: ${p(0)}`;
      case N.Empty: return ";";
      case N.Debugger: return "debugger;";
      case N.Template: return this.text(tok) + kids.map((k) => this.node(k, indent)).join("");
      case N.TemplateSpan: case N.TemplateTypeSpan: return p(0) + this.text(tok);
      case N.TemplateType: return this.text(tok) + kids.map((k) => this.node(k, indent)).join("");
      case N.TaggedTemplate: return kids.map((k) => this.node(k, indent)).join("");
      case N.ArrayLit: return this.arrayLit(kids, indent);
      case N.ObjectLit: return this.objectLit(kids, indent);
      case N.PropAssign: { const name = this.memberName(n, kids, indent); return `${name}: ${this.node(kids[0]!, indent)}`; }
      case N.Shorthand: return this.text(tok) + (kids.length ? ` = ${p(0)}` : "");
      case N.Spread: return `...${p(0)}`;
      case N.Paren: return `(${p(0)})`;
      case N.Call: {
        const callee = p(0);
        const targs = kids.length > 1 && t.kind[kids[1]!] === N.TypeArgs ? p(1) : "";
        const args = kids.slice(targs ? 2 : 1);
        return `${callee}${flags & NF.OptionalChain ? "?." : ""}${targs}(${this.list(args, indent)})`;
      }
      case N.New: {
        const callee = p(0);
        const targs = kids.length > 1 && t.kind[kids[1]!] === N.TypeArgs ? p(1) : "";
        const args = kids.slice(targs ? 2 : 1);
        return `new ${callee}${targs}${flags & NF.HasArgs ? `(${this.list(args, indent)})` : ""}`;
      }
      case N.Member: return `${p(0)}${flags & NF.OptionalChain ? "?." : "."}${this.text(tok)}`;
      case N.Index: return `${p(0)}${flags & NF.OptionalChain ? "?." : ""}[${p(1)}]`;
      case N.NonNull: return `${p(0)}!`;
      case N.Instantiation: return `${p(0)}${flags & NF.OptionalChain ? "?." : ""}${p(1)}`;
      case N.Prefix: {
        const op = tokText(flags as Tok);
        const operand = p(0);
        const space = /^[a-z]/.test(op) || ((op === "+" || op === "-" || op === "++" || op === "--") && /^[+-]/.test(operand));
        return op + (space ? " " : "") + operand;
      }
      case N.Postfix: return p(0) + tokText(flags as Tok);
      case N.Binary: case N.Assign: return `${p(0)} ${tokText(flags as Tok)} ${p(1)}`;
      case N.Conditional: return `${p(0)} ? ${p(1)} : ${p(2)}`;
      case N.As: return `${p(0)} as ${p(1)}`;
      case N.Satisfies: return `${p(0)} satisfies ${p(1)}`;
      case N.TypeAssertion: return `<${p(0)}>${p(1)}`;
      case N.Arrow: {
        const pre = this.prefix(kids, indent);
        const sig = this.signature(kids, indent);
        return `${pre}${sig} => ${this.node(kids[0]!, indent)}`;
      }
      case N.Yield: return `yield${flags & NF.Generator ? "*" : ""}${kids.length ? " " + p(0) : ""}`;
      case N.Await: return `await ${p(0)}`;
      case N.MetaProperty: return `${this.text(tok)}.${this.text(tok + 2)}`;
      case N.Comma: return `${p(0)}, ${p(1)}`;
      case N.TypeRef: return this.text(tok) + this.qualifiers(kids, indent);
      case N.ArrayType: return `${p(0)}[]`;
      case N.UnionType: return kids.length === 1 ? `| ${p(0)}` : this.list(kids, indent, " | ");
      case N.IntersectionType: return kids.length === 1 ? `& ${p(0)}` : this.list(kids, indent, " & ");
      case N.FunctionType: return this.signature(kids, indent, true);
      case N.ConstructorType: { const pre = this.prefix(kids, indent); return `${pre}new ${this.signature(kids, indent, true)}`; }
      case N.ParenType: return `(${p(0)})`;
      case N.TypeLiteral: return kids.length ? `{ ${this.list(kids, indent, " ")} }` : "{}";
      case N.TupleType: return `[${this.list(kids, indent)}]`;
      case N.NamedTupleMember: return `${flags & NF.Rest ? "..." : ""}${this.text(tok)}${flags & NF.Optional ? "?" : ""}: ${p(0)}`;
      case N.OptionalType: return `${p(0)}?`;
      case N.RestType: return `...${p(0)}`;
      case N.LiteralType: return kids.length ? `-${p(0)}` : this.text(tok);
      case N.TypeQuery: return "typeof " + this.qualifiers(kids, indent).slice(1);
      case N.ImportType: return `${flags & NF.TypeOf ? "typeof " : ""}import(${p(0)})${this.qualifiers(kids.slice(1), indent)}`;
      case N.TypeOperator: return `${this.text(tok)} ${p(0)}`;
      case N.IndexedAccessType: return `${p(0)}[${p(1)}]`;
      case N.ConditionalType: return `${p(0)} extends ${p(1)} ? ${p(2)} : ${p(3)}`;
      case N.InferType: return `infer ${p(0)}`;
      case N.MappedType: {
        let out = "{ ";
        if (flags & NF.Readonly) out += flags & NF.MinusReadonly ? "-readonly " : "readonly ";
        const key = kids[0]!;
        const keyKids = childrenOf(t, key);
        out += `[${this.text(this.token[key]!)} in ${this.node(keyKids[0]!, indent)}`;
        let i = 1;
        if (flags & NF.MappedAs) out += ` as ${p(i++)}`;
        out += "]";
        if (flags & NF.MappedOptional) out += flags & NF.MinusOptional ? "-?" : "?";
        if (i < kids.length) out += `: ${p(i)}`;
        return out + " }";
      }
      case N.TypePredicate:
        return `${flags & NF.Asserts ? "asserts " : ""}${this.text(tok)}${kids.length ? ` is ${p(0)}` : ""}`;
      default:
        return `/* ${kind} */`;
    }
  }

  private members(kids: readonly NodeId[], indent: number): string {
    if (kids.length === 0) return "{}";
    return `{\n${this.statements(kids, indent + 1)}\n${"  ".repeat(indent)}}`;
  }

  private arrayLit(kids: readonly NodeId[], indent: number): string {
    // Every element is followed by a comma so that holes (Omitted) survive.
    return `[${kids.map((k) => this.node(k, indent) + ",").join(" ")}]`;
  }

  private objectLit(kids: readonly NodeId[], indent: number): string {
    return kids.length ? `{ ${this.list(kids, indent)} }` : "{}";
  }
}
