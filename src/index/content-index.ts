/**
 * The one index (README, "How it works"): every entry, id, name, alias and reference, resolved
 * once and used by the body renderer, the pages, the cards and `npm run check`. Plain
 * JSON-serialisable data, so the build can hand the same object to every page. `buildIndex` also
 * returns the bodies it auto-linked, for the renderer (src/markdown/render-body.ts), which adds
 * each entry's HTML to a copy of the index: the type of that copy says the body is there.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { createMatcher, type LinkKind, type LinkName, linkMentions } from './linking.ts';
import type { LoadedContent, MdxDocument } from '../read/load.ts';
import { entriesOf, entryKey, type EntryKey, type PageKind } from '../core/kinds.ts';
import type { LogoImage } from '../read/logo.ts';
import { leadSentences, readingMinutes } from '../core/text.ts';
import type { ActorData, ArticleData, FigureData, PlaceData, SiteData, SourceData, TermData, TimelineEventData } from '../read/schema.ts';
import { isJsxElement, jsxAttribute } from '../read/mdx-nodes.ts';

export interface PageRef {
  kind: PageKind;
  id: string;
  title: string;
}

export interface MentionRef {
  page: PageRef;
  anchor: string;
  snippet: string;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An MDX body as HTML, with its headings (for the table of contents): what a build adds to each entry. */
export interface RenderedBody {
  body: string;
  headings: Heading[];
}

interface BaseEntry {
  id: string;
  file: string;
  /** Sources in the order the page shows them: frontmatter first, then those cited in the body. */
  sources: string[];
  /** Figures the body renders with <Figure>. */
  figures: string[];
  /** Actors and terms the body links to, explicitly or automatically, in order of first mention. */
  actors: string[];
  terms: string[];
}

export interface ArticleEntry extends BaseEntry {
  data: ArticleData;
  /** The first three sentences: "what happened", for the home page. */
  lead: string[];
  readingMinutes: number;
}
export interface ActorEntry extends BaseEntry {
  data: ActorData;
}
export interface TermEntry extends BaseEntry {
  data: TermData;
}

/**
 * The index. `Body` is what each entry carries besides its data: nothing for `npm run check`,
 * `RenderedBody` for a build (`RenderedIndex`).
 */
export interface ContentIndex<Body extends object = object> {
  site: SiteData;
  /** The file the site's settings came from (`<content folder>/site.yaml`). */
  siteFile: string;
  /** The publisher's logo (`publisherLogo` in site.yaml), as a data: URL with its size. */
  logo?: LogoImage;
  articles: Record<string, ArticleEntry & Body>;
  /** Newest first. */
  articleIds: string[];
  actors: Record<string, ActorEntry & Body>;
  /** Sorted by name in the site's language. */
  actorIds: string[];
  terms: Record<string, TermEntry & Body>;
  /** Sorted A–Z, accent-insensitively, in the site's language. */
  termIds: string[];
  sources: Record<string, SourceData>;
  /** In file order. */
  sourceIds: string[];
  figures: Record<string, FigureData>;
  figureIds: string[];
  /** In date order, oldest first. */
  timeline: TimelineEventData[];
  /** Places maps can show (`content/places.yaml`), by id; empty when the file is absent. */
  places: Record<string, PlaceData>;
  /** Every name, term and alias that links to an entry. */
  names: LinkName[];
  /** `actor:<id>` / `term:<id>` → the places that mention it. */
  mentions: Record<string, MentionRef[]>;
  /** Source id → the pages that cite it. */
  citedBy: Record<string, PageRef[]>;
}

/** The index a build hands to its pages: every entry with its body as HTML. */
export type RenderedIndex = ContentIndex<RenderedBody>;

export type Entry = ArticleEntry | ActorEntry | TermEntry;

/** What `buildIndex` produces: the index, and each entry's auto-linked body (`kind:id` → tree) for the renderer. */
export interface BuiltIndex {
  index: ContentIndex;
  /** New trees (src/index/linking.ts): the parsed trees they were linked from are left as they were. */
  bodies: Map<EntryKey, Root>;
}

export interface BuildOptions {
  /** Keep `draft: true` entries (for `npm run dev`). */
  includeDrafts?: boolean;
}

export function collatorFor(language: string): Intl.Collator {
  return new Intl.Collator(language, { sensitivity: 'base', numeric: true });
}

