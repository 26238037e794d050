/**
 * Options for @astrojs/sitemap: every public page with its `lastmod` from the content's dates
 * (src/emit/sitemap-dates.ts); the search page and the 404 page are left out.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import type { ContentIndex } from '../index/content-index.ts';
import { lastModifiedByUrl } from '../emit/sitemap-dates.ts';
import { ROUTES } from '../core/routes.ts';

/** Pages that exist but are not content: not worth a crawler's visit. */
export const NOT_IN_SITEMAP = [ROUTES.search, '/404/', '/404.html'];

export function sitemapOptions(index: ContentIndex | undefined, base: string): SitemapOptions {
  const dates = index ? lastModifiedByUrl(index, base) : new Map<string, string>();
  return {
    filter: (page) => !NOT_IN_SITEMAP.some((path) => new URL(page).pathname.endsWith(path)),
    serialize: (item) => {
      const date = dates.get(item.url);
      return date ? { ...item, lastmod: `${date}T00:00:00.000Z` } : item;
    },
  };
}
