/** Content problems as journalists read them: `file:line:col: what is wrong — what to do`. */
import type { DiagnosticCode, ErrorCode, WarningCode } from './diagnostic-codes.ts';

export type { DiagnosticCode, ErrorCode, WarningCode } from './diagnostic-codes.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path relative to the project root, e.g. `content/articles/x.mdx`. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to do about it. */
  fix?: string;
  severity: Severity;
  /** Stable, machine-readable kind of problem (src/core/diagnostic-codes.ts, listed in AUTHORING.md). */
  code: DiagnosticCode;
}

export interface Place {
  line: number;
  column: number;
}

export const START: Place = { line: 1, column: 1 };

export function error(code: ErrorCode, file: string, place: Place | undefined, message: string, fix?: string): Diagnostic {
  return { file, ...(place ?? START), message, severity: 'error', code, ...(fix ? { fix } : {}) };
}

export function warning(code: WarningCode, file: string, place: Place | undefined, message: string, fix?: string): Diagnostic {
  return { file, ...(place ?? START), message, severity: 'warning', code, ...(fix ? { fix } : {}) };
}

export function formatDiagnostic(d: Diagnostic): string {
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.column}: ${prefix}${d.message}${d.fix ? ` — ${d.fix}` : ''}`;
}

/** Sorted by file, then line, then column, so every run prints the same order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}
