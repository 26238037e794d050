/**
 * Builds the Pagefind search index over the finished site (`astro:build:done`), writing it to
 * `<outDir>/pagefind/`. Pages opt in with `data-pagefind-body`; any indexing error, or a site
 * with no indexed page, fails the build so a site never ships with a broken search.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function pagefindSearch(): AstroIntegration {
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
          if (added.page_count === 0) throw new Error('Pagefind indexed no pages: no page has data-pagefind-body');
          const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
