// The declaration table of one module: every top-level function, global,
// type alias and imported name, its exports, and the statements that run at
// start. Reads only the module's own tree (never another module: imports
// are resolved in resolve.ts). Reports duplicates and the top-level syntax
// that kiln does not compile at this level.
import type { NodeId, Span, StringId } from "../base/ids.js";
import { NameCode } from "../diagnostics/codes.js";
import { childrenOf, N, type ParseTree } from "../parse/nodes.js";
import { Tok } from "../parse/tokens.js";
import { DeclFlag, DeclKind, MAX_DECLS, type DeclIndex, type Module, type ModuleId } from "./program.js";
import type { LoadedProgram } from "./load.js";

const UNSUPPORTED: Partial<Record<N, string>> = {
  [N.ClassDecl]: "classes come with level 1 of the language",
  [N.InterfaceDecl]: "interfaces come with level 1 of the language",
  [N.EnumDecl]: "enums are not supported yet",
  [N.Namespace]: "namespaces are not supported",
  [N.ImportEquals]: "'import x = ...' is not supported: use 'import { x } from \"./m\"'",
  [N.ExportAssignment]: "default exports are not supported: export names with 'export function' or 'export { x }'",
  [N.ExportAll]: "'export *' is not supported: list the names, 'export { a, b } from \"./m\"'",
};

export function declareModule(p: LoadedProgram, m: Module): void {
  const t = m.parsed.tree;
  const tv = t.tokValue;
  const localExports: NodeId[] = [];
  for (const s of childrenOf(t, (t.count - 1) as NodeId)) {
    const k = t.kind[s]! as N;
    switch (k) {
      case N.ImportDecl:
        declareImports(p, m, s);
        break;
      case N.ExportDecl: {
        const kids = childrenOf(t, s);
        const last = kids[kids.length - 1];
        const from = last !== undefined && t.kind[last] === N.StringLit ? p.imports[m.id]!.get(tv[last]!) ?? -1 : undefined;
        if (from !== undefined && from !== -1 && !m.deps.includes(from)) m.deps.push(from);
        for (const spec of kids) {
          if (t.kind[spec] !== N.ExportSpecifier) continue;
          if (from === undefined) { localExports.push(spec); continue; }
          const local = tv[spec]! as StringId;
          addExport(p, m, exportedName(t, spec), { decl: -1, from: from as ModuleId | -1, fromName: local, span: t.span[spec]! as Span });
        }
        break;
      }
      case N.FunctionDecl: {
        const mods = modifiers(p, t, s);
        if ((mods & Mods.Unsupported) !== 0) break;
        const declare = (mods & Mods.Declare) !== 0;
        const hasBody = t.kind[s - 1] === N.Block;
        if (!hasBody && !declare) {
          p.diags.error(NameCode.Unsupported, t.span[s]! as Span, "a function needs a body (overload signatures are not supported), or 'declare' to import it from the host");
          break;
        }
        const d = addDecl(p, m, tv[s]! as StringId, declare ? DeclKind.HostFunction : DeclKind.Function, s, t.span[s]! as Span);
        if ((mods & Mods.Exported) !== 0 && d !== -1) exportDecl(p, m, d, t.span[s]! as Span);
        break;
      }
      case N.VarStatement: {
        const mods = modifiers(p, t, s);
        if ((mods & Mods.Unsupported) !== 0) break;
        const isConst = t.flags[s] === Tok.Const;
        for (const v of childrenOf(t, s)) {
          if (t.kind[v] !== N.VarDecl) continue;
          if (t.kind[v - t.size[v]! + 1] === N.BindingPattern) {
            p.diags.error(NameCode.Unsupported, t.span[v]! as Span, "destructuring is not supported");
            continue;
          }
          const d = addDecl(p, m, tv[v]! as StringId, isConst ? DeclKind.Const : DeclKind.Global, v, t.span[v]! as Span);
          if ((mods & Mods.Exported) !== 0 && d !== -1) exportDecl(p, m, d, t.span[v]! as Span);
        }
        if ((mods & Mods.Declare) === 0) m.topLevel.push(s);
        break;
      }
      case N.TypeAlias: {
        const mods = modifiers(p, t, s);
        if ((mods & Mods.Unsupported) !== 0) break;
        const d = addDecl(p, m, tv[s]! as StringId, DeclKind.TypeAlias, s, t.span[s]! as Span);
        if ((mods & Mods.Exported) !== 0 && d !== -1) exportDecl(p, m, d, t.span[s]! as Span);
        break;
      }
      case N.Empty:
        break;
      default: {
        const why = UNSUPPORTED[k];
        if (why !== undefined) p.diags.error(NameCode.Unsupported, t.span[s]! as Span, why);
        else m.topLevel.push(s);
      }
    }
  }
  // `export { x }` may name a declaration written after it.
  for (const spec of localExports) {
    const local = tv[spec]! as StringId;
    const d = m.byName.get(local);
    const span = t.span[spec]! as Span;
    if (d === undefined) {
      p.diags.error(NameCode.UnknownName, span, `cannot export '${p.pool.text(local)}': ${m.path} declares no such name`);
      continue;
    }
    addExport(p, m, exportedName(t, spec), { decl: d, from: -1, fromName: local, span });
  }
}

