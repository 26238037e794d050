/**
 * Social card data (pure): what each page's 1200×630 card shows, derived from the one index.
 * The renderer in src/cards turns one of these into a PNG; the same data always gives the same bytes.
 */
import type { ContentIndex } from '../index/content-index.ts';
import { actorView, articleView, termView } from '../views/entry-view.ts';
import { figureView } from '../views/figures.ts';
import { dateText } from '../views/page-context.ts';
import type { LogoImage } from '../read/logo.ts';
import { cardPath, pagePath, ROUTES } from '../core/routes.ts';

/** Where the data came from, for `file:line: message` errors. */
export interface CardOrigin {
  file: string;
  line: number;
}

interface CardCommon {
  /** Root-relative page path, e.g. `/actors/gustavo-petro/`. */
  path: string;
  /** The site's title, shown in every card's footer. */
  siteName: string;
  /** The publisher (site.yaml), shown beside its logo in the footer. */
  publisher?: string;
  /** The publisher's logo, when site.yaml names one. */
  logo?: LogoImage;
  /** The site's accent colour (site.yaml `accent`); without one each kind has its own. */
  accent?: string;
  /** Writing direction of the site's language: right-to-left sites get a mirrored card. */
  dir?: 'ltr' | 'rtl';
  /** Text for `og:image:alt`. */
  alt: string;
  origin: CardOrigin;
}

export interface ArticleCard extends CardCommon {
  kind: 'article';
  title: string;
  dek: string;
  /** "as of 11 November 2025" (updated, else published). */
  asOf: string;
  /** The article's lead figure (the first it shows), with its source, as the page shows it. */
  figure?: CardFigure;
}

export interface CardFigure {
  label: string;
  /** The value as worded, e.g. "at least 75"; with disagreeing claims, each of them. */
  value: string;
  /** The source first, then who says it and as of when: "Source: … · according to …, as of 11 November 2025". */
  source: string;
}

export interface ActorCard extends CardCommon {
  kind: 'actor';
  name: string;
  role: string;
  /** "as of …" for the role. */
  roleAsOf: string;
  /** The kind and country as every view shows them (src/views/entry-view.ts): `Armed force · Colombia`. */
  actorKind: string;
  /** The one-line summary from the actor's frontmatter. */
  summary: string;
}

export interface TermCard extends CardCommon {
  kind: 'term';
  term: string;
  definition: string;
  /** The term in another language, e.g. `{ language: 'Spanish', text: 'ejecución extrajudicial' }`. */
  translation?: { language: string; text: string };
  category: string;
}

export interface IndexCard extends CardCommon {
  kind: 'index';
  /** Small label above the title, e.g. `Glossary`. */
  label: string;
  title: string;
  description: string;
  /** What the page holds, e.g. "26 terms" (the home page: its articles, actors and terms). */
  count?: string;
}

export type CardData = ArticleCard | ActorCard | TermCard | IndexCard;
export type CardKind = CardData['kind'];
export const CARD_KINDS: readonly CardKind[] = ['article', 'actor', 'term', 'index'];

const asOf = (index: ContentIndex, iso: string) => `as of ${dateText(index, iso)}`;
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ckb', 'dv']);

/** What every card of the site shares: site title, publisher and logo, accent, direction. */
function siteParts(index: ContentIndex) {
  const { title, publisher, accent, language } = index.site;
  return {
    siteName: title,
    ...(publisher && publisher !== title ? { publisher } : {}),
    ...(index.logo ? { logo: index.logo } : {}),
    ...(accent ? { accent: accent.toLowerCase() } : {}),
    dir: RTL_LANGUAGES.has(language.split('-')[0]!.toLowerCase()) ? ('rtl' as const) : ('ltr' as const),
  };
}

/** The first figure an article shows, worded as on its page: the newest claim, or every claim when they differ. */
function leadFigure(index: ContentIndex, ids: readonly string[]): CardFigure | undefined {
  const figure = ids.map((id) => index.figures[id]).find((f) => f !== undefined);
  if (!figure) return undefined;
  const view = figureView(figure, index.sources, index.site.language);
  const newest = view.claims[0]!;
  if (view.disagree) return { label: view.label, value: [...new Set(view.claims.map((c) => c.display))].join(' or '), source: `The sources differ: ${[...new Set(view.claims.map((c) => c.sourceTitle))].join('; ')}` };
  return { label: view.label, value: newest.display, source: `Source: ${newest.sourceTitle} · ${newest.by ? `according to ${newest.by}, ` : ''}as of ${newest.asOfText}` };
}

export function articleCard(index: ContentIndex, id: string): ArticleCard {
  const entry = index.articles[id];
  if (!entry) throw new Error(`no article "${id}" in the index`);
  const { published, updated } = entry.data;
  const { title, dek } = articleView(index, id);
  const figure = leadFigure(index, entry.figures);
  return {
    kind: 'article',
    path: pagePath('article', id),
    ...siteParts(index),
    title,
    dek,
    asOf: asOf(index, updated ?? published),
    ...(figure ? { figure } : {}),
    alt: `${title}: ${dek}`,
    origin: { file: entry.file, line: 1 },
  };
}

