// @ts-check
// The benchmark's baseline: the same content built "the obvious way" with Astro's defaults —
// the default (Sätteri) Markdown processor, no remark plugins, no shared content index, no
// caches of our own. Pages query collections directly (getCollection/getEntry) wherever they
// need data. See BENCHMARKS.md for what it does and does not do.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(process.env.EXPLAINER_OUT ? { outDir: process.env.EXPLAINER_OUT } : {}),
  ...(process.env.EXPLAINER_CACHE ? { cacheDir: process.env.EXPLAINER_CACHE } : {}),
  integrations: [mdx()],
});
