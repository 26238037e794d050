/** The kinds of entry content has, where each lives, and the one key that names an entry across the pipeline. */

/** An entry with a page of its own: one MDX file in `content/articles/`, `actors/` or `glossary/`. */
export type PageKind = 'article' | 'actor' | 'term';

/** Anything a key can name: a page's entry, or a figure of `figures.yaml`. */
export type EntryKind = PageKind | 'figure';

export type EntryKey = `${EntryKind}:${string}`;

export const COLLECTION_DIRS: Record<PageKind, string> = { article: 'articles', actor: 'actors', term: 'glossary' };

/**
 * `actor:gustavo-petro`, `term:coca`, `figure:boats-struck`: the key of one entry in the index's
 * mentions, in the previews' data and in every link's `data-preview` attribute.
 */
export function entryKey(kind: EntryKind, id: string): EntryKey {
  return `${kind}:${id}`;
}
