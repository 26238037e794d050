// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cards } from './src/integrations/cards.ts';
import { createIndexState, explainer } from './src/integrations/explainer.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { sitemapOptions } from './src/integrations/sitemap.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const dev = process.argv.includes('dev');
const base = process.env.EXPLAINER_BASE ?? '/';
// Astro's cacheDir (default node_modules/.astro): the incremental-build record, parsed MDX bodies and, with EXPLAINER_CACHE, the cards.
const cacheDir = path.resolve(root, process.env.EXPLAINER_CACHE ?? 'node_modules/.astro');
const options = { root, contentDir: process.env.EXPLAINER_CONTENT ?? 'content', includeDrafts: dev, base, cacheDir };
// Loads, checks and indexes content/ and renders every MDX body to HTML (src/markdown/render-body.ts).
const state = createIndexState(options);
const getIndex = () => state.current;

export default defineConfig({
  site: state.current?.site.url ?? 'https://example.org',
  base,
  // Build into another folder (determinism test, benchmark, sub-path test); default dist/.
  ...(process.env.EXPLAINER_OUT ? { outDir: process.env.EXPLAINER_OUT } : {}),
  // Resolved above; EXPLAINER_CACHE gives a build its own (the benchmark and tests use it for cold builds).
  cacheDir,
  trailingSlash: 'always',
  // Reuse the previous build's HTML for pages whose data (getStaticPaths cacheKey) and code are
  // unchanged; the record lives in cacheDir (node_modules/.astro by default).
  experimental: { incrementalBuild: true },
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
  // Bodies are rendered by src/markdown/render-body.ts, not by Astro's Markdown pipeline; no code highlighting (its inline styles would need 'unsafe-inline').
  markdown: { syntaxHighlight: false },
  integrations: [
    explainer(state, options),
    sitemap(sitemapOptions(state.current, base)),
    // With a separate build cache (EXPLAINER_CACHE), the cards are cached there too, so a cold build is cold.
    cards({ root, getIndex, ...(process.env.EXPLAINER_CACHE ? { cacheDir: path.join(cacheDir, 'explainer-cards') } : {}) }),
    pagefindSearch({ expectedPages: () => state.current && state.current.articleIds.length + state.current.actorIds.length + state.current.termIds.length }),
  ],
  vite: {
    build: {
      // One stylesheet for the whole site (about 17 KB, cached after the first page) instead of a shared one
      // plus per-page chunks: every extra render-blocking request costs a round trip on a slow connection.
      cssCodeSplit: false,
      // Scripts are always external files (a strict CSP without 'unsafe-inline' is the goal).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
