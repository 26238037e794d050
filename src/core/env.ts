/**
 * The environment, read in one place: every `EXPLAINER_*` variable a command understands, with its
 * default, and every file the pipeline keeps between runs. Scripts, the Astro config, the
 * Playwright config and the tests take their folders from here, so a variable means the same
 * thing to every command (README, "Environment variables").
 */
import path from 'node:path';

export interface ExplainerEnv {
  /** The project root (absolute): every other path is resolved against it. */
  root: string;
  /** `EXPLAINER_CONTENT`: the content folder, relative to the root (default `content`). */
  contentDir: string;
  /** `EXPLAINER_CACHE`: where builds and checks keep what they may reuse (absolute; default `node_modules/.astro`, Astro's cacheDir). */
  cacheDir: string;
  /** Whether `EXPLAINER_CACHE` was set: a build with its own cache is a cold build (tests, the benchmark). */
  ownCache: boolean;
  /** `EXPLAINER_OUT`: where the site is built (absolute; default `dist`). */
  outDir: string;
  /** Whether `EXPLAINER_OUT` was set (Astro's `outDir` is then given explicitly). */
  ownOut: boolean;
  /** `EXPLAINER_BASE`: the path the site is served under, always ending in `/` (default `/`). */
  base: string;
  /** `EXPLAINER_AUDIT_STRICT=1`: the dependency audit fails instead of warning when the registry cannot be reached. */
  auditStrict: boolean;
}

/** Reads the environment once. `env` is `process.env` by default; tests pass their own. */
export function explainerEnv(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): ExplainerEnv {
  const resolved = path.resolve(root);
  const asked = env.EXPLAINER_BASE || '/';
  const base = asked.startsWith('/') ? asked : `/${asked}`;
  return {
    root: resolved,
    contentDir: env.EXPLAINER_CONTENT || 'content',
    cacheDir: path.resolve(resolved, env.EXPLAINER_CACHE || 'node_modules/.astro'),
    ownCache: Boolean(env.EXPLAINER_CACHE),
    outDir: path.resolve(resolved, env.EXPLAINER_OUT || 'dist'),
    ownOut: Boolean(env.EXPLAINER_OUT),
    base: base.endsWith('/') ? base : `${base}/`,
    auditStrict: env.EXPLAINER_AUDIT_STRICT === '1',
  };
}

/** Every file and folder kept in the cache folder, by what it holds. */
export const CACHE_FILES = {
  /** A build's (or dev server's) checked, indexed and rendered site (src/site/cache.ts). */
  site: 'explainer-site.bin',
  /** `npm run check`'s last result. */
  check: 'explainer-check.bin',
  /** Parsed MDX bodies of the last build (src/read/internal/parse-cache.ts); `npm run changes` starts from them. */
  buildBodies: 'explainer-mdast.bin',
  /** Parsed MDX bodies of `npm run check -- --cache` (the pre-commit hook). */
  checkBodies: 'explainer-check-mdast.bin',
  /** Rendered social cards, one PNG per card (src/cards/cache.ts). */
  cards: 'explainer-cards',
  /** The last build's search index and its key (src/integrations/pagefind.ts). */
  search: 'explainer-pagefind',
} as const;

export type CacheFile = keyof typeof CACHE_FILES;

/** The absolute path of one cached file. */
export function cachePath(env: Pick<ExplainerEnv, 'cacheDir'>, file: CacheFile): string {
  return path.join(env.cacheDir, CACHE_FILES[file]);
}