function declareImports(p: LoadedProgram, m: Module, s: NodeId): void {
  const t = m.parsed.tree, tv = t.tokValue;
  const kids = childrenOf(t, s);
  const str = kids[kids.length - 1]!;
  const from = p.imports[m.id]!.get(tv[str]!) ?? -1;
  for (const c of kids) {
    const k = t.kind[c]! as N;
    if (k === N.ImportSpecifier) {
      const imported = tv[c]! as StringId;
      const local = t.size[c]! > 1 ? tv[c - 1]! as StringId : imported;
      const d = addDecl(p, m, local, DeclKind.Import, c, t.span[c]! as Span);
      if (d !== -1) { m.decls.cols.importFrom[d] = from; m.decls.cols.importName[d] = imported; }
    } else if (k === N.Name || k === N.NamespaceImport) {
      p.diags.error(NameCode.Unsupported, t.span[c]! as Span, "default and namespace imports are not supported: import names with 'import { a, b } from \"./m\"'");
    }
  }
  if (from !== -1 && !m.deps.includes(from)) m.deps.push(from);
}

/** What the modifiers of a top-level statement say (bits, so that finding them allocates nothing). */
const enum Mods { Exported = 1, Declare = 2, Unsupported = 4 }

/**
 * The modifiers of top-level statement `s`, its Modifier children. Steps
 * through the children by subtree size, last first, instead of asking
 * childrenOf for an array: this runs for every top-level statement, and
 * the array, its iterator and the result object made it the slowest
 * function of declaring to optimize (7.9 ms of V8's one optimizing
 * thread, at the moment checking begins and needs that thread).
 */
function modifiers(p: LoadedProgram, t: ParseTree, s: NodeId): number {
  let out = 0;
  let bad: NodeId[] | undefined;
  const first = s - t.size[s]! + 1;
  for (let c = s - 1; c >= first; c -= t.size[c]!) {
    if (t.kind[c] !== N.Modifier) continue;
    const k = t.flags[c]! as Tok;
    if (k === Tok.Export) out |= Mods.Exported;
    else if (k === Tok.Ident && t.tokValue[c] === p.kw.word.declare) out |= Mods.Declare;
    else {
      (bad ??= []).push(c as NodeId);
      out |= Mods.Unsupported;
    }
  }
  // The walk meets the children last first: report in source order.
  if (bad !== undefined) for (let i = bad.length - 1; i >= 0; i--) unsupportedModifier(p, t, bad[i]!);
  return out;
}

function unsupportedModifier(p: LoadedProgram, t: ParseTree, c: NodeId): void {
  const what = t.flags[c] === Tok.Default ? "default exports are not supported" : "this modifier is not supported at the top level";
  p.diags.error(NameCode.Unsupported, t.span[c]! as Span, what);
}

function exportedName(t: ParseTree, spec: NodeId): StringId {
  return t.tokValue[t.size[spec]! > 1 ? spec - 1 : spec]! as StringId;
}

function addDecl(p: LoadedProgram, m: Module, name: StringId, kind: DeclKind, node: NodeId, span: Span): DeclIndex | -1 {
  const prev = m.byName.get(name);
  if (prev !== undefined) {
    const t = m.parsed.tree;
    p.diags.error(NameCode.DuplicateDeclaration, span, `'${p.pool.text(name)}' is declared twice in ${m.path}`,
      [{ span: t.span[m.decls.cols.node[prev]!]! as Span, message: "the first declaration is here" }]);
    (m.clashed ??= new Set()).add(name);
    return -1;
  }
  if (m.decls.length >= MAX_DECLS) {
    p.diags.error(NameCode.Unsupported, span, `more than ${MAX_DECLS} top-level declarations in one module`);
    return -1;
  }
  const d = m.decls.add();
  const c = m.decls.cols;
  c.name[d] = name; c.kind[d] = kind; c.node[d] = node; c.importFrom[d] = -1;
  m.byName.set(name, d);
  return d;
}

function exportDecl(p: LoadedProgram, m: Module, d: DeclIndex, span: Span): void {
  m.decls.cols.flags[d]! |= DeclFlag.Exported;
  addExport(p, m, m.decls.cols.name[d]! as StringId, { decl: d, from: -1, fromName: m.decls.cols.name[d]! as StringId, span });
}

function addExport(p: LoadedProgram, m: Module, name: StringId, e: { decl: DeclIndex | -1; from: ModuleId | -1; fromName: StringId; span: Span }): void {
  const prev = m.exports.get(name);
  if (prev !== undefined) {
    p.diags.error(NameCode.DuplicateExport, e.span, `'${p.pool.text(name)}' is exported twice from ${m.path}`,
      [{ span: prev.span, message: "the first export is here" }]);
    return;
  }
  m.exports.set(name, e);
  m.exportOrder.push(name);
}
