// @ts-check
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cards } from './src/integrations/cards.ts';
import { createIndexState, explainer } from './src/integrations/explainer.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { sitemapOptions } from './src/integrations/sitemap.ts';
import { cachePath, explainerEnv } from './src/core/env.ts';

// EXPLAINER_CONTENT, EXPLAINER_CACHE, EXPLAINER_OUT and EXPLAINER_BASE, read once (src/core/env.ts).
const env = explainerEnv(fileURLToPath(new URL('.', import.meta.url)));
/** @type {import('./src/integrations/explainer.ts').ExplainerOptions} */
const options = { env, use: process.argv.includes('dev') ? 'dev' : 'build' };
// Opens the site through the front door (src/site/open.ts): loaded, checked, indexed and every MDX body rendered to HTML.
const state = await createIndexState(options);
const getIndex = () => state.current;

export default defineConfig({
  site: state.current?.site.url ?? 'https://example.org',
  base: env.base,
  // Build into another folder (determinism test, benchmark, sub-path test); default dist/.
  ...(env.ownOut ? { outDir: env.outDir } : {}),
  // The cache folder (default node_modules/.astro): the incremental-build record, the site, parsed bodies and cards.
  // EXPLAINER_CACHE gives a build its own (the benchmark and tests use it for cold builds).
  cacheDir: env.cacheDir,
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
    sitemap(sitemapOptions(state.current, env.base)),
    cards({ root: env.root, getIndex, cacheDir: cachePath(env, 'cards') }),
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
