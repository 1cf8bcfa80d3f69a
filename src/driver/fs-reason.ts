// Why a file could not be read or written, in words a user can act on, from
// Node's error code: never a stack trace or a bare errno name. Every command
// that touches files reports through this one mapping.
import { dirname } from "node:path";

/** The reason `e` (thrown by a node:fs call on `path`) gives, e.g. "it is a directory". */
export function fsReason(e: unknown, path: string, writing = false): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT": return writing ? `no such directory '${dirname(path)}'` : "no such file";
    case "EISDIR": return "it is a directory";
    case "ENOTDIR": return "a part of the path is not a directory";
    case "EACCES": case "EPERM": return "permission denied";
    case "EROFS": return "the file system is read-only";
    case "ENOSPC": return "no space left on the device";
    case "ENAMETOOLONG": return "the name is too long";
    default: return e instanceof Error ? e.message : String(e);
  }
}
