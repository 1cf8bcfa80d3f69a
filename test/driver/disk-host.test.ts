// The disk host: a file it cannot read gives the reason its own read met,
// even if the file has changed by the time the message is made.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diskHost } from "../../src/driver/compile.js";

test("why a file was unreadable is what the read met, not a second look", () => {
  const dir = mkdtempSync(join(tmpdir(), "kiln-disk-host-"));
  try {
    const path = join(dir, "m.ts");
    mkdirSync(path); // a directory where the file should be: the read fails
    assert.equal(diskHost.read(path), undefined);
    rmSync(path, { recursive: true });
    writeFileSync(path, "export function f(): i32 { return 1; }\n"); // now it would read fine
    assert.equal(diskHost.whyUnreadable!(path), "it is a directory");
    // A path the host never failed on is looked at now.
    const missing = join(dir, "none.ts");
    assert.equal(diskHost.whyUnreadable!(missing), "no such file");
    assert.equal(diskHost.whyUnreadable!(path), "it is a directory", "the failure is remembered, not replaced by a look at another path");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
