// Keeps the newest object of a class alive, so that V8 keeps the class's
// hidden class (its map). V8 holds a map only through live objects that use
// it: the transitions that build it, one per field the constructor assigns,
// are weak. A class whose objects all die between uses (a parser per file,
// a checker and an emitter per function) loses its map at a full collection
// that finds none alive, and every optimized function that checks for that
// map is thrown away with it ("weak objects" in --trace-deopt) and must be
// optimized again. Holds one object per class, never more.

const newest = new Map<object, object>();

/** Called from a constructor with `this`: keeps it until the next object of its class is made. */
export function keepShape(o: object): void {
  newest.set(Object.getPrototypeOf(o) as object, o);
}
