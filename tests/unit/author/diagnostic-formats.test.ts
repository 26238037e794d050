/** The formats of `npm run check` (src/author/diagnostic-formats.ts), GitHub's escaping included. */
import { describe, expect, it } from 'vitest';
import { type CodedDiagnostic, defaultFormat, escapeData, escapeProperty, formatReport, githubCommand, toJsonDiagnostic } from '../../../src/author/diagnostic-formats.ts';

const unknownSource: CodedDiagnostic = {
  file: 'content/actors/gustavo-petro.mdx',
  line: 9,
  column: 58,
  severity: 'error',
  code: 'unknown-source',
  message: 'sources: unknown source "sed"',
  fix: 'did you mean "seed"?',
};
const lateEvent: CodedDiagnostic = { file: 'content/timeline.yaml', line: 3, column: 9, severity: 'warning', code: 'timeline-ahead-of-article', message: 'the event is later than an article' };

describe('GitHub workflow commands', () => {
  it('escapes data as GitHub does: %, CR and LF', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    // `%` first, so an escape in the input is not decoded by GitHub.
    expect(escapeData('%0A')).toBe('%250A');
  });
  it('escapes properties as GitHub does: also : and ,', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
  it('puts an error on its file, line and column, with the fix in the message', () => {
    expect(githubCommand(unknownSource)).toBe(
      '::error file=content/actors/gustavo-petro.mdx,line=9,col=58,title=Content error (unknown-source)::sources: unknown source "sed" — did you mean "seed"?',
    );
  });
  it('a warning is a ::warning', () => {
    expect(githubCommand(lateEvent)).toBe('::warning file=content/timeline.yaml,line=3,col=9,title=Content warning (timeline-ahead-of-article)::the event is later than an article');
  });
  it('escapes the file name and a message that spans lines', () => {
    const { fix: _fix, ...rest } = unknownSource;
    const odd: CodedDiagnostic = { ...rest, file: 'content/articles/a,b:c.mdx', message: 'first line\nsecond: 50%' };
    expect(githubCommand(odd)).toBe('::error file=content/articles/a%2Cb%3Ac.mdx,line=9,col=58,title=Content error (unknown-source)::first line%0Asecond: 50%25');
  });
});

describe('formatReport', () => {
  const summary = { contentDir: 'content', ms: 12 };
  it('github: the annotations, then the human list and summary', () => {
    const { stdout } = formatReport([unknownSource, lateEvent], 'github', summary);
    expect(stdout.split('\n')).toEqual([
      githubCommand(unknownSource),
      githubCommand(lateEvent),
      'content/actors/gustavo-petro.mdx:9:58: sources: unknown source "sed" — did you mean "seed"?',
      'content/timeline.yaml:3:9: warning: the event is later than an article',
      '',
      '✗ 1 error, 1 warning in content/ (12 ms). Fix the errors above and run npm run check again.',
      '',
    ]);
  });
  it('json: an array of {file, line, column, severity, code, message, suggestion?} on stdout, the summary on stderr', () => {
    const { stdout, stderr } = formatReport([unknownSource, lateEvent], 'json', summary);
    expect(JSON.parse(stdout)).toEqual([
      { file: 'content/actors/gustavo-petro.mdx', line: 9, column: 58, severity: 'error', code: 'unknown-source', message: 'sources: unknown source "sed"', suggestion: 'did you mean "seed"?' },
      { file: 'content/timeline.yaml', line: 3, column: 9, severity: 'warning', code: 'timeline-ahead-of-article', message: 'the event is later than an article' },
    ]);
    expect(Object.keys(toJsonDiagnostic(lateEvent))).not.toContain('suggestion');
    expect(stderr).toMatch(/^✗ 1 error, 1 warning/);
    expect(formatReport([], 'json', summary).stdout).toBe('[]\n');
  });
  it('text: the familiar lines; ✓ on stdout when there is no error', () => {
    expect(formatReport([lateEvent], 'text', summary)).toEqual({ stdout: '✓ 0 errors, 1 warning in content/ (12 ms)\n', stderr: 'content/timeline.yaml:3:9: warning: the event is later than an article\n' });
    expect(formatReport([unknownSource], 'text', summary).stderr).toContain('✗ 1 error, 0 warnings');
  });
  it('defaults to github inside GitHub Actions only', () => {
    expect(defaultFormat({ GITHUB_ACTIONS: 'true' })).toBe('github');
    expect(defaultFormat({})).toBe('text');
  });
});
