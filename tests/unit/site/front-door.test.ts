/**
 * One way in (src/site/): the stages are composed in src/site/load.ts only, and every use opens
 * the site through src/site/open.ts with its own defaults and cache.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePath, explainerEnv } from '../../../src/core/env.ts';
import { loadSite } from '../../../src/site/load.ts';
import { openSiteForCheck, openSiteForPages } from '../../../src/site/open.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')]));

/** A copy of the small fixture site in a temporary project, with its own cache folder. */
function project() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'front-door-'));
  cpSync('tests/fixtures/basic/content', path.join(root, 'content'), { recursive: true });
  return { root, env: explainerEnv(root, { EXPLAINER_CACHE: path.join(root, 'cache') }) };
}

describe('the front door', () => {
  it('builds, then reads back, the rendered site for a build; any content change is a miss', async () => {
    const { root, env } = project();
    const first = await openSiteForPages(env, 'build');
    expect(first).toMatchObject({ fromCache: false });
    expect(first.index).toBeDefined();
    expect(Object.values(first.index!.articles)[0]!.body).toMatch(/<p>/);
    const again = await openSiteForPages(env, 'build');
    expect(again.fromCache).toBe(true);
    expect(again.index).toEqual(first.index);
    // Drafts (dev) are another site; one changed byte in content is another site.
    expect((await openSiteForPages(env, 'dev')).fromCache).toBe(false);
    const article = walk(path.join(root, 'content', 'articles')).find((f) => f.endsWith('.mdx'))!;
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nOne more line.\n`);
    expect((await openSiteForPages(env, 'build')).fromCache).toBe(false);
    expect(readdirSync(env.cacheDir).sort()).toEqual(['explainer-mdast.bin', 'explainer-site.bin']);
  });

  it('checks with drafts, caches the diagnostics, and reports every problem at once', async () => {
    const { root, env } = project();
    writeFileSync(path.join(root, 'content', 'site.yaml'), readFileSync(path.join(root, 'content', 'site.yaml'), 'utf8').replace(/^title:.*$/m, 'title: ""'));
    const article = walk(path.join(root, 'content', 'articles')).find((f) => f.endsWith('.mdx'))!;
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n<Term id="no-such-term">x</Term>\n`);
    const first = await openSiteForCheck(env);
    const errors = first.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file);
    expect(errors).toEqual(expect.arrayContaining([path.posix.join('content', 'site.yaml'), path.relative(root, article)]));
    expect(first.fromCache).toBe(false);
    expect(await openSiteForCheck(env)).toEqual({ diagnostics: first.diagnostics, fromCache: true });
    expect(readdirSync(env.cacheDir)).toEqual([path.basename(cachePath(env, 'check'))]);
    // A broken site is never built: no index for the pages.
    expect((await openSiteForPages(env, 'build')).index).toBeUndefined();
  });

  it('runs the stages in the data’s order: an editorial problem still gets every check, and no index', () => {
    const { root } = project();
    const article = walk(path.join(root, 'content', 'articles')).find((f) => f.endsWith('.mdx'))!;
    // An unattributed number is an editorial warning; an unknown figure is a reading error.
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n\nSome 4,000 people were there.\n\n<Figure id="no-such-figure" />\n`);
    const site = loadSite({ root });
    expect(site.index).toBeUndefined();
    const codes = site.diagnostics.map((d) => d.code);
    expect(codes).toContain('unknown-figure');
    expect(codes).toContain('unattributed-number');
  });

  it('is the only place the stages are composed', () => {
    // Loading, indexing, checking and rendering are called from src/site/ alone (and from each stage's own unit tests).
    const composing = /\b(loadContent|buildIndex|renderBodies|runEditorialChecks)\(/;
    const files = [...walk('src'), ...walk('scripts'), ...walk('tests/browser'), ...walk('tests/build'), 'astro.config.mjs', 'playwright.config.ts'].filter((f) => /\.(ts|mjs|astro)$/.test(f));
    const homes = new Set(['src/site/load.ts', 'src/read/load.ts', 'src/index/content-index.ts', 'src/markdown/render-body.ts', 'src/checks/registry.ts']);
    const callers = files.filter((f) => !homes.has(f) && !f.startsWith('scripts/baseline-site/') && composing.test(readFileSync(f, 'utf8')));
    expect(callers).toEqual([]);
  });
});
