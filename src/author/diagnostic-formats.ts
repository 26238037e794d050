/**
 * `npm run check -- --format text|github|json`: the same diagnostics for a person, for GitHub's
 * pull-request annotations, and for other programs. Pure functions of the list; the command prints
 * what they return.
 */
import { type Diagnostic, formatDiagnostic } from '../core/diagnostics.ts';

/** A diagnostic with its stable code (src/core/diagnostic-codes.ts). */
export type CodedDiagnostic = Diagnostic;

export const CHECK_FORMATS = ['text', 'github', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The version of `--format json` (AUTHORING.md documents it): fields are only ever added within a version. */
export const JSON_FORMAT_VERSION = 1;

/** One item of `--format json`. */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: Diagnostic['severity'];
  code: string;
  message: string;
  /** What to do about it, when the check knows. */
  suggestion?: string;
}

/** The format to use: the one asked for, else `github` inside GitHub Actions, else `text`. */
export function defaultFormat(env: Record<string, string | undefined>): CheckFormat {
  return env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
}

export function isCheckFormat(value: string): value is CheckFormat {
  return (CHECK_FORMATS as readonly string[]).includes(value);
}

/** Escapes a workflow command's message (GitHub's `escapeData`): `%`, CR and LF. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (GitHub's `escapeProperty`): also `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,title=…::message — fix`: an annotation on the line of the diff. */
export function githubCommand(d: CodedDiagnostic): string {
  const props = [
    `file=${escapeProperty(d.file)}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `title=${escapeProperty(`${d.severity === 'error' ? 'Content error' : 'Content warning'} (${d.code})`)}`,
  ].join(',');
  return `::${d.severity} ${props}::${escapeData(d.fix ? `${d.message} — ${d.fix}` : d.message)}`;
}

export function toJsonDiagnostic(d: CodedDiagnostic): JsonDiagnostic {
  return { file: d.file, line: d.line, column: d.column, severity: d.severity, code: d.code, message: d.message, ...(d.fix ? { suggestion: d.fix } : {}) };
}

export interface CheckSummary {
  contentDir: string;
  ms: number;
}

/** The closing line a person reads: `✓ 0 errors, 2 warnings in content/ (412 ms)`, or the ✗ line. */
export function summaryLine(list: readonly Diagnostic[], { contentDir, ms }: CheckSummary): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${contentDir}/ (${ms} ms)`;
  return errors ? `✗ ${counts}. Fix the errors above and run npm run check again.` : `✓ ${counts}`;
}

export interface FormattedReport {
  /** For standard output. */
  stdout: string;
  /** For standard error (the human lines, so that `--format json` output stays parseable). */
  stderr: string;
}

/** Everything `npm run check` prints in one format. */
export function formatReport(list: readonly CodedDiagnostic[], format: CheckFormat, summary: CheckSummary): FormattedReport {
  const lines = (items: string[]) => (items.length ? `${items.join('\n')}\n` : '');
  const human = summaryLine(list, summary);
  switch (format) {
    case 'json':
      return { stdout: `${JSON.stringify(list.map(toJsonDiagnostic), null, 2)}\n`, stderr: `${human}\n` };
    case 'github':
      // The annotations, then the same list and summary for whoever reads the log.
      return { stdout: lines([...list.map(githubCommand), ...list.map(formatDiagnostic), ...(list.length ? [''] : []), human]), stderr: '' };
    case 'text': {
      // As ever: problems on standard error, the ✓ line on standard output.
      const failed = list.some((d) => d.severity === 'error');
      return failed
        ? { stdout: '', stderr: lines([...list.map(formatDiagnostic), '', human]) }
        : { stdout: lines([human]), stderr: lines(list.map(formatDiagnostic)) };
    }
  }
}
