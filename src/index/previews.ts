/**
 * Preview cards (hover, focus or tap on a term, actor or figure link) read this data, built once
 * at build time from the content index and served as one small static JSON file. Keys match the
 * links' `data-preview` attribute: `actor:<id>`, `term:<id>`, `figure:<id>`.
 */
import type { ContentIndex } from './content-index.ts';
import { figureView } from './figures.ts';
import { ACTOR_KIND_SINGULAR, CATEGORY_LABELS, hrefFor, languageName, roleText } from './page-context.ts';
import { ROUTES, sourceAnchor, withBase } from './urls.ts';

export interface PreviewTranslation {
  /** BCP 47 code, for the `lang` attribute. */
  lang: string;
  /** The language's name in the site's language, e.g. "Spanish". */
  language: string;
  text: string;
}

export interface PreviewClaim {
  display: string;
  by?: string;
  asOf: string;
  source: string;
  href: string;
}

export interface Preview {
  kind: 'actor' | 'term' | 'figure';
  /** The actor's name, the term, or the figure's label. */
  title: string;
  /** A short label above the title: "Person · Colombia", "Glossary · Law", "Figure". */
  eyebrow: string;
  /** Actors: the role with its date, "President of Colombia (as of 11 November 2025)". */
  role?: string;
  /** Actors and terms: the summary (for terms, the one-sentence definition). */
  summary?: string;
  translations?: PreviewTranslation[];
  /** Figures: every claim, newest first; they may disagree, and all of them are shown. */
  claims?: PreviewClaim[];
  /** Where "Read more" goes. */
  href: string;
}

export type PreviewData = Record<string, Preview>;

/** The preview of every actor, term and figure in the index, with links under `base`. */
export function buildPreviews(index: ContentIndex, base: string): PreviewData {
  const language = index.site.language;
  const data: PreviewData = {};
  for (const id of index.actorIds) {
    const { data: a } = index.actors[id]!;
    data[`actor:${id}`] = {
      kind: 'actor',
      title: a.name,
      eyebrow: [ACTOR_KIND_SINGULAR[a.kind] ?? a.kind, a.country].filter(Boolean).join(' · '),
      role: roleText(index, a.role, a.roleAsOf),
      summary: a.summary,
      href: hrefFor(base, 'actor', id),
    };
  }
  for (const id of index.termIds) {
    const { data: t } = index.terms[id]!;
    const translations = Object.entries(t.translations ?? {})
      .filter(([lang]) => lang !== language)
      .map(([lang, text]) => ({ lang, language: languageName(lang, language), text }));
    data[`term:${id}`] = {
      kind: 'term',
      title: t.term,
      eyebrow: `Glossary · ${CATEGORY_LABELS[t.category] ?? t.category}`,
      summary: t.summary,
      ...(translations.length ? { translations } : {}),
      href: hrefFor(base, 'term', id),
    };
  }
  for (const id of index.figureIds) {
    const figure = index.figures[id]!;
    const claims = figureView(figure, index.sources, language).claims.map((c) => ({
      display: c.display,
      ...(c.by ? { by: c.by } : {}),
      asOf: c.asOfText,
      source: c.sourceTitle,
      href: `${withBase(base, ROUTES.sources)}#${sourceAnchor(c.source)}`,
    }));
    data[`figure:${id}`] = {
      kind: 'figure',
      title: figure.label,
      eyebrow: 'Figure',
      claims,
      href: claims[0]?.href ?? withBase(base, ROUTES.sources),
    };
  }
  return data;
}
