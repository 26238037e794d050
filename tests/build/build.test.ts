/**
 * Real `astro build` runs (each takes a few seconds, so there are few of them):
 * - ONE bad case (a guarded construct, `<img onerror>`) must fail with file:line and put nothing in
 *   the output folder; the other ~45 bad cases are covered through the build's gate (`loadSite`)
 *   in tests/unit/read/bad-input.test.ts.
 * - ONE good case (BOM, CRLF, a 400-character dek, an emoji/Arabic/CJK title) must build and show
 *   the text intact.
 * - Determinism: two clean builds of content/ (separate caches and output folders) are
 *   byte-identical. The second runs offline (`unshare -n` when the kernel allows it, else a
 *   preload that makes every network call throw), which also proves the build needs no network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffDist, hashDist } from '../../scripts/testing/dist-hash.ts';
import { GOOD_BUILD_CASE, LONG_DEK, UNICODE_TITLE } from '../fixtures/bad/cases.ts';
import { materialise } from '../fixtures/bad/materialise.ts';

const NODE = path.resolve('node_modules/.bin/node');
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const temp = mkdtempSync(path.join(tmpdir(), 'explainer-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function canUnshare(): boolean {
  return spawnSync('unshare', ['-n', 'true']).status === 0 || spawnSync('unshare', ['-rn', 'true']).status === 0;
}

function build(name: string, env: Record<string, string>, offline = false): { code: number | null; output: string; out: string } {
  const out = path.join(temp, name, 'dist');
  const full = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EXPLAINER_OUT: out, EXPLAINER_CACHE: path.join(temp, name, 'cache'), ...env };
  let command = NODE;
  let args = [ASTRO, 'build'];
  if (offline) {
    if (canUnshare()) {
      args = [spawnSync('unshare', ['-n', 'true']).status === 0 ? '-n' : '-rn', NODE, ...args];
      command = 'unshare';
    } else {
      args = ['--import', path.resolve('tests/build/no-network.ts'), ...args];
    }
  }
  const result = spawnSync(command, args, { env: full, encoding: 'utf8', timeout: 240_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}`, out };
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

describe('astro build', () => {
  it('refuses content that tries to run code, naming the file and line, and writes no page', () => {
    const root = materialise(
      { name: 'build-bad', edits: [{ file: 'articles/the-story.mdx', replace: 'We will act now</Quote>', with: 'We will act now</Quote>\n\n<img src="x" onerror="alert(1)" />' }], expected: { exit: 0 } },
      temp,
    );
    const { code, output, out } = build('bad', { EXPLAINER_CONTENT: path.join(root, 'content') });
    expect(code).not.toBe(0);
    expect(output).toMatch(/articles\/the-story\.mdx:16:1: raw HTML <img> is not allowed/);
    expect(htmlFiles(out)).toEqual([]);
  });

  it('builds BOM/CRLF files, a 400-character dek and an emoji/Arabic/CJK title', () => {
    const root = materialise(GOOD_BUILD_CASE, temp);
    const { code, output, out } = build('good', { EXPLAINER_CONTENT: path.join(root, 'content') });
    expect(code, output).toBe(0);
    const html = readFileSync(path.join(out, 'articles/the-story/index.html'), 'utf8');
    expect(html).toContain(UNICODE_TITLE);
    expect(html).toContain(LONG_DEK.trim());
    expect(html).not.toContain('\uFEFF');
  });

  it('is deterministic (two clean builds are byte-identical) and needs no network', () => {
    const first = build('det-a', {});
    expect(first.code, first.output).toBe(0);
    const second = build('det-b', {}, true);
    expect(second.code, second.output).toBe(0);
    const a = hashDist(first.out);
    const b = hashDist(second.out);
    expect(a.files.size).toBeGreaterThan(40);
    expect(diffDist(a, b)).toEqual([]);
    expect(a.total).toBe(b.total);
    // Two builds, each allowed 240 s above: Vitest's default 60 s failed it on a busy machine.
  }, 500_000);
});
