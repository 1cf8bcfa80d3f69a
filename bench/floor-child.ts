// Child process of the floor benchmark: compiles one program `rounds` times
// in this one process, with the stages kiln build runs (load, check and
// emit, link), and prints each round's stage times as one JSON line. Later
// rounds run code V8 has already optimized, which a kiln build, one short
// process, never does. Started with kiln's own node options and V8 flags on
// node's command line, so its optimized code is the kind a build gets.
// Writes no files.
import { compileUnlinked, diskHost, linkProgram } from "../src/driver/compile.js";
import { Tracer } from "../src/driver/trace.js";

export interface FloorRound { load: number; compile: number; link: number }

const [entry, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (entry === undefined || !(rounds > 0)) {
  console.error("usage: floor-child <entry.ts> <rounds>");
  process.exit(2);
}
const out: FloorRound[] = [];
for (let r = 0; r < rounds; r++) {
  const tracer = new Tracer(true);
  const { loaded, diags, out: code } = compileUnlinked(entry, diskHost, true, tracer);
  if (typeof loaded === "string" || diags.errorCount > 0) {
    console.error(typeof loaded === "string" ? loaded : `${diags.errorCount} compile errors`);
    process.exit(1);
  }
  const t0 = performance.now();
  linkProgram(loaded, code);
  const linkMs = performance.now() - t0;
  const sum = (cat: string): number => tracer.spans.filter((s) => s.cat === cat).reduce((a, s) => a + s.dur, 0);
  out.push({ load: sum("load"), compile: sum("compile"), link: linkMs });
}
process.stdout.write(`${JSON.stringify(out)}\n`);
