/**
 * Social card data (pure): what each page's 1200×630 card shows, derived from the one index.
 * The renderer in src/cards turns one of these into a PNG; the same data always gives the same bytes.
 */
import type { ContentIndex } from '../index/content-index.ts';
import { actorView, articleView, termView } from '../index/entry-view.ts';
import { dateText } from '../index/page-context.ts';
import { cardPath, pagePath, ROUTES } from '../index/urls.ts';

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
}

export interface ActorCard extends CardCommon {
  kind: 'actor';
  name: string;
  role: string;
  /** "as of …" for the role. */
  roleAsOf: string;
  /** The kind and country as every view shows them (src/index/entry-view.ts): `Armed force · Colombia`. */
  actorKind: string;
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
}

export type CardData = ArticleCard | ActorCard | TermCard | IndexCard;
export type CardKind = CardData['kind'];
export const CARD_KINDS: readonly CardKind[] = ['article', 'actor', 'term', 'index'];

const asOf = (index: ContentIndex, iso: string) => `as of ${dateText(index, iso)}`;
const SITE_FILE = 'content/site.yaml';

export function articleCard(index: ContentIndex, id: string): ArticleCard {
  const entry = index.articles[id];
  if (!entry) throw new Error(`no article "${id}" in the index`);
  const { published, updated } = entry.data;
  const { title, dek } = articleView(index, id);
  return {
    kind: 'article',
    path: pagePath('article', id),
    siteName: index.site.title,
    title,
    dek,
    asOf: asOf(index, updated ?? published),
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
    siteName: index.site.title,
    name,
    role,
    roleAsOf: `as of ${view.role.asOfText}`,
    actorKind: view.eyebrow,
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
    siteName: index.site.title,
    term,
    definition: summary,
    ...(first ? { translation: { language: first.language, text: first.text } } : {}),
    category: view.categoryLabel,
    alt: `${term}: ${summary}`,
    origin: { file: entry.file, line: 1 },
  };
}

function indexCard(index: ContentIndex, path: string, label: string, title: string, description: string): IndexCard {
  return { kind: 'index', path, siteName: index.site.title, label, title, description, alt: `${title}: ${description}`, origin: { file: SITE_FILE, line: 1 } };
}

/** The home card; the 404 page shares it. */
export function homeCard(index: ContentIndex): IndexCard {
  return indexCard(index, ROUTES.home, 'Explainer', index.site.title, index.site.description);
}

/** Every page that has a card of its own, home first. */
export function allCards(index: ContentIndex): CardData[] {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    homeCard(index),
    indexCard(index, ROUTES.actors, 'Actors', 'Who is who', `${n(index.actorIds.length, 'person, government, agency or armed force', 'people, governments, agencies and armed forces')} in this story.`),
    indexCard(index, ROUTES.glossary, 'Glossary', 'The terms, explained', `${n(index.termIds.length, 'term', 'terms')} defined in plain language, with their translations.`),
    indexCard(index, ROUTES.timeline, 'Timeline', 'What happened when', `${n(index.timeline.length, 'dated event', 'dated events')}, each with its source.`),
    indexCard(index, ROUTES.sources, 'Sources', 'Where every fact comes from', `${n(index.sourceIds.length, 'source', 'sources')}, with the pages that cite each one.`),
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
  actor: ['name', 'role', 'roleAsOf', 'actorKind'],
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
