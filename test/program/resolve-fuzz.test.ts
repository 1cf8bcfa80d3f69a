// Import and export resolution that builds. Against a model of it, on
// random programs: modules that declare functions and pass names on by
// `export { a as b } from` and by import-then-export, in chains, cycles and
// dead ends, with an entry that imports some of them. The model follows
// every exported name to its declaration; kiln must report one "no export"
// per link to a missing name and one cycle per cycle, or else build a module
// whose main() returns the sum the model expects. (Each error's wording and
// place: test/check/errors.test.ts.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { compileFiles, diagnosticsOf, instantiate } from "../check/helpers.js";
import { rng } from "../seeded-random.js";

/** An exported name: a function returning `value`, or a link to `name` exported by module `to`. */
type Export = { kind: "decl"; value: number } | { kind: "link"; to: number; name: string };

interface Program {
  files: Record<string, string>;
  /** Links whose target module has no such name. */
  missing: number;
  /** Distinct cycles among the links. */
  cycles: number;
  /** main()'s value when nothing is broken. */
  sum: number;
}

function generate(seed: number): Program {
  const r = rng(seed);
  const pick = (n: number): number => Math.floor(r() * n);
  const modules = 2 + pick(5);
  const exports: Map<string, Export>[] = [];
  const lines: string[][] = [];
  // Declarations first, so that every link can aim at any module's names.
  for (let m = 0; m < modules; m++) {
    exports.push(new Map());
    lines.push([]);
    for (let k = 0, n = pick(3); k < n; k++) {
      const value = 100 * (m + 1) + k;
      exports[m]!.set(`d${m}_${k}`, { kind: "decl", value });
      lines[m]!.push(`export function d${m}_${k}(): i32 { return ${value}; }`);
    }
  }
  for (let m = 0; m < modules; m++) {
    for (let k = 0, n = 1 + pick(3); k < n; k++) {
      const to = pick(modules);
      // Names of `to` made so far, or one planned for later (links may point forwards), or none at all.
      const choices = [...exports[to]!.keys()];
      const roll = r();
      const name = roll < 0.06 ? `nothing${m}_${k}` : roll < 0.3 || choices.length === 0 ? `e${to}_${pick(3)}` : choices[pick(choices.length)]!;
      const own = `e${m}_${k}`;
      exports[m]!.set(own, { kind: "link", to, name });
      if (r() < 0.5) lines[m]!.push(`export { ${name} as ${own} } from "./m${to}";`);
      else lines[m]!.push(`import { ${name} as i${m}_${k} } from "./m${to}";`, `export { i${m}_${k} as ${own} };`);
    }
  }
  // Follow each exported name; a link's target that was never made is missing.
  const state = new Map<string, "visiting" | number | "broken">();
  let missing = 0, cycles = 0;
  const follow = (m: number, name: string): number | "broken" => {
    const key = `${m}:${name}`;
    const s = state.get(key);
    if (s === "visiting") { cycles++; return "broken"; }
    if (s !== undefined) return s;
    const e = exports[m]!.get(name)!;
    if (e.kind === "decl") { state.set(key, e.value); return e.value; }
    state.set(key, "visiting");
    let out: number | "broken";
    if (!exports[e.to]!.has(e.name)) { missing++; out = "broken"; }
    else out = follow(e.to, e.name);
    state.set(key, out);
    return out;
  };
  // The entry imports a few names, each once, and adds up what they return.
  const main: string[] = [];
  const calls: string[] = [];
  const used: [number, string][] = [];
  for (let k = 0, n = 1 + pick(4); k < n; k++) {
    const m = pick(modules);
    const names = [...exports[m]!.keys()];
    if (names.length === 0) continue;
    const name = names[pick(names.length)]!;
    main.push(`import { ${name} as u${k} } from "./m${m}";`);
    calls.push(`u${k}()`);
    used.push([m, name]);
  }
  // Only modules the entry reaches through imports and re-exports are compiled, so only their links count.
  const reached = new Set<number>(used.map(([m]) => m));
  for (const m of reached) for (const e of exports[m]!.values()) if (e.kind === "link") reached.add(e.to);
  for (const m of reached) for (const name of exports[m]!.keys()) follow(m, name);
  // A name the entry uses that is broken is one of those links, so it is counted there.
  let sum = 0;
  for (const [m, name] of used) {
    const v = state.get(`${m}:${name}`)!;
    if (v !== "broken") sum += v as number;
  }
  main.push(`export function main(): i32 { return ${calls.length > 0 ? calls.join(" + ") : "0"}; }`);
  const files: Record<string, string> = { "main.ts": main.join("\n") + "\n" };
  for (let m = 0; m < modules; m++) files[`m${m}.ts`] = lines[m]!.join("\n") + "\n";
  return { files, missing, cycles, sum };
}

test("imports and re-exports resolve as the model says, or fail with one report per broken link and per cycle", () => {
  let built = 0, failed = 0;
  for (let seed = 1; seed <= 400; seed++) {
    const p = generate(seed);
    const c = compileFiles(p.files);
    const d = diagnosticsOf(c);
    const why = `seed ${seed}\n${Object.entries(p.files).map(([f, t]) => `// ${f}\n${t}`).join("")}\n${JSON.stringify(d, null, 1)}`;
    const count = (code: string): number => d.filter((x) => x.code === code).length;
    if (p.missing + p.cycles > 0) {
      failed++;
      assert.equal(c.wasm, undefined, why);
      assert.equal(count("K2002"), p.missing, `one report per link to a missing name: ${why}`);
      assert.equal(count("K2006"), p.cycles, `one report per cycle: ${why}`);
      assert.equal(d.length, p.missing + p.cycles, `nothing else is reported: ${why}`);
    } else {
      built++;
      assert.deepEqual(d, [], why);
      assert.equal((instantiate(p.files)["main"] as () => number)(), p.sum, why);
    }
  }
  // Both outcomes must be common, or the test checks less than it says.
  assert.ok(built > 60 && failed > 60, `built ${built}, failed ${failed}`);
});

test("a long chain of re-exports resolves to the declaration at its end", () => {
  const files: Record<string, string> = { "main.ts": `import { x } from "./m0";\nexport function main(): i32 { return x(); }\n` };
  const n = 400;
  for (let k = 0; k < n; k++) files[`m${k}.ts`] = `export { x } from "./m${k + 1}";\n`;
  files[`m${n}.ts`] = "export function x(): i32 { return 42; }\n";
  assert.equal((instantiate(files)["main"] as () => number)(), 42);
});
