/**
 * How an entry is presented, decided once: its kind label, its dated role, the translations worth
 * showing and its summary. The page, the preview (previews.ts), the social card
 * (src/cards/card-data.ts), the feed and the structured data (src/emit/) all read an entry through
 * these views, so an actor's kind or a term's translations can never read one way on its page and
 * another on its card. The label maps are typed over the schema's enums: a new actor kind or term
 * category does not compile until it has its labels here.
 */
import type { ContentIndex } from '../index/content-index.ts';
import { dateText } from './page-context.ts';
import type { ActorKind, TermCategory } from '../read/schema.ts';

/** Singular labels, e.g. the eyebrow of an actor's page, preview and card. */
export const ACTOR_KIND_LABEL: Record<ActorKind, string> = {
  person: 'Person',
  government: 'Government',
  agency: 'Agency',
  military: 'Armed force',
  organization: 'Organization',
  group: 'Group',
  country: 'Country',
};

/** Plural labels, for the groups of the actors page. */
export const ACTOR_KIND_PLURAL: Record<ActorKind, string> = {
  person: 'People',
  government: 'Governments',
  agency: 'Agencies',
  military: 'Armed forces',
  organization: 'Organizations',
  group: 'Groups',
  country: 'Countries',
};

export const CATEGORY_LABEL: Record<TermCategory, string> = {
  law: 'Law',
  military: 'Military',
  drugs: 'Drugs',
  politics: 'Politics',
  geography: 'Geography',
  diplomacy: 'Diplomacy',
  other: 'Other',
};

export interface Translation {
  /** BCP 47 code, for the `lang` attribute. */
  lang: string;
  /** The language's name in the site's language, e.g. "Spanish". */
  language: string;
  text: string;
}

export interface DatedRole {
  /** "President of Colombia". */
  text: string;
  /** ISO date the role holds as of. */
  asOf: string;
  /** "11 November 2025". */
  asOfText: string;
  /** "President of Colombia (as of 11 November 2025)". */
  full: string;
}

export interface ActorView {
  kind: 'actor';
  id: string;
  title: string;
  /** "Armed force". */
  kindLabel: string;
  /** "Armed force · Colombia": the kind, with the country when known. */
  eyebrow: string;
  role: DatedRole;
  summary: string;
  aliases: string[];
}

export interface TermView {
  kind: 'term';
  id: string;
  title: string;
  /** "Military". */
  categoryLabel: string;
  /** "Glossary · Military". */
  eyebrow: string;
  /** The translations a reader of the site learns something from, in file order. */
  translations: Translation[];
  /** The one-sentence definition. */
  summary: string;
  aliases: string[];
}

export interface ArticleView {
  kind: 'article';
  id: string;
  title: string;
  dek: string;
  /** For meta descriptions, cards and the feed. */
  summary: string;
}

/** Language names for translations, in the site's language: `es` → "Spanish". */
export function languageName(code: string, siteLanguage: string): string {
  try {
    return new Intl.DisplayNames([siteLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const primary = (lang: string) => lang.split('-')[0]!.toLowerCase();

/**
 * The translations worth showing: all but those into the site's own language (by primary
 * subtag: on an `en` site neither `en` nor `en-GB` tells a reader anything).
 */
export function translationsToShow(translations: Record<string, string> | undefined, siteLanguage: string): Translation[] {
  return Object.entries(translations ?? {})
    .filter(([lang]) => primary(lang) !== primary(siteLanguage))
    .map(([lang, text]) => ({ lang, language: languageName(lang, siteLanguage), text }));
}

export function datedRole(index: ContentIndex, role: string, asOf: string): DatedRole {
  const asOfText = dateText(index, asOf);
  return { text: role, asOf, asOfText, full: `${role} (as of ${asOfText})` };
}

export function actorView(index: ContentIndex, id: string): ActorView {
  const entry = index.actors[id];
  if (!entry) throw new Error(`no actor "${id}" in the index`);
  const { data } = entry;
  const kindLabel = ACTOR_KIND_LABEL[data.kind];
  return {
    kind: 'actor',
    id,
    title: data.name,
    kindLabel,
    eyebrow: data.country ? `${kindLabel} · ${data.country}` : kindLabel,
    role: datedRole(index, data.role, data.roleAsOf),
    summary: data.summary,
    aliases: data.aliases ?? [],
  };
}

export function termView(index: ContentIndex, id: string): TermView {
  const entry = index.terms[id];
  if (!entry) throw new Error(`no term "${id}" in the index`);
  const { data } = entry;
  const categoryLabel = CATEGORY_LABEL[data.category];
  return {
    kind: 'term',
    id,
    title: data.term,
    categoryLabel,
    eyebrow: `Glossary · ${categoryLabel}`,
    translations: translationsToShow(data.translations, index.site.language),
    summary: data.summary,
    aliases: data.aliases ?? [],
  };
}

export function articleView(index: ContentIndex, id: string): ArticleView {
  const entry = index.articles[id];
  if (!entry) throw new Error(`no article "${id}" in the index`);
  const { title, dek, summary } = entry.data;
  return { kind: 'article', id, title, dek, summary };
}
