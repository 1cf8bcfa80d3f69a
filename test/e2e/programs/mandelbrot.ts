// The Mandelbrot set on a small grid, reduced to integer checksums: the
// escape iteration count of every point (f64), the same in f32 (its counts
// differ near the boundary), and the number of points inside.

function escapeTime(cr: f64, ci: f64, maxIter: i32): i32 {
  let zr = 0.0, zi = 0.0;
  let i = 0;
  while (i < maxIter) {
    const zr2 = zr * zr, zi2 = zi * zi;
    if (zr2 + zi2 > 4.0) break;
    zi = 2.0 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
    i++;
  }
  return i;
}

function escapeTimeF32(cr: f32, ci: f32, maxIter: i32): i32 {
  let zr: f32 = 0, zi: f32 = 0;
  let i = 0;
  while (i < maxIter) {
    const zr2 = zr * zr, zi2 = zi * zi;
    if (zr2 + zi2 > 4) break;
    zi = 2 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
    i++;
  }
  return i;
}

// Checksum over a width x height grid covering [-2, 1] x [-1.5, 1.5].
export function checksum(width: i32, height: i32, maxIter: i32): i32 {
  let h = 0;
  for (let y = 0; y < height; y++) {
    const ci = -1.5 + 3.0 * <f64>y / <f64>height;
    for (let x = 0; x < width; x++) {
      const cr = -2.0 + 3.0 * <f64>x / <f64>width;
      h = h * 31 + escapeTime(cr, ci, maxIter);
    }
  }
  return h;
}

export function checksumF32(width: i32, height: i32, maxIter: i32): i32 {
  let h = 0;
  for (let y = 0; y < height; y++) {
    const ci: f32 = <f32>-1.5 + <f32>3 * <f32>y / <f32>height;
    for (let x = 0; x < width; x++) {
      const cr: f32 = <f32>-2 + <f32>3 * <f32>x / <f32>width;
      h = h * 31 + escapeTimeF32(cr, ci, maxIter);
    }
  }
  return h;
}

export function inside(width: i32, height: i32, maxIter: i32): i32 {
  let n = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const cr = -2.0 + 3.0 * <f64>x / <f64>width;
      const ci = -1.5 + 3.0 * <f64>y / <f64>height;
      if (escapeTime(cr, ci, maxIter) == maxIter) n++;
    }
  }
  return n;
}

export function pointIterations(cr: f64, ci: f64, maxIter: i32): i32 {
  return escapeTime(cr, ci, maxIter);
}
