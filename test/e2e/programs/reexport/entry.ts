// Re-exports and renames across modules: `export { f } from "./m"`,
// `export { x as y }` of a local and of an imported function,
// `import { a, b as c }`, an import from a subfolder with the .ts extension
// written out, and an exported const global.

import { add, mul as times } from "./lib/arith.ts";
import { SCALE, scaled } from "./lib/consts";

export { square } from "./lib/arith";
export { scaled as scaledBy } from "./lib/consts";

function cube(x: i32): i32 {
  return times(x, times(x, x));
}

export { cube, cube as cubed, times as multiply };

export const SCALE_TWICE: i32 = SCALE * 2;

export function sumScaled(a: i32, b: i32): i32 {
  return scaled(add(a, b)) + SCALE_TWICE;
}
