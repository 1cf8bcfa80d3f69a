// The tree-walking helpers of parse/nodes.ts that later stages use instead of
// allocating children arrays: SubtreeStack (nested walks on one stack),
// elseOf, initializerOf and annotationOf, checked against childrenOf on
// parsed code.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { NodeId } from "../../src/base/ids.js";
import { annotationOf, childrenOf, elseOf, initializerOf, isTypeKind, N, SubtreeStack, type ParseTree } from "../../src/parse/nodes.js";
import { parse } from "./helpers.js";

function treeOf(text: string): ParseTree {
  const { file, diags } = parse(text);
  assert.equal(diags.errorCount, 0, "the snippet parses");
  return file.tree;
}

/** Every node of a kind, in postorder. */
function nodesOf(t: ParseTree, kind: N): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.count; i++) if (t.kind[i] === kind) out.push(i);
  return out;
}

test("SubtreeStack gives each node's children in source order, as childrenOf does, with walks nested on one stack", () => {
  const t = treeOf(`
    function f(a: i32, b: i32 = 2): i32 {
      let x = a + b, y: i32 = 3;
      if (x > 1) { x = 2; y = 4; } else if (y) x = 5; else { for (let i = 0; i < 3; i++) { y += i; } }
      switch (x) { case 1: y = 1; break; default: y = 2; }
      return f(x, y) + g<i32>(1, 2, 3);
    }
  `);
  const sub = new SubtreeStack();
  let visited = 0;
  // A recursive walk that, like the checker, reads a node's children while
  // the walks of those children push and pop above them.
  const walk = (n: number): void => {
    const mark = sub.pushChildren(t, n), end = sub.top;
    const expected = childrenOf(t, n as NodeId);
    assert.equal(end - mark, expected.length, `children of node ${n} (${N[t.kind[n]!]})`);
    for (let i = mark; i < end; i++) {
      assert.equal(sub.at(i), expected[i - mark]);
      walk(sub.at(i));
      assert.equal(sub.top, end, "a nested walk pops back to where it began");
    }
    sub.pop(mark);
    visited++;
  };
  walk(t.count - 1);
  assert.equal(visited, t.count, "every node was reached");
  assert.equal(sub.top, 0);
});

test("SubtreeStack grows past its first capacity without losing entries", () => {
  const n = 300;
  const t = treeOf(`f(${Array.from({ length: n }, (_, i) => String(i)).join(", ")});`);
  const call = nodesOf(t, N.Call)[0]!;
  const sub = new SubtreeStack();
  const outer = sub.push(t, 0, -1); // an empty range first: pushes nothing
  assert.equal(sub.top, outer);
  const mark = sub.pushChildren(t, call);
  assert.deepEqual(Array.from({ length: sub.top - mark }, (_, i) => sub.at(mark + i)), childrenOf(t, call as NodeId));
  assert.equal(sub.top - mark, n + 1, "the callee and every argument");
});

test("elseOf finds the else branch of an if, and -1 without one", () => {
  const t = treeOf(`
    if (a) b(); else c();
    if (a) { b(); }
    if (a) if (b) c(); else d();
  `);
  for (const n of nodesOf(t, N.If)) {
    const kids = childrenOf(t, n as NodeId);
    assert.equal(elseOf(t, n), kids.length === 3 ? kids[2] : -1);
  }
  const withElse = nodesOf(t, N.If).filter((n) => elseOf(t, n) !== -1).length;
  assert.equal(withElse, 2, "the first if, and the inner if of the third statement");
});

test("initializerOf and annotationOf find a declarator's or parameter's parts, whatever is left out", () => {
  const t = treeOf(`
    let a = 1, b: i32, c: i32 = 2, d;
    function f(p: i32, q = 1, r: f64 = 2.5, @dec public s: i32, t?: i32, @dec readonly u) {}
  `);
  const decls = [...nodesOf(t, N.VarDecl), ...nodesOf(t, N.Param)];
  assert.equal(decls.length, 10);
  const seen: string[] = [];
  for (const d of decls) {
    const kids = childrenOf(t, d as NodeId);
    const type = kids.find((k) => isTypeKind(t.kind[k]! as N)) ?? -1;
    const init = kids.find((k) => !isTypeKind(t.kind[k]! as N) && t.kind[k] !== N.Modifier && t.kind[k] !== N.Decorator) ?? -1;
    assert.equal(annotationOf(t, d), type);
    assert.equal(initializerOf(t, d), init);
    seen.push(`${type === -1 ? "-" : "T"}${init === -1 ? "-" : "I"}`);
  }
  // Every combination occurs, so neither helper is only tested on one shape.
  assert.deepEqual(seen, ["-I", "T-", "TI", "--", "T-", "-I", "TI", "T-", "T-", "--"]);
});
