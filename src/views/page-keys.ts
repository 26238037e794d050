/**
 * Cache keys for incremental builds: for each article, actor and term page, a hash of exactly the
 * index data the page shows — its entry (with the rendered body), the site settings, and the parts
 * of other entries it lists (sources, figures, related and featured actors and terms, the pages
 * that mention it). Astro (`experimental.incrementalBuild`) reuses the previous build's HTML when
 * the key and the page's code are unchanged, so editing one entry re-renders only the pages that
 * show something of it. tests/build/incremental.test.ts checks the result against a clean build.
 */
import { createHash } from 'node:crypto';
import { entryOf, type RenderedIndex } from '../index/content-index.ts';
import { entryKey, type PageKind } from '../core/kinds.ts';

/** Bump when a page starts reading index data that the inputs below do not cover. */
const KEY_VERSION = 2;

/** Everything the page of one entry reads from the index. */
export function pageInputs(index: RenderedIndex, kind: PageKind, id: string): unknown {
  const entry = entryOf(index, kind, id);
  if (!entry) return null;
  // Other entries a page lists with their name and summary: an article its featured actors and
  // terms, an actor or a term its related entries. Links in a body need only the id and whether
  // the entry exists, and both are in the body's HTML, which is part of the entry.
  const related = kind === 'article' ? [] : ((entry.data as { related?: string[] }).related ?? []);
  const actorIds = kind === 'article' ? entry.actors : kind === 'actor' ? related : [];
  const termIds = kind === 'article' ? entry.terms : kind === 'term' ? related : [];
  return {
    version: KEY_VERSION,
    site: index.site,
    entry,
    mentions: kind === 'article' ? null : (index.mentions[entryKey(kind, id)] ?? []),
    sources: entry.sources.map((s) => index.sources[s] ?? null),
    figures: entry.figures.map((f) => index.figures[f] ?? null),
    actors: actorIds.map((a) => index.actors[a]?.data ?? null),
    terms: termIds.map((t) => index.terms[t]?.data ?? null),
  };
}

/** The page's cache key: a hash of its inputs. */
export function pageCacheKey(index: RenderedIndex, kind: PageKind, id: string): string {
  return createHash('sha256').update(JSON.stringify(pageInputs(index, kind, id))).digest('base64url');
}
