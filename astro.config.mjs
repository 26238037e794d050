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
  // Build into another folder (determinism test, benchmark, sub-path test); default dist/.
  ...(process.env.EXPLAINER_OUT ? { outDir: process.env.EXPLAINER_OUT } : {}),
  // A separate cache (content layer store, Vite deps) per build; the benchmark and tests use it for cold builds.
  ...(process.env.EXPLAINER_CACHE ? { cacheDir: process.env.EXPLAINER_CACHE } : {}),
  trailingSlash: 'always',
  // External CSS only: no inline <style> for the Content-Security-Policy to hash.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Content-Security-Policy as a <meta> on every page: script-src/style-src list 'self' plus the
  // hash of every script and style Astro emits, so no 'unsafe-inline' or 'unsafe-eval' is needed.
  // 'wasm-unsafe-eval' lets the search page run Pagefind's WebAssembly; no JavaScript is evaluated.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
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
      // One stylesheet for the whole site (about 17 KB, cached after the first page) instead of a shared one
      // plus per-page chunks: every extra render-blocking request costs a round trip on a slow connection.
      cssCodeSplit: false,
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
