// Branded integer ids. An id is a plain number at run time, but each kind of
// thing gets its own type, so a TypeId cannot be passed where a StringId is
// expected. This file defines the branding only; tables that hand out ids
// live with the stage that owns them.

declare const idBrand: unique symbol;

/** A number that names a `Tag` thing. Create one only where that thing is allocated. */
export type Id<Tag extends string> = number & { readonly [idBrand]: Tag };

/** Interned text: an inline atom (negative) or an entry of the intern pool (positive). */
export type StringId = Id<"String">;
/** A position-space span: inline (position, length) or an index into the side table. */
export type Span = Id<"Span">;
/** A source file or virtual file of the source map. */
export type FileId = Id<"File">;
/** An interned type (owned by the checker, declared here so tables can name it). */
export type TypeId = Id<"Type">;
/** A node of a parse tree, in postorder. */
export type NodeId = Id<"Node">;

/** The "no string" id: never produced by interning any text. */
export const NO_STRING = 0 as StringId;
