// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { cards } from './src/cards/integration.ts';
import { createIndexState, explainer } from './src/integration.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { sitemapOptions } from './src/integrations/sitemap.ts';
import remarkAutoLink from './src/markdown/remark-auto-link.ts';
import remarkCitations from './src/markdown/remark-citations.ts';
import remarkContentGuard from './src/markdown/remark-content-guard.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const dev = process.argv.includes('dev');
const options = { root, contentDir: process.env.EXPLAINER_CONTENT ?? 'content', includeDrafts: dev };
const state = createIndexState(options);
const plugin = { getIndex: () => state.current, contentRoot: state.contentRoot };

export default defineConfig({
  site: state.current?.site.url ?? 'https://example.org',
  base: process.env.EXPLAINER_BASE ?? '/',
  ...(process.env.EXPLAINER_OUT ? { outDir: process.env.EXPLAINER_OUT } : {}),
  trailingSlash: 'always',
  // External CSS only: the Content-Security-Policy in public/_headers allows no inline <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkContentGuard, [remarkAutoLink, plugin], [remarkCitations, plugin]],
    }),
  },
  integrations: [
    mdx(),
    explainer(state, options),
    sitemap(sitemapOptions(state.current, process.env.EXPLAINER_BASE ?? '/')),
    cards({ root, getIndex: plugin.getIndex }),
    pagefindSearch({ expectedPages: () => state.current && state.current.articleIds.length + state.current.actorIds.length + state.current.termIds.length }),
  ],
  vite: {
    build: {
      // Scripts are always external files (a strict CSP without 'unsafe-inline' is the goal).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
