// kiln's one writer of standard output. A reader that stops early
// (`kiln parse f.ts --dump | head`) closes the pipe; the next write then
// fails with EPIPE, which node reports as an unhandled 'error' with its
// stack trace. Here that ends the command quietly with the status it
// already has, as a Unix tool stops when its reader has gone; any other
// failure to write is one line and exit 1. The stream is made at the first
// write, never by a command that prints nothing (a build): making it costs
// about 2 ms of a small build's start.

let watched = false;

export function writeStdout(text: string): void {
  if (!watched) {
    watched = true;
    process.stdout.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      process.stderr.write(`kiln: cannot write to standard output: ${e.message}\n`);
      process.exit(1);
    });
  }
  process.stdout.write(text);
}
