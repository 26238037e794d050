/**
 * Cache keys for incremental builds: for each article, actor and term page, a hash of exactly the
 * index data the page shows — its entry (with the rendered body), the site settings, and the parts
 * of other entries it lists (sources, figures, related and featured actors and terms, the pages
 * that mention it). Astro (`experimental.incrementalBuild`) reuses the previous build's HTML when
 * the key and the page's code are unchanged, so editing one entry re-renders only the pages that
 * show something of it. tests/build/incremental.test.ts checks the result against a clean build.
 */
import { createHash } from 'node:crypto';
import { type ContentIndex, type Entry, entryOf, type MentionRef, type RenderedIndex } from '../index/content-index.ts';
import { entryKey, type PageKind } from '../core/kinds.ts';

/** Bump when a page starts reading index data that the inputs below do not cover. */
const KEY_VERSION = 2;

/** What the page of one entry shows besides its own entry: the ids of everything it lists. */
export interface PageContents<Body extends object> {
  entry: Entry & Body;
  sources: readonly string[];
  figures: readonly string[];
  /** Entries it lists with their name and summary: an article its featured actors and terms, an actor or a term its related entries. */
  actors: readonly string[];
  terms: readonly string[];
  /** The pages that mention it (an actor's or a term's "Mentioned in"); none on an article. */
  mentions: MentionRef[] | null;
}

/**
 * What one entry's page shows, decided once: the page key below hashes it, and `npm run changes`
 * (src/author/page-changes.ts) reports a page as changed by exactly these. Links in a body need
 * only the id and whether the entry exists, and both are in the body's HTML, part of the entry.
 */
export function pageContents<Body extends object>(index: ContentIndex<Body>, kind: PageKind, id: string): PageContents<Body> | undefined {
  const entry = entryOf(index, kind, id);
  if (!entry) return undefined;
  // Related entries that are not published (a draft, in a build) are left out.
  const related = kind === 'article' ? [] : ((entry.data as { related?: string[] }).related ?? []).filter((r) => entryOf(index, kind, r));
  return {
    entry,
    sources: entry.sources,
    figures: entry.figures,
    actors: kind === 'article' ? entry.actors : kind === 'actor' ? related : [],
    terms: kind === 'article' ? entry.terms : kind === 'term' ? related : [],
    mentions: kind === 'article' ? null : (index.mentions[entryKey(kind, id)] ?? []),
  };
}

/** Everything the page of one entry reads from the index. */
export function pageInputs(index: RenderedIndex, kind: PageKind, id: string): unknown {
  const page = pageContents(index, kind, id);
  if (!page) return null;
  return {
    version: KEY_VERSION,
    site: index.site,
    entry: page.entry,
    mentions: page.mentions,
    sources: page.sources.map((s) => index.sources[s] ?? null),
    figures: page.figures.map((f) => index.figures[f] ?? null),
    actors: page.actors.map((a) => index.actors[a]?.data ?? null),
    terms: page.terms.map((t) => index.terms[t]?.data ?? null),
  };
}

/** The page's cache key: a hash of its inputs. */
export function pageCacheKey(index: RenderedIndex, kind: PageKind, id: string): string {
  return createHash('sha256').update(JSON.stringify(pageInputs(index, kind, id))).digest('base64url');
}
