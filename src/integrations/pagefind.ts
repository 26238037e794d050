/**
 * Builds the Pagefind search index over the finished site (`astro:build:done`), writing it to
 * `<outDir>/pagefind/`. Pages opt in with `data-pagefind-body`; any indexing error, or a site
 * with no indexed page, fails the build so a site never ships with a broken search.
 *
 * The index is a function of the site's HTML: when no HTML file changed since the last build
 * (same paths, same bytes, same Pagefind), the previous index is copied from Astro's cacheDir
 * instead of indexing every page again. Pagefind's API cannot update an index in place, so any
 * change re-indexes the whole site.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { replaceCacheDir, writeCacheFile } from '../core/atomic-write.ts';
import { cachePath } from '../core/env.ts';

export interface PagefindSearchOptions {
  /** How many pages should be searchable (articles, actors and terms); a different count fails the build. */
  expectedPages?: () => number | undefined;
}

/** A hash of every HTML file under `site` (path and bytes, in path order) and of the Pagefind version. */
export function siteHtmlHash(site: string, exclude = 'pagefind'): string {
  const hash = createHash('sha256');
  try {
    hash.update(`pagefind@${(createRequire(import.meta.url)('pagefind/package.json') as { version: string }).version}\n`);
  } catch {
    hash.update('pagefind@unknown\n');
  }
  const files = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(site, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f.split('/')[0] !== exclude)
    .sort();
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(path.join(site, file))).update('\n');
  return hash.digest('hex');
}

export function pagefindSearch(options: PagefindSearchOptions = {}): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'explainer:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = cachePath({ cacheDir: fileURLToPath(config.cacheDir) }, 'search');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const outputPath = `${site}/pagefind`;
        const started = performance.now();
        const key = siteHtmlHash(site);
        const cached = cacheDir && path.join(cacheDir, 'index');
        const keyFile = cacheDir && path.join(cacheDir, 'key');
        if (cached && keyFile && existsSync(cached) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
          rmSync(outputPath, { recursive: true, force: true });
          cpSync(cached, outputPath, { recursive: true });
          logger.info(`Search index: no page changed, the previous index reused in ${Math.round(performance.now() - started)} ms`);
          return;
        }
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // One fragment per indexed page. Without any data-pagefind-body Pagefind would index every
          // page whole (navigation included), so the count is checked, not just "more than zero".
          const indexed = readdirSync(`${outputPath}/fragment`).length;
          const expected = options.expectedPages?.();
          if (indexed === 0 || (expected !== undefined && indexed !== expected)) {
            throw new Error(`Pagefind indexed ${indexed} pages, expected ${expected ?? 'some'}: every article, actor and term page needs data-pagefind-body, and no other page`);
          }
          // The site has its own search page (src/client/search-page.ts): Pagefind's ready-made UIs go unused.
          for (const file of readdirSync(outputPath)) if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) rmSync(`${outputPath}/${file}`);
          if (cached && keyFile && cacheDir) {
            // Copy, then swap in, so an interrupted build never leaves a half index under a valid key.
            rmSync(keyFile, { force: true });
            if (replaceCacheDir(cached, (temp) => cpSync(outputPath, temp, { recursive: true }))) writeCacheFile(keyFile, key);
          }
          logger.info(`Search index: ${indexed} of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
