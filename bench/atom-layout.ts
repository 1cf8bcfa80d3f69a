// Measures identifier lengths on code nobody here wrote and how many
// identifier occurrences each candidate atom layout would keep out of the pool.
// The numbers chose the layout documented in src/base/atoms.ts; rerun with
// `node build/bench/atom-layout.js` after `npm run build -- --tests`.
import { simpleScan, ScanKind } from "./util/simple-scan.js";
import { asStdFiles, corpusFiles, largeJs, type SourceFile } from "./util/inputs.js";

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || c === 95 || (c >= 48 && c <= 51);

const candidates: { name: string; fits: (b: Uint8Array, s: number, e: number) => boolean }[] = [
  { name: "<=4 chars, any 7-bit ASCII", fits: (b, s, e) => { if (e - s > 4) return false; for (let i = s; i < e; i++) if (b[i]! >= 128) return false; return true; } },
  { name: "<=5 chars of [A-Za-z0-9_$]", fits: (b, s, e) => { if (e - s > 5) return false; for (let i = s; i < e; i++) if (!isAlnum(b[i]!)) return false; return true; } },
  { name: "<=6 chars of [a-z0-3_]", fits: (b, s, e) => { if (e - s > 6) return false; for (let i = s; i < e; i++) if (!isLower(b[i]!)) return false; return true; } },
  { name: "<=5 of [A-Za-z0-9_$] + 6 of [a-z0-3_]", fits: (b, s, e) => {
    const n = e - s; if (n > 6) return false;
    for (let i = s; i < e; i++) if (n === 6 ? !isLower(b[i]!) : !isAlnum(b[i]!)) return false; return true; } },
];

function measure(label: string, files: SourceFile[]): void {
  const byLen = new Array<number>(33).fill(0);
  const distinctByLen = new Array<number>(33).fill(0);
  const seen = new Set<string>();
  const hits = new Array<number>(candidates.length).fill(0);
  const distinctHits = new Array<number>(candidates.length).fill(0);
  let total = 0;
  const dec = new TextDecoder();
  for (const f of files) {
    const t = simpleScan(f.bytes);
    for (let k = 0; k < t.count; k++) {
      if (t.kind[k] !== ScanKind.Ident) continue;
      const s = t.start[k]!, e = t.end[k]!;
      const n = Math.min(e - s, 32);
      byLen[n]!++; total++;
      const text = dec.decode(f.bytes.subarray(s, e));
      const fresh = !seen.has(text);
      if (fresh) { seen.add(text); distinctByLen[n]!++; }
      for (let c = 0; c < candidates.length; c++) {
        if (candidates[c]!.fits(f.bytes, s, e)) { hits[c]!++; if (fresh) distinctHits[c]!++; }
      }
    }
  }
  const pct = (a: number, b: number): string => (100 * a / b).toFixed(1).padStart(5) + "%";
  console.log(`\n## ${label}: ${total} identifier occurrences, ${seen.size} distinct`);
  console.log("| length | occurrences | cumulative | distinct |");
  console.log("|---:|---:|---:|---:|");
  let cum = 0;
  for (let n = 1; n <= 16; n++) {
    cum += byLen[n]!;
    console.log(`| ${n} | ${pct(byLen[n]!, total)} | ${pct(cum, total)} | ${pct(distinctByLen[n]!, seen.size)} |`);
  }
  const rest = byLen.slice(17).reduce((a, b) => a + b, 0);
  console.log(`| >16 | ${pct(rest, total)} | 100.0% | |`);
  console.log("\n| layout (31 bits) | occurrences inline | distinct inline |");
  console.log("|---|---:|---:|");
  for (let c = 0; c < candidates.length; c++) console.log(`| ${candidates[c]!.name} | ${pct(hits[c]!, total)} | ${pct(distinctHits[c]!, seen.size)} |`);
}

measure("AssemblyScript std/assembly", asStdFiles());
measure("typescript/lib/typescript.js", largeJs());
measure("gen.mjs corpus, 100k lines", corpusFiles());
