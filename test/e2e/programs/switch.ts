// switch: fall-through between cases, grouped case labels, default in the
// middle (reached by fall-through too), no default, switch on i64 and on a
// computed value, break inside a loop in a switch, and return from cases.

export function fallThrough(x: i32): i32 {
  let r = 0;
  switch (x) {
    case 1:
      r += 1; // falls through
    case 2:
      r += 10; // falls through
    case 3:
      r += 100;
      break;
    case 4:
      r += 1000;
  }
  return r;
}

export function grouped(x: i32): i32 {
  switch (x) {
    case 0:
    case 1:
    case 2:
      return 10;
    case 3:
    case 5:
      return 20;
    default:
      return -1;
  }
}

// The default sits between cases; 7 falls through into the default's body.
export function defaultInMiddle(x: i32): i32 {
  let r = 0;
  switch (x) {
    case 7:
      r = 7; // falls through
    default:
      r += 100; // falls through
    case 8:
      r += 8;
      break;
    case 9:
      r = 9;
  }
  return r;
}

export function onI64(x: i64): i32 {
  switch (x) {
    case 0: return 0;
    case 0x100000000: return 1;
    case -1: return 2;
    case 9223372036854775807: return 3;
    default: return 4;
  }
}

// Day count per month (1..12) for a given leap flag; 0 for invalid months.
export function daysInMonth(month: i32, leap: bool): i32 {
  let days = 0;
  switch (month) {
    case 2:
      days = leap ? 29 : 28;
      break;
    case 4: case 6: case 9: case 11:
      days = 30;
      break;
    case 1: case 3: case 5: case 7: case 8: case 10: case 12:
      days = 31;
      break;
  }
  return days;
}

// A tiny stack machine: opcodes come from the digits of `program`, lowest
// first. `break` in a switch inside a loop leaves the switch, not the loop.
export function run(program: i32, input: i32): i32 {
  let acc = input;
  let p = program;
  while (p != 0) {
    const op = p % 10;
    p /= 10;
    switch (op) {
      case 1: acc += 1; break;
      case 2: acc *= 2; break;
      case 3: acc = -acc; break;
      case 4:
        if (acc > 100) break;
        acc += 50;
        break;
      case 9: return acc * 1000;
      default: acc -= op;
    }
  }
  return acc;
}

// Switch on a computed value, with case expressions that are constants.
export function quadrant(x: i32, y: i32): i32 {
  switch ((x >= 0 ? 1 : 0) | (y >= 0 ? 2 : 0)) {
    case 3: return 1;
    case 2: return 2;
    case 0: return 3;
    default: return 4;
  }
}
