// Fuzzing the whole compiler, bounded and seeded: level-0 programs (the e2e
// programs and the examples) mutated at the token level (a token deleted,
// repeated, swapped or replaced by a type name, keyword, literal or
// operator) go through every stage. The checker and the emitter must never
// throw on what the parser lets through; a program with errors gives no
// module, and one without errors gives a module that validates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "../../src/driver/compile.js";
import { rng } from "../seeded-random.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

const PROGRAMS = ["test/e2e/programs", "examples"].flatMap((d) => readdirSync(join(root, d))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).sort().map((f) => readFileSync(join(root, d, f), "utf8")));

/** What a mutation may put in: types, keywords, literals, operators and built-in names. */
const REPLACEMENTS = ["i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "f32", "f64", "bool", "void", "0", "1", "-1",
  "2147483648", "1.5", "NaN", "true", "null", "(", ")", "{", "}", ";", ",", "=", "+=", "**", "<<", ">>>", "!", "~", "?", ":",
  "return", "let", "const", "if", "while", "for", "break", "continue", "switch", "case", "default", "function", "export",
  "import", "declare", "<", ">", "as", "main", "x", "Math", "Mathf", "assert", "unreachable", "abort", "reinterpret", "clz",
  "isNaN", "i32.MAX_VALUE", "\"s\"", "@external", "type", "=>"];

/** Names, numbers, strings, comments, runs of space, and single characters. */
const tokensOf = (text: string): string[] => text.match(/[A-Za-z_$][\w$]*|\d+(\.\d+)?|"[^"\n]*"|\/\/[^\n]*|\s+|./g) ?? [];

test("mutated level-0 programs never make the compiler throw, and compile to errors or to a valid module", { timeout: 120_000 }, () => {
  const r = rng(20261121);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  let clean = 0, broken = 0;
  for (let k = 0; k < 600; k++) {
    const toks = tokensOf(pick(PROGRAMS));
    for (let e = 0, edits = 1 + Math.floor(r() * 3); e < edits; e++) {
      const at = Math.floor(r() * toks.length), op = r();
      if (op < 0.25) toks.splice(at, 1);
      else if (op < 0.5) toks.splice(at, 0, pick(toks));
      else if (op < 0.75) toks[at] = pick(REPLACEMENTS);
      else { const b = Math.floor(r() * toks.length); [toks[at], toks[b]] = [toks[b]!, toks[at]!]; }
    }
    const text = toks.join("");
    const host = { read: (path: string) => (path.endsWith("/main.ts") ? new TextEncoder().encode(text) : undefined) };
    let c;
    try {
      c = compile("/fuzz/main.ts", host, true);
    } catch (e) {
      assert.fail(`mutant #${k} threw ${(e as Error).stack}\n${text}`);
    }
    if (c.diags.errorCount > 0) { broken++; assert.equal(c.wasm, undefined, `mutant #${k}: errors and a module`); continue; }
    clean++;
    assert.ok(c.wasm !== undefined && WebAssembly.validate(c.wasm), `mutant #${k} compiled without errors to an invalid module\n${text}`);
  }
  // Both outcomes must occur, or the mutations test nothing.
  assert.ok(clean > 20 && broken > 300, `${clean} clean, ${broken} broken`);
});
