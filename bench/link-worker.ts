// Worker of the link benchmark: holds a share of the functions' bodies and
// relocations (as a worker of a -j build holds the code it emitted), and on
// each round copies them into the shared code section and patches them with
// the target tables it is sent, using the linker's own patchRelocations.
import { parentPort } from "node:worker_threads";
import { patchRelocations, type Targets } from "../src/link/link.js";

export interface LinkShare {
  /** The share's bodies, one after another; body k is bodies[bodyStart[k], bodyStart[k + 1]). */
  bodies: Uint8Array; bodyStart: Int32Array;
  /** Their relocation triples; body k's are relocs[relocStart[k], relocStart[k + 1]). */
  relocs: Int32Array; relocStart: Int32Array;
  /** Where body k goes in the code section. */
  outAt: Int32Array;
  out: SharedArrayBuffer;
}

/** The targets' final indices and addresses as key and value columns (what can cross threads without cloning maps). */
export interface TargetColumns { fnKeys: Int32Array; fnValues: Int32Array; globalKeys: Int32Array; globalValues: Int32Array; addressKeys: Int32Array; addressValues: Int32Array }

function targetsOf(c: TargetColumns): Targets {
  const map = (keys: Int32Array, values: Int32Array): Map<number, number> => {
    const m = new Map<number, number>();
    for (let i = 0; i < keys.length; i++) m.set(keys[i]!, values[i]!);
    return m;
  };
  return { fnIndex: map(c.fnKeys, c.fnValues), globalIndex: map(c.globalKeys, c.globalValues), address: map(c.addressKeys, c.addressValues) };
}

let share: LinkShare | undefined;
parentPort!.on("message", (m: { share: LinkShare } | { targets: TargetColumns }) => {
  if ("share" in m) { share = m.share; parentPort!.postMessage("ready"); return; }
  const s = share!, t = targetsOf(m.targets), out = new Uint8Array(s.out);
  for (let k = 0; k + 1 < s.bodyStart.length; k++) {
    const at = s.outAt[k]!;
    out.set(s.bodies.subarray(s.bodyStart[k]!, s.bodyStart[k + 1]!), at);
    patchRelocations(out, at, s.relocs.subarray(s.relocStart[k]!, s.relocStart[k + 1]!), t, "");
  }
  parentPort!.postMessage("done");
});
