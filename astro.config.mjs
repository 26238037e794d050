// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { createIndexState, explainer } from './src/integration.ts';
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
  // Build into another folder (determinism test, benchmark); default dist/.
  ...(process.env.EXPLAINER_OUT ? { outDir: process.env.EXPLAINER_OUT } : {}),
  // A separate cache (content layer store, Vite deps) per build; the benchmark and tests use it for cold builds.
  ...(process.env.EXPLAINER_CACHE ? { cacheDir: process.env.EXPLAINER_CACHE } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Content-Security-Policy as a <meta> on every page: script-src/style-src list 'self' plus the
  // hash of every script and style Astro emits, so no 'unsafe-inline' or 'unsafe-eval' is needed.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkContentGuard, [remarkAutoLink, plugin], [remarkCitations, plugin]],
    }),
  },
  integrations: [mdx(), explainer(state, options)],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
