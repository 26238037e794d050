/**
 * The table of page kinds: every decision that depends on a kind of entry — where its files are,
 * its route, which field names it, what search calls it, where the index keeps it — is read from
 * the row of `PAGE_KINDS`, here and nowhere else. A new kind is a new row (and its schema in
 * src/read/schema.ts, its words in src/core/words.ts); typecheck then names every place that must
 * handle it.
 */

/** An entry with a page of its own: one MDX file in `content/articles/`, `actors/` or `glossary/`. */
export type PageKind = 'article' | 'actor' | 'term';

/** Anything a key can name: a page's entry, or a figure of `figures.yaml`. */
export type EntryKind = PageKind | 'figure';

export type EntryKey = `${EntryKind}:${string}`;

export interface PageKindRow {
  /** The content folder of its MDX files, under the content folder. */
  readonly folder: string;
  /** The first segment of its pages' routes: `/<route>/<id>/`. */
  readonly route: string;
  /** The frontmatter field that names an entry (its title, its name, its term). */
  readonly nameField: string;
  /** Pagefind's `type` for its pages (the search page filters on it). */
  readonly searchType: string;
  /** Where the index keeps its entries, and their ids in display order. */
  readonly entries: 'articles' | 'actors' | 'terms';
  readonly ids: 'articleIds' | 'actorIds' | 'termIds';
}

export const PAGE_KINDS = {
  article: { folder: 'articles', route: 'articles', nameField: 'title', searchType: 'Article', entries: 'articles', ids: 'articleIds' },
  actor: { folder: 'actors', route: 'actors', nameField: 'name', searchType: 'Actor', entries: 'actors', ids: 'actorIds' },
  term: { folder: 'glossary', route: 'glossary', nameField: 'term', searchType: 'Term', entries: 'terms', ids: 'termIds' },
} as const satisfies Record<PageKind, PageKindRow>;

/** The kinds in the order the site lists them (home page, search filters, indexes). */
export const PAGE_KIND_LIST: readonly PageKind[] = ['article', 'actor', 'term'];

type Rows = typeof PAGE_KINDS;
type IndexLike = { readonly [K in Rows[PageKind]['entries']]: Readonly<Record<string, unknown>> } & { readonly [K in Rows[PageKind]['ids']]: readonly string[] };

/** An index's entries of one kind, by id (`index.articles`, `index.actors` or `index.terms`). */
export function entriesOf<I extends IndexLike, K extends PageKind>(index: I, kind: K): I[Rows[K]['entries']] {
  return index[PAGE_KINDS[kind].entries];
}

/** An index's ids of one kind, in display order. */
export function idsOf<I extends IndexLike>(index: I, kind: PageKind): readonly string[] {
  return index[PAGE_KINDS[kind].ids];
}

/** The name of an entry of `kind` from its frontmatter: its title, name or term. */
export function nameOf(kind: PageKind, data: object): string {
  return String((data as Record<string, unknown>)[PAGE_KINDS[kind].nameField] ?? '');
}

/**
 * `actor:gustavo-petro`, `term:coca`, `figure:boats-struck`: the key of one entry in the index's
 * mentions, in the previews' data and in every link's `data-preview` attribute.
 */
export function entryKey(kind: EntryKind, id: string): EntryKey {
  return `${kind}:${id}`;
}
