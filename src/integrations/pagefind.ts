/**
 * Builds the Pagefind search index over the finished site (`astro:build:done`), writing it to
 * `<outDir>/pagefind/`. Pages opt in with `data-pagefind-body`; any indexing error, or a site
 * with no indexed page, fails the build so a site never ships with a broken search.
 */
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface PagefindSearchOptions {
  /** How many pages should be searchable (articles, actors and terms); a different count fails the build. */
  expectedPages?: () => number | undefined;
}

export function pagefindSearch(options: PagefindSearchOptions = {}): AstroIntegration {
  return {
    name: 'explainer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const outputPath = `${site.replace(/\/$/, '')}/pagefind`;
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
          logger.info(`Search index: ${indexed} of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
