// The program: its modules, each with its parse and its declaration table,
// and the ids that name them. Owns the data model the later stages read
// (ModuleId, SymbolId, DeclKind, the declaration columns); it computes
// nothing itself (load.ts, declare.ts and resolve.ts fill it in).
import type { FileId, Id, NodeId, Span, StringId } from "../base/ids.js";
import type { InternPool } from "../base/intern-pool.js";
import type { SourceMap } from "../base/source-map.js";
import type { SpanTable } from "../base/span.js";
import { Table } from "../base/table.js";
import type { Diagnostics } from "../diagnostics/diagnostics.js";
import type { Keywords } from "../parse/keywords.js";
import type { ParsedFile } from "../parse/parse-file.js";

/** A module: one file. Dense, in the order modules are discovered from the entry. */
export type ModuleId = Id<"Module">;
/** A declaration of a module: module index in the high 16 bits, its row in the module's table below. */
export type SymbolId = Id<"Symbol">;
export type DeclIndex = Id<"Decl">;

export const NO_SYMBOL = -1 as SymbolId;
const DECL_BITS = 16;
export const MAX_DECLS = 1 << DECL_BITS;
export function symbolOf(m: ModuleId, d: DeclIndex): SymbolId { return ((m << DECL_BITS) | d) as SymbolId; }
export function moduleOfSymbol(s: SymbolId): ModuleId { return (s >>> DECL_BITS) as ModuleId; }
export function declOfSymbol(s: SymbolId): DeclIndex { return (s & (MAX_DECLS - 1)) as DeclIndex; }

export const enum DeclKind {
  /** A function with a body. node: FunctionDecl. */
  Function = 1,
  /** `declare function`: imported from the host. node: FunctionDecl. */
  HostFunction,
  /** A top-level let/var. node: VarDecl. */
  Global,
  /** A top-level const. node: VarDecl. */
  Const,
  /** `type A = ...`. node: TypeAlias. */
  TypeAlias,
  /** An imported name. node: ImportSpecifier; `importFrom`/`importName` say what it names. */
  Import,
}

export const enum DeclFlag { Exported = 1 }

export const DECL_COLUMNS = {
  name: Int32Array, // StringId
  kind: Uint8Array, // DeclKind
  flags: Uint8Array,
  node: Int32Array, // NodeId
  importFrom: Int32Array, // ModuleId (-1: the module was not found)
  importName: Int32Array, // StringId
} as const;

/** What an exported name stands for: a declaration of this module, or a name of another. */
export interface ExportEntry {
  /** Set for `export { x }`, `export function`...: the local declaration. */
  readonly decl: DeclIndex | -1;
  /** Set for `export { x } from "./m"`: the module and the name there. */
  readonly from: ModuleId | -1;
  readonly fromName: StringId;
  /** Where the export is written, for messages. */
  readonly span: Span;
}

export class Module {
  readonly decls = new Table<DeclIndex, typeof DECL_COLUMNS>(DECL_COLUMNS, 16);
  /** Local name -> declaration (keys are interned ids). */
  readonly byName = new Map<number, DeclIndex>();
  /** Names declared more than once here (reported): other modules' imports of them resolve to nothing. Made at the first. */
  clashed: Set<number> | undefined = undefined;
  /** Exported name -> what it is. */
  readonly exports = new Map<number, ExportEntry>();
  /** Exported names in source order (the wasm exports keep this order). */
  readonly exportOrder: StringId[] = [];
  /** Modules this one imports, in source order, once each (initialization order). */
  readonly deps: ModuleId[] = [];
  /** Top-level statements that run at start, in order (VarStatements included: their initializers). */
  readonly topLevel: NodeId[] = [];
  /** resolve.ts's memo: exported name -> the symbol it finally is. */
  readonly exportSymbols = new Map<number, SymbolId>();
  /** resolve.ts's memo: per declaration, the symbol an import names. */
  resolvedImports: Int32Array | undefined = undefined;

  constructor(
    readonly id: ModuleId,
    /** The path as kiln opened it (for messages and names). */
    readonly path: string,
    /** The host-import module name: the file's name without `.ts` (AssemblyScript's rule). */
    readonly hostName: string,
    readonly file: FileId,
    readonly parsed: ParsedFile,
  ) {}
}

/** Everything a compilation shares: the pool, the spans, the modules, the diagnostics. */
export interface Program {
  readonly pool: InternPool;
  readonly spans: SpanTable;
  readonly map: SourceMap;
  readonly diags: Diagnostics;
  readonly kw: Keywords;
  readonly modules: Module[];
  readonly entry: ModuleId;
}
