// Measures which 31-bit inline span layouts fit the spans of real code: token
// spans from a simple scan, and bracketed groups (matching ( ) [ ] { }) as a
// stand-in for the longer spans of expression and block nodes. Files are laid
// out in one position space, AssemblyScript's standard library first, as the
// compiler does. The chosen layout is documented in src/base/span.ts.
import { walkSpans } from "./util/span-walk.js";
import { asStdFiles, corpusFiles, type SourceFile } from "./util/inputs.js";

interface Layout { name: string; fits: (pos: number, len: number) => boolean }
const oneForm = (p: number, l: number): Layout => ({ name: `P${p} L${l}`, fits: (pos, len) => pos < 2 ** p && len < 2 ** l });
const twoForms = (p1: number, l1: number, p2: number, l2: number): Layout => ({
  name: `P${p1} L${l1} | P${p2} L${l2}`,
  fits: (pos, len) => (pos < 2 ** p1 && len < 2 ** l1) || (pos < 2 ** p2 && len < 2 ** l2),
});
const layouts: Layout[] = [oneForm(25, 6), oneForm(24, 7), oneForm(23, 8), oneForm(21, 10), twoForms(24, 6, 20, 10), twoForms(23, 7, 19, 11)];

function measure(label: string, files: SourceFile[]): void {
  const tokenHits = new Array<number>(layouts.length).fill(0);
  const groupHits = new Array<number>(layouts.length).fill(0);
  let tokens = 0, groups = 0;
  const end = walkSpans(files, 0, (start, length, isGroup) => {
    const hits = isGroup ? groupHits : tokenHits;
    if (isGroup) groups++; else tokens++;
    for (let c = 0; c < layouts.length; c++) if (layouts[c]!.fits(start, length)) hits[c]!++;
  });
  const pct = (a: number, b: number): string => (100 * a / b).toFixed(2) + "%";
  console.log(`\n## ${label}: ${tokens} tokens, ${groups} bracketed groups, ${(end / 1048576).toFixed(1)} MiB of positions`);
  console.log("| layout (31 bits, 1 tag bit for the side table) | tokens inline | groups inline | all inline |");
  console.log("|---|---:|---:|---:|");
  for (let c = 0; c < layouts.length; c++) {
    console.log(`| ${layouts[c]!.name} | ${pct(tokenHits[c]!, tokens)} | ${pct(groupHits[c]!, groups)} | ${pct(tokenHits[c]! + groupHits[c]!, tokens + groups)} |`);
  }
}

const std = asStdFiles();
measure("AssemblyScript std/assembly", std);
measure("std + gen.mjs corpus, 100k lines", [...std, ...corpusFiles()]);
