// The diagnostics of a run: what went wrong, where (a span), and the code
// that names the kind of problem. Stages add to a Diagnostics list and never
// print; rendering belongs to render.ts. Errors are rare, so a diagnostic may
// be an object (nothing on a hot path makes one).
import type { Span } from "../base/ids.js";

export const enum Severity { Error = 1, Warning = 2 }

export interface Related { readonly span: Span; readonly message: string }

export interface Diagnostic {
  readonly severity: Severity;
  /** A number from codes.ts; printed as K followed by four digits. */
  readonly code: number;
  readonly span: Span;
  readonly message: string;
  /** Other places that explain this one ("the '{' opened here"). */
  readonly related: readonly Related[];
}

export class Diagnostics {
  readonly list: Diagnostic[] = [];
  private errors = 0;

  error(code: number, span: Span, message: string, related: readonly Related[] = []): void {
    this.list.push({ severity: Severity.Error, code, span, message, related });
    this.errors++;
  }

  get errorCount(): number { return this.errors; }
  get length(): number { return this.list.length; }
}

export function formatCode(code: number): string { return `K${String(code).padStart(4, "0")}`; }
