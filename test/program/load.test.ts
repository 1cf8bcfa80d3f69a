// The module loader: modules are opened breadth first, in source order, so
// that module ids and the order of "not found" errors follow the text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compileFiles } from "../check/helpers.js";

type Compiled = ReturnType<typeof compileFiles>;
/** A path as the test wrote it (compileFiles puts the files under a kiln-test directory). */
const shown = (path: string): string => path.replace(/^.*kiln-test\//, "");
const modulePaths = (c: Compiled): string[] => c.program!.modules.map((m) => shown(m.path));
/** The "cannot find module" errors, in the order reported. */
const notFound = (c: Compiled) => c.diags.list.filter((d) => /cannot find module/.test(d.message));
/** Where each "cannot find module" error is, as file:line, in the order reported. */
function notFoundAt(c: Compiled): string[] {
  const p = c.program!;
  return notFound(c).map((d) => {
    const at = p.map.lineCol(p.spans.start(d.span));
    return `${shown(p.map.name(at.file))}:${at.line}`;
  });
}

test("a module's imports are opened in source order: ids and missing-module errors follow the text", () => {
  const c = compileFiles({
    "main.ts": [
      `import { a } from "./a";`,
      `import { x } from "./missing1";`,
      `import { b } from "./b";`,
      `export { y } from "./missing2";`,
      `import { c } from "./c";`,
      `export function main(): i32 { return a() + b() + c(); }`,
    ].join("\n") + "\n",
    "a.ts": `import { d } from "./d";\nexport function a(): i32 { return d(); }\n`,
    "b.ts": "export function b(): i32 { return 2; }\n",
    "c.ts": "export function c(): i32 { return 3; }\n",
    "d.ts": "export function d(): i32 { return 4; }\n",
  });
  // The entry, the runtime library, then the entry's imports in order, then a's.
  assert.deepEqual(modulePaths(c), ["main.ts", "~lib/runtime.ts", "a.ts", "b.ts", "c.ts", "d.ts"]);
  // Reported as found, without sorting: missing1 (line 2) before missing2 (line 4).
  assert.deepEqual(notFoundAt(c), ["main.ts:2", "main.ts:4"]);
});

test("a specifier resolves against its own module's directory, and each import of a missing module is reported", () => {
  const c = compileFiles({
    "main.ts": [
      `import { one } from "./util";`,
      `import { two } from "./lib/b";`,
      `import { gone } from "./missing";`,
      `export function main(): i32 { return one() + two(); }`,
    ].join("\n") + "\n",
    "util.ts": "export function one(): i32 { return 1; }\n",
    // lib/b.ts's "./util" is lib/util.ts, not the util.ts main.ts imported; "../util" is that one.
    "lib/b.ts": `import { ten } from "./util";\nimport { one } from "../util";\nimport { gone } from "../missing";\nexport function two(): i32 { return ten() + one(); }\n`,
    "lib/util.ts": "export function ten(): i32 { return 10; }\n",
  });
  assert.deepEqual(modulePaths(c), ["main.ts", "~lib/runtime.ts", "util.ts", "lib/b.ts", "lib/util.ts"]);
  assert.deepEqual(notFoundAt(c), ["main.ts:3", "lib/b.ts:3"]);
});

test("a missing module imported again from the same directory is reported again, by name, from the remembered miss", () => {
  const c = compileFiles({
    "main.ts": `import { one } from "./util";\nimport { gone } from "./missing";\nexport function main(): i32 { return one(); }\n`,
    "util.ts": `import { gone } from "./missing";\nexport function one(): i32 { return 1; }\n`,
  });
  assert.deepEqual(notFoundAt(c), ["main.ts:2", "util.ts:1"]);
  assert.deepEqual(notFound(c).map((d) => d.message.replace(/ next to .*kiln-test\//, " next to ")), [
    "cannot find module './missing': no file './missing.ts' or './missing/index.ts' next to main.ts",
    "cannot find module './missing': no file './missing.ts' or './missing/index.ts' next to util.ts",
  ]);
});

test("'./dir' finds dir.ts first and dir/index.ts without it; '.' and '..' segments are resolved", () => {
  const c = compileFiles({
    "main.ts": [
      `import { a } from "./pkg";`,
      `import { b } from "./both";`,
      `import { c } from "./pkg/../c";`,
      `import { d } from "./lib/./d.ts";`,
      `export function main(): i32 { return a() + b() + c() + d(); }`,
    ].join("\n") + "\n",
    "pkg/index.ts": "export function a(): i32 { return 1; }\n",
    "both.ts": "export function b(): i32 { return 20; }\n",
    "both/index.ts": "export function b(): i32 { return 99; }\n",
    "c.ts": "export function c(): i32 { return 300; }\n",
    "lib/d.ts": "export function d(): i32 { return 4000; }\n",
  });
  assert.equal(c.diags.errorCount, 0, JSON.stringify(c.diags.list.map((d) => d.message)));
  assert.deepEqual(modulePaths(c), ["main.ts", "~lib/runtime.ts", "pkg/index.ts", "both.ts", "c.ts", "lib/d.ts"]);
});
