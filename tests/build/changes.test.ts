/**
 * `npm run changes` end to end (scripts/author/changes.ts): a temporary git repository with a base
 * commit on main and a branch that renames a term, retitles a source, edits an article, deletes an
 * entry and adds one; the report in all three formats; and every kind of bad input, each as one
 * line without a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_FIXTURE } from '../fixtures/bad/materialise.ts';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/author/changes.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'explainer-changes-test-'));
const repo = path.join(dir, 'repo');
const env = { ...process.env, GIT_CEILING_DIRECTORIES: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GITHUB_BASE_REF: '' };

function run(command: string, args: string[], cwd = repo) {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0 && command === 'git') throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r;
}
const changes = (args: string[] = [], cwd = repo) => run(process.execPath, [SCRIPT, ...args], cwd);
const edit = (file: string, from: string, to: string) => {
  const at = path.join(repo, 'content', file);
  const text = readFileSync(at, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(at, text.replace(from, to));
};
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:/);

beforeAll(() => {
  cpSync(path.join(BASE_FIXTURE, 'content'), path.join(repo, 'content'), { recursive: true });
  run('git', ['init', '-q', '-b', 'main']);
  run('git', ['add', '-A']);
  run('git', ['commit', '-qm', 'base']);
  // A base whose content has an error (an unknown source), on its own branch.
  run('git', ['checkout', '-qb', 'broken']);
  edit('glossary/cocaine.mdx', 'sources: [treaty]', 'sources: [treatty]');
  run('git', ['commit', '-qam', 'broken']);
  run('git', ['checkout', '-q', 'main']);
  run('git', ['checkout', '-qb', 'feature']);
  edit('glossary/coca.mdx', 'term: Coca', 'term: Coca leaf');
  edit('sources.yaml', 'title: A treaty', 'title: A treaty on narcotic drugs');
  edit('articles/the-story.mdx', 'It was late.', 'It was very late.');
  rmSync(path.join(repo, 'content/glossary/airspace.mdx'));
  writeFileSync(path.join(repo, 'content/glossary/coca-paste.mdx'), '---\nterm: Coca paste\ncategory: drugs\nsummary: An early product of coca leaves.\nsources: [treaty]\n---\nA paste made from coca.\n');
  run('git', ['add', '-A']);
  run('git', ['commit', '-qm', 'feature']);
  // One more edit, not committed: the working tree is what is compared.
  edit('actors/elan-group.mdx', '---\nA group.\n', '---\nA group of people.\n');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run changes', () => {
  let json: { version: number; base: string; problems: string[]; pages: Array<{ url: string; kind: string; change: string; reasons: string[]; card: string }>; edits: Array<{ file: string; what: string; pages: number }> };
  const page = (url: string) => json.pages.find((p) => p.url === url);

  it('json: every added, removed and changed page with why, against the merge base with main', () => {
    const r = changes(['--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.base).toMatch(/^main \(merge base [0-9a-f]{7}\)$/);
    expect(json.problems).toEqual([]);
    expect(page('/glossary/coca/')).toMatchObject({ kind: 'term', change: 'changed', card: 'changed' });
    expect(page('/glossary/coca/')!.reasons).toEqual([
      'renamed “Coca” → “Coca leaf”',
      'shows source “A treaty on narcotic drugs”: retitled “A treaty” → “A treaty on narcotic drugs”',
      'shows article “The story”: text edited',
    ]);
    expect(page('/glossary/airspace/')).toMatchObject({ change: 'removed', reasons: ['term deleted'], card: 'removed' });
    expect(page('/glossary/coca-paste/')).toMatchObject({ change: 'added', reasons: ['new term'], card: 'added' });
    expect(page('/articles/the-story/')!.reasons).toEqual(['text edited', 'links term “Coca leaf”: renamed “Coca” → “Coca leaf”']);
    expect(page('/glossary/cocaine/')!.reasons).toContain('shows source “A treaty on narcotic drugs”: retitled “A treaty” → “A treaty on narcotic drugs”');
    expect(page('/actors/elan-group/')).toMatchObject({ reasons: ['text edited'], card: 'unchanged' });
    expect(page('/timeline/')).toBeUndefined();
    const rename = json.edits.find((e) => e.file === 'content/glossary/coca.mdx')!;
    expect(rename.pages).toBeGreaterThanOrEqual(4);
  });

  it('text and markdown say the same', () => {
    const text = changes();
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('content/glossary/coca.mdx: term “Coca leaf” — renamed “Coca” → “Coca leaf” — changes');
    expect(text.stdout).toMatch(/\/glossary\/airspace\/ {2}term “Airspace” — term deleted; card removed/);
    const md = changes(['--format', 'markdown', '--cards-url', 'https://preview.example.org']);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('### What readers will see change');
    expect(md.stdout).toContain('| [Coca paste](/glossary/coca-paste/) `/glossary/coca-paste/` | term | new term | new card |');
    expect(md.stdout).toContain('<img src="https://preview.example.org/og/glossary/coca.png"');
  });

  it('never touches the working tree or the index', () => {
    expect(run('git', ['status', '--porcelain']).stdout).toBe(' M content/actors/elan-group.mdx\n');
    expect(run('git', ['stash', 'list']).stdout).toBe('');
  });

  it('a base whose content has errors: says so and compares what it can', () => {
    const r = changes(['--base', 'broken', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.problems).toEqual([expect.stringMatching(/^the base \(broken \([0-9a-f]{7}\)\) has 1 content error: entries with errors are left out/)]);
    expect(report.pages.find((p: { url: string }) => p.url === '/glossary/coca/').change).toBe('changed');
  });

  it('an unknown ref: one line naming it, exit 2', () => {
    const r = changes(['--base', 'no-such-branch']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('npm run changes: unknown git ref "no-such-branch": no branch, tag or commit has that name (try git branch -a, or a commit id)\n');
  });

  it('a bad option or format: one line, exit 2', () => {
    for (const args of [['--format', 'html'], ['--bogus'], ['extra']]) {
      const r = changes(args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      noStack(r.stderr);
    }
  });

  it('a shallow clone without the base commit: says which git fetch brings it, and that fetch works', () => {
    const shallow = path.join(dir, 'shallow');
    run('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo}`, shallow], dir);
    const base = run('git', ['rev-parse', 'main']).stdout.trim();
    const byDefault = changes([], shallow);
    expect(byDefault.status).toBe(2);
    expect(byDefault.stderr).toBe('npm run changes: the default branch is not in this shallow clone — bring it and the history with: git fetch --unshallow origin main:refs/remotes/origin/main (or name the base with --base <ref>)\n');
    const r = changes(['--base', base], shallow);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`npm run changes: the base "${base}" is not in this shallow clone — bring it with: git fetch --depth=1 origin ${base}\n`);
    run('git', ['fetch', '-q', '--depth=1', 'origin', base], shallow);
    const after = changes(['--base', base, '--format', 'json'], shallow);
    expect(after.status).toBe(0);
    expect(JSON.parse(after.stdout).pages.length).toBeGreaterThan(0);
    run('git', ['fetch', '-q', '--unshallow', 'origin', 'main:refs/remotes/origin/main'], shallow);
    const merged = changes(['--format', 'json'], shallow);
    expect(merged.stderr).toBe('');
    expect(JSON.parse(merged.stdout).base).toMatch(/^origin\/main \(merge base [0-9a-f]{7}\)$/);
  });

  it('not a git repository: says so', () => {
    const plain = path.join(dir, 'plain');
    cpSync(path.join(BASE_FIXTURE, 'content'), path.join(plain, 'content'), { recursive: true });
    const r = changes([], plain);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^npm run changes: .* is not in a git repository: .*\n$/);
  });
});
