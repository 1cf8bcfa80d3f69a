// `npm run bench`: runs every benchmark and prints markdown tables of medians
// and ratios measured in the same run. `npm run bench -- intern` runs one.
import { benchBuild } from "./build.js";
import { benchFloor } from "./floor.js";
import { benchParallel } from "./parallel.js";
import { benchIntern } from "./intern.js";
import { benchLink } from "./link.js";
import { benchParse } from "./parse.js";
import { benchSpans } from "./spans.js";
import { benchTiering } from "./tiering.js";
import { droppedStartupVariables } from "./util/process-stats.js";

const all: Record<string, () => void | Promise<void>> = { intern: benchIntern, spans: benchSpans, parse: benchParse, build: benchBuild, floor: benchFloor, tiering: benchTiering, parallel: benchParallel, link: benchLink };
const wanted = process.argv.slice(2);
for (const name of wanted) if (!(name in all)) { console.error(`unknown benchmark '${name}'; have: ${Object.keys(all).join(", ")}`); process.exit(2); }
console.log(`# kiln benchmarks (node ${process.version}, ${(await import("node:os")).availableParallelism()} cores)`);
const dropped = droppedStartupVariables();
if (dropped.length > 0) console.log(`\nEvery measured process runs without ${dropped.join(" and ")}, which this shell sets: see STARTUP_VARIABLES in bench/util/process-stats.ts.`);
for (const [name, fn] of Object.entries(all)) if (wanted.length === 0 || wanted.includes(name)) await fn();
