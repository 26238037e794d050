/**
 * The opt-in pre-commit hook (.githooks/pre-commit, installed by `npm run hooks`): it checks
 * content only when a commit changes content/, stops a commit with a content error and says how
 * to skip it, and `git commit --no-verify` skips it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_FIXTURE } from '../fixtures/bad/materialise.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'explainer-hook-'));
const env = { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir(), GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });

beforeAll(() => {
  cpSync(path.join(BASE_FIXTURE, 'content'), path.join(dir, 'content'), { recursive: true });
  cpSync(path.join(ROOT, '.githooks'), path.join(dir, '.githooks'), { recursive: true });
  for (const linked of ['scripts', 'src', 'node_modules', 'package.json']) symlinkSync(path.join(ROOT, linked), path.join(dir, linked));
  writeFileSync(path.join(dir, '.gitignore'), 'scripts\nsrc\nnode_modules\npackage.json\n');
  git('init', '-q', '-b', 'main');
  // What `npm run hooks` does.
  const install = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.hooks as string;
  expect(install).toMatch(/^git config core\.hooksPath \.githooks/);
  git('config', 'core.hooksPath', '.githooks');
  git('add', '-A');
  expect(git('commit', '-qm', 'base').status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the pre-commit hook', () => {
  it('does nothing when content/ is not staged', () => {
    writeFileSync(path.join(dir, 'NOTES.md'), 'notes\n');
    git('add', 'NOTES.md');
    const r = git('commit', '-m', 'notes');
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/errors?, \d+ warnings?/);
  });

  it('checks a commit that changes content/, and stops it on an error, saying how to skip', () => {
    const file = path.join(dir, 'content/glossary/coca.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sources: [treaty]', 'sources: [treatty]'));
    git('add', 'content');
    const r = git('commit', '-m', 'broken');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/glossary/coca.mdx:7:11: sources: unknown source "treatty" — did you mean "treaty"?');
    expect(r.stderr).toContain('skip the check once with: git commit --no-verify');
    expect(git('log', '--format=%s', '-1').stdout.trim()).toBe('notes');
  });

  it('git commit --no-verify skips it', () => {
    expect(git('commit', '-qm', 'anyway', '--no-verify').status).toBe(0);
  });

  it('lets a good content change through', () => {
    const file = path.join(dir, 'content/glossary/coca.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sources: [treatty]', 'sources: [treaty]'));
    git('add', 'content');
    const r = git('commit', '-m', 'fixed');
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/✓ 0 errors/);
  });
});
