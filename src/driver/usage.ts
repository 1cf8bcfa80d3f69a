// Shared by the CLI's commands: the usage error (one line, exit 2) and the
// decision to colour output. Nothing here reads files or compiles.

export class UsageError extends Error {}

/** Colour only on a terminal, and never when NO_COLOR is set. */
export function useColor(stream: { isTTY?: boolean }): boolean {
  return stream.isTTY === true && !process.env["NO_COLOR"];
}
