/**
 * The front door: the site loaded for one use, with that use's defaults and cache. Every command
 * opens the site here — `npm run build` and `npm run dev` (src/integrations/explainer.ts),
 * `npm run check` (scripts/author/check.ts), `npm run changes` (scripts/author/changes.ts) and
 * the test tooling — so a cache, a default or an option means the same to all of them.
 *
 * The loader (src/site/load.ts, which imports every parser) is imported only when a cache misses:
 * `npm run check` on unchanged content costs the hashing of the files and nothing else.
 */
import type { Diagnostic } from '../core/diagnostics.ts';
import { cachePath, type ExplainerEnv } from '../core/env.ts';
import type { RenderedIndex } from '../index/content-index.ts';
import type { ParseCache } from '../read/load.ts';
import { cachedSite, siteKey } from './cache.ts';
import type { RenderedSite } from './load.ts';

export type SiteEnv = Pick<ExplainerEnv, 'root' | 'contentDir' | 'cacheDir' | 'base'>;

export interface OpenedSite {
  /** Undefined when there is any error: no page is built from broken content. */
  index: RenderedIndex | undefined;
  diagnostics: Diagnostic[];
  /** Whether the result was read back from the cache instead of loaded. */
  fromCache: boolean;
}

/**
 * The site for `astro build` (drafts left out) or `astro dev` (drafts shown): checked, indexed and
 * every body rendered under `env.base`. Unchanged content (and code) since the last run is read
 * back from the cache folder.
 */
export async function openSiteForPages(env: SiteEnv, use: 'build' | 'dev'): Promise<OpenedSite> {
  const includeDrafts = use === 'dev';
  const { value, hit } = await cachedSite<RenderedSite>(
    cachePath(env, 'site'),
    () => siteKey(env.root, env.contentDir, { contentDir: env.contentDir, includeDrafts, base: env.base, rendered: true }),
    async () => {
      const { loadRenderedSite } = await import('./load.ts');
      return loadRenderedSite({ root: env.root, contentDir: env.contentDir, includeDrafts, base: env.base, parseCacheFile: cachePath(env, 'buildBodies') });
    },
  );
  return { ...value, fromCache: hit };
}

export interface CheckOptions {
  /** Keep parsed bodies on disk between runs (`npm run check -- --cache`, the pre-commit hook). */
  keepBodies?: boolean;
  /** Or in memory across checks in one process (`--watch`): every check then runs afresh. */
  parseCache?: ParseCache;
}

/** The diagnostics of `npm run check`: drafts included, nothing rendered. */
export async function openSiteForCheck(env: SiteEnv, options: CheckOptions = {}): Promise<{ diagnostics: Diagnostic[]; fromCache: boolean }> {
  const load = async () => {
    const { loadSite } = await import('./load.ts');
    return loadSite({
      root: env.root,
      contentDir: env.contentDir,
      includeDrafts: true,
      ...(options.keepBodies ? { parseCacheFile: cachePath(env, 'checkBodies') } : {}),
      ...(options.parseCache ? { parseCache: options.parseCache } : {}),
    }).diagnostics;
  };
  if (options.parseCache) return { diagnostics: await load(), fromCache: false };
  const { value, hit } = await cachedSite(cachePath(env, 'check'), () => siteKey(env.root, env.contentDir, { contentDir: env.contentDir, includeDrafts: true, check: true }), load);
  return { diagnostics: value, fromCache: hit };
}
