// A futex-style mutex on one Int32 slot of shared memory (0 free, 1 locked,
// 2 locked with waiters), usable from any thread including Node's main one.
// It guards short critical sections only; it must never be held across an
// await or a message round trip.

const SPINS = 64;

export function lockSlot(mem: Int32Array, index: number): void {
  if (Atomics.compareExchange(mem, index, 0, 1) === 0) return;
  for (let i = 0; i < SPINS; i++) {
    if (Atomics.load(mem, index) === 0 && Atomics.compareExchange(mem, index, 0, 1) === 0) return;
  }
  // Mark contended, then sleep until the holder's unlock notifies us.
  while (Atomics.exchange(mem, index, 2) !== 0) Atomics.wait(mem, index, 2);
}

export function unlockSlot(mem: Int32Array, index: number): void {
  if (Atomics.sub(mem, index, 1) !== 1) {
    Atomics.store(mem, index, 0);
    Atomics.notify(mem, index, 1);
  }
}
