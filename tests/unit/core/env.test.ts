/**
 * The environment is read in one place (src/core/env.ts): every EXPLAINER_* variable, with its
 * default, and every file kept in the cache folder. A second reader elsewhere would let two
 * commands disagree about where the content, the cache or the site is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FILES, cachePath, explainerEnv } from '../../../src/core/env.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')]));

const READS_ENV = /process\.env(?:\.|\[['"`])EXPLAINER_/;

describe('explainerEnv', () => {
  it('has a default for every variable, resolved against the root', () => {
    expect(explainerEnv('/site', {})).toEqual({
      root: '/site',
      contentDir: 'content',
      cacheDir: '/site/node_modules/.astro',
      ownCache: false,
      outDir: '/site/dist',
      ownOut: false,
      base: '/',
      auditStrict: false,
    });
  });

  it('reads each variable, and writes the base the one way Astro and the server expect', () => {
    const env = explainerEnv('/site', { EXPLAINER_CONTENT: 'tests/fixtures/x', EXPLAINER_CACHE: '.tmp/c', EXPLAINER_OUT: '/tmp/out', EXPLAINER_BASE: 'explainer', EXPLAINER_AUDIT_STRICT: '1' });
    expect(env).toMatchObject({ contentDir: 'tests/fixtures/x', cacheDir: '/site/.tmp/c', ownCache: true, outDir: '/tmp/out', ownOut: true, base: '/explainer/', auditStrict: true });
    expect(explainerEnv('/site', { EXPLAINER_BASE: '/explainer/' }).base).toBe('/explainer/');
  });

  it('keeps every cached file in the one cache folder', () => {
    const env = explainerEnv('/site', { EXPLAINER_CACHE: '/c' });
    for (const name of Object.keys(CACHE_FILES) as (keyof typeof CACHE_FILES)[]) expect(path.dirname(cachePath(env, name))).toBe('/c');
    expect(new Set(Object.values(CACHE_FILES)).size).toBe(Object.keys(CACHE_FILES).length);
  });

  it('is the only reader of EXPLAINER_* variables', () => {
    // The benchmark's baseline site (scripts/baseline-site) is the obvious implementation, kept as it is on purpose.
    const files = ['src', 'scripts', 'tests'].flatMap(walk).filter((f) => /\.(ts|mjs|astro)$/.test(f) && !f.startsWith('scripts/baseline-site/') && f !== 'tests/unit/core/env.test.ts');
    files.push('astro.config.mjs', 'playwright.config.ts');
    const readers = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (READS_ENV.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    expect(readers).toEqual([]);
    // The scan finds a reader when there is one.
    for (const planted of ["const out = process.env.EXPLAINER_OUT ?? 'dist';", "process.env['EXPLAINER_BASE']"]) expect(READS_ENV.test(planted)).toBe(true);
  });
});