export function actorCard(index: ContentIndex, id: string): ActorCard {
  const entry = index.actors[id];
  if (!entry) throw new Error(`no actor "${id}" in the index`);
  const view = actorView(index, id);
  const name = view.title;
  const role = view.role.text;
  return {
    kind: 'actor',
    path: pagePath('actor', id),
    ...siteParts(index),
    name,
    role,
    roleAsOf: `as of ${view.role.asOfText}`,
    actorKind: view.eyebrow,
    summary: view.summary,
    alt: `${name}: ${role}`,
    origin: { file: entry.file, line: 1 },
  };
}

export function termCard(index: ContentIndex, id: string): TermCard {
  const entry = index.terms[id];
  if (!entry) throw new Error(`no term "${id}" in the index`);
  const view = termView(index, id);
  const { title: term, summary } = view;
  const [first] = view.translations;
  return {
    kind: 'term',
    path: pagePath('term', id),
    ...siteParts(index),
    term,
    definition: summary,
    ...(first ? { translation: { language: first.language, text: first.text } } : {}),
    category: view.categoryLabel,
    alt: `${term}: ${summary}`,
    origin: { file: entry.file, line: 1 },
  };
}

function indexCard(index: ContentIndex, path: string, label: string, title: string, description: string, count: string): IndexCard {
  return { kind: 'index', path, ...siteParts(index), label, title, description, count, alt: `${title}: ${description}`, origin: { file: index.siteFile, line: 1 } };
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The home card; the 404 page shares it. */
export function homeCard(index: ContentIndex): IndexCard {
  const count = [n(index.articleIds.length, 'article', 'articles'), n(index.actorIds.length, 'actor', 'actors'), n(index.termIds.length, 'term', 'terms')].join(' · ');
  return indexCard(index, ROUTES.home, 'Explainer', index.site.title, index.site.description, count);
}

/** Every page that has a card of its own, home first. */
export function allCards(index: ContentIndex): CardData[] {
  return [
    homeCard(index),
    indexCard(index, ROUTES.actors, 'Actors', 'Who is who', 'The people, governments, agencies and armed forces in this story.', n(index.actorIds.length, 'actor', 'actors')),
    indexCard(index, ROUTES.glossary, 'Glossary', 'The terms, explained', 'Defined in plain language, with their translations.', n(index.termIds.length, 'term', 'terms')),
    indexCard(index, ROUTES.timeline, 'Timeline', 'What happened when', 'Each event with its date and its source.', n(index.timeline.length, 'dated event', 'dated events')),
    indexCard(index, ROUTES.sources, 'Sources', 'Where every fact comes from', 'With the pages that cite each one.', n(index.sourceIds.length, 'source', 'sources')),
    ...index.articleIds.map((id) => articleCard(index, id)),
    ...index.actorIds.map((id) => actorCard(index, id)),
    ...index.termIds.map((id) => termCard(index, id)),
  ];
}

/** The card for a page path; pages without a card of their own (404) get the home card. */
export function cardForPath(index: ContentIndex, path: string): CardData {
  let byPath = memo.get(index);
  if (!byPath) memo.set(index, (byPath = new Map(allCards(index).map((c) => [c.path, c]))));
  return byPath.get(path) ?? homeCard(index);
}
const memo = new WeakMap<ContentIndex, Map<string, CardData>>();

/** The image path of a card: `/og/<path>.png`. */
export function cardImagePath(card: CardData): string {
  return cardPath(card.path);
}

const REQUIRED: Record<CardKind, string[]> = {
  article: ['title', 'dek', 'asOf'],
  actor: ['name', 'role', 'roleAsOf', 'actorKind', 'summary'],
  term: ['term', 'definition', 'category'],
  index: ['label', 'title', 'description'],
};

/**
 * Checks card data that may come from anywhere (a template author's code, a generated set):
 * returns every problem as `file:line: message`, or an empty list.
 */
export function cardDataErrors(value: unknown): string[] {
  const record = (value ?? {}) as Record<string, unknown>;
  const origin = record.origin as Partial<CardOrigin> | undefined;
  const where = `${typeof origin?.file === 'string' ? origin.file : '<unknown file>'}:${typeof origin?.line === 'number' ? origin.line : 1}`;
  const errors: string[] = [];
  const kind = record.kind;
  if (typeof kind !== 'string' || !CARD_KINDS.includes(kind as CardKind)) {
    errors.push(`${where}: unknown card kind ${JSON.stringify(kind)} — use one of ${CARD_KINDS.join(', ')}`);
    return errors;
  }
  for (const field of ['path', 'siteName', ...REQUIRED[kind as CardKind]]) {
    const v = record[field];
    if (typeof v !== 'string' || v.trim() === '') errors.push(`${where}: ${kind} card is missing its ${field} — give the entry a non-empty ${field}`);
  }
  return errors;
}
