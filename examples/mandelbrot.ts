// Renders the Mandelbrot set on a small grid and reduces the picture to one
// integer: the escape-time iteration count of each of the 80 x 40 points in
// [-2.0, 1.0] x [-1.2, 1.2] (at most 255 iterations, f64 arithmetic), folded
// row by row into a checksum h = h * 31 + count (i32, wrapping).
//
// main() returns 1407378086 (checked with asc 0.28 and in JavaScript).

const WIDTH: i32 = 80;
const HEIGHT: i32 = 40;
const MAX_ITER: i32 = 255;

function escapeTime(cr: f64, ci: f64): i32 {
  let zr = 0.0, zi = 0.0;
  let i = 0;
  while (i < MAX_ITER) {
    const zr2 = zr * zr, zi2 = zi * zi;
    if (zr2 + zi2 > 4.0) break;
    zi = 2.0 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
    i++;
  }
  return i;
}

export function render(width: i32, height: i32): i32 {
  let h: i32 = 0;
  for (let y = 0; y < height; y++) {
    const ci = -1.2 + 2.4 * <f64>y / <f64>(height - 1);
    for (let x = 0; x < width; x++) {
      const cr = -2.0 + 3.0 * <f64>x / <f64>(width - 1);
      h = h * 31 + escapeTime(cr, ci);
    }
  }
  return h;
}

export function main(): i32 {
  return render(WIDTH, HEIGHT);
}
