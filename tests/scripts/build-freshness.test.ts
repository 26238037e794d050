/** `npm test` builds before the browser tests when dist/ is missing or older than any input (scripts/testing/build-freshness.ts). */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleBuildReason } from '../../scripts/testing/build-freshness.ts';

const root = mkdtempSync(path.join(tmpdir(), 'freshness-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function touch(file: string, secondsAgo: number): void {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, file);
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(full, when, when);
}

const INPUTS = ['src', 'content', 'astro.config.mjs'];

describe('staleBuildReason', () => {
  it('asks for a build when there is none', () => {
    touch('src/pages/index.astro', 100);
    expect(staleBuildReason(root, INPUTS)).toBe('there is no dist/index.html');
  });

  it('finds the build fresh when it is newer than every input', () => {
    touch('content/glossary/coca.mdx', 90);
    touch('astro.config.mjs', 80);
    touch('dist/index.html', 50);
    expect(staleBuildReason(root, INPUTS)).toBeUndefined();
  });

  it('names the input that changed after the build, however deep', () => {
    touch('src/components/deep/EntryBody.astro', 10);
    expect(staleBuildReason(root, INPUTS)).toBe('src/components/deep/EntryBody.astro is newer than dist/');
    touch('dist/index.html', 5);
    touch('content/actors/gustavo-petro.mdx', 1);
    expect(staleBuildReason(root, INPUTS)).toBe('content/actors/gustavo-petro.mdx is newer than dist/');
  });
});