export function buildIndex(content: LoadedContent, site: SiteData, options: BuildOptions = {}): BuiltIndex {
  const keep = <T extends { data: { draft?: boolean | undefined } }>(docs: T[]) => (options.includeDrafts ? docs : docs.filter((d) => !d.data.draft));
  const articles = keep(content.articles);
  const actors = keep(content.actors);
  const terms = keep(content.terms);
  const collator = collatorFor(site.language);

  const names: LinkName[] = [
    ...actors.flatMap((a) => [a.data.name, ...(a.data.aliases ?? [])].map((text) => ({ kind: 'actor' as const, id: a.id, text }))),
    ...terms.flatMap((t) => [t.data.term, ...(t.data.aliases ?? [])].map((text) => ({ kind: 'term' as const, id: t.id, text }))),
  ];
  const matcher = createMatcher(names);
  const figures = Object.fromEntries(content.figures.map((f) => [f.data.id, f.data]));
  const mentions: Record<string, MentionRef[]> = {};
  const citedBy: Record<string, PageRef[]> = {};
  const bodies = new Map<EntryKey, Root>();

  const entryOf = <T>(doc: MdxDocument<T>, title: string, frontSources: string[], featured: { actors?: string[] | undefined; terms?: string[] | undefined }): BaseEntry & { data: T } => {
    const page: PageRef = { kind: doc.kind, id: doc.id, title };
    const self = doc.kind === 'article' ? undefined : { kind: doc.kind as LinkKind, id: doc.id };
    const { tree, mentions: found } = linkMentions(doc.tree, self ? { matcher, self } : { matcher });
    bodies.set(entryKey(doc.kind, doc.id), tree);
    for (const m of found) {
      (mentions[entryKey(m.kind, m.id)] ??= []).push({ page, anchor: m.anchor, snippet: m.snippet });
    }
    const sources = [...frontSources];
    const figureIds: string[] = [];
    visit(doc.tree, (node: Nodes) => {
      if (!isJsxElement(node)) return;
      const attr = (name: string) => jsxAttribute(node, name);
      const cited = node.name === 'Cite' ? attr('id') : node.name === 'Quote' ? attr('source') : undefined;
      if (typeof cited === 'string') sources.push(cited);
      const figure = node.name === 'Figure' ? attr('id') : undefined;
      if (typeof figure === 'string' && figures[figure]) {
        figureIds.push(figure);
        sources.push(...figures[figure]!.claims.map((c) => c.source));
      }
    });
    const unique = [...new Set(sources)];
    for (const s of unique) (citedBy[s] ??= []).push(page);
    const linked = (kind: LinkKind, extra: string[] | undefined) => [...new Set([...(extra ?? []), ...found.filter((m) => m.kind === kind).map((m) => m.id)])];
    return { id: doc.id, file: doc.file, data: doc.data, sources: unique, figures: [...new Set(figureIds)], actors: linked('actor', featured.actors), terms: linked('term', featured.terms) };
  };

  const articleEntries = articles.map((a) => ({
    ...entryOf(a, a.data.title, a.data.sources, a.data),
    lead: leadSentences(a.tree, 3),
    readingMinutes: readingMinutes(toString(a.tree)),
  }));
  const actorEntries = actors.map((a) => entryOf(a, a.data.name, a.data.sources, {}));
  const termEntries = terms.map((t) => entryOf(t, t.data.term, t.data.sources, {}));

  const byId = <T extends { id: string }>(list: T[]) => Object.fromEntries(list.map((e) => [e.id, e]));
  const index: ContentIndex = {
    site,
    siteFile: content.siteFile,
    ...(content.logo ? { logo: content.logo } : {}),
    articles: byId(articleEntries),
    articleIds: articleEntries
      .sort((a, b) => (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published) || a.id.localeCompare(b.id))
      .map((a) => a.id),
    actors: byId(actorEntries),
    actorIds: actorEntries.sort((a, b) => collator.compare(a.data.name, b.data.name)).map((a) => a.id),
    terms: byId(termEntries),
    termIds: termEntries.sort((a, b) => collator.compare(a.data.term, b.data.term)).map((t) => t.id),
    sources: Object.fromEntries(content.sources.map((s) => [s.data.id, s.data])),
    sourceIds: content.sources.map((s) => s.data.id),
    figures,
    figureIds: content.figures.map((f) => f.data.id),
    timeline: content.timeline.map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date)),
    places: Object.fromEntries(content.places.map((p) => [p.data.id, p.data])),
    names,
    mentions,
    citedBy,
  };
  return { index, bodies };
}

/** The entry of a page, by kind and id. */
export function entryOf<Body extends object>(index: ContentIndex<Body>, kind: PageKind, id: string): (Entry & Body) | undefined {
  return entriesOf(index, kind)[id];
}
