// The part of the WebAssembly JavaScript API that kiln uses. Node has it as
// a global, but its type declarations for Node 20 do not, and the DOM lib
// would bring in much that Node lacks. Declarations only: no code.
declare namespace WebAssembly {
  type ImportValue = ((...args: never[]) => unknown) | Memory | Global | number;
  type Imports = Record<string, Record<string, ImportValue>>;
  type Exports = Record<string, unknown>;

  class Module {
    constructor(bytes: BufferSource);
  }
  type ExternalKind = "function" | "table" | "memory" | "global" | "tag";
  interface ModuleImportDescriptor { module: string; name: string; kind: ExternalKind }
  interface ModuleExportDescriptor { name: string; kind: ExternalKind }
  namespace Module {
    function imports(module: Module): ModuleImportDescriptor[];
    function exports(module: Module): ModuleExportDescriptor[];
  }
  class Instance {
    constructor(module: Module, imports?: Imports);
    readonly exports: Exports;
  }
  class Memory {
    constructor(descriptor: { initial: number; maximum?: number });
    readonly buffer: ArrayBuffer;
  }
  class Global {
    constructor(descriptor: { value: string; mutable?: boolean }, value?: unknown);
    value: unknown;
  }
  class CompileError extends Error {}
  class LinkError extends Error {}
  class RuntimeError extends Error {}

  function validate(bytes: BufferSource): boolean;
}
