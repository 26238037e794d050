/**
 * Routes as paths without the deploy base; `withBase` adds it. The routes are fixed (CONTRACT.md,
 * "Routes"): links from other sites depend on them.
 */
import { PAGE_KINDS, type PageKind } from './kinds.ts';

export function pagePath(kind: PageKind, id: string): string {
  return `/${PAGE_KINDS[kind].route}/${id}/`;
}

export const ROUTES = {
  home: '/',
  actors: '/actors/',
  glossary: '/glossary/',
  timeline: '/timeline/',
  sources: '/sources/',
  search: '/search/',
} as const;

/** The social card of the page at `path`: `/og/<path>.png`, and `/og/index.png` for the home page. */
export function cardPath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed || 'index'}.png`;
}

/** Joins Astro's `base` (e.g. `/` or `/explainer/`) and a root-relative path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path.startsWith('/') ? path : `/${path}`}`;
}

/** An absolute URL from the site's url, the base and a path. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  const origin = siteUrl.replace(/\/+$/, '');
  return `${origin}${withBase(base, path)}`;
}

/** Anchor id for a source in a page's source list. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** Anchors of an article's updates (in file order), for its update log and the feed: `update-2025-11-12`, `update-2025-11-12-2`. */
export function updateAnchors(updates: readonly { date: string }[]): string[] {
  const seen = new Map<string, number>();
  return updates.map(({ date }) => {
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    return n === 1 ? `update-${date}` : `update-${date}-${n}`;
  });
}
