/**
 * Preview cards (hover, focus or tap on a term, actor or figure link) read this data, built once
 * at build time from the content index and served as one small static JSON file. Keys match the
 * links' `data-preview` attribute: `actor:<id>`, `term:<id>`, `figure:<id>`.
 */
import type { ContentIndex } from '../index/content-index.ts';
import { figureView } from './figures.ts';
import { actorView, termView, type Translation } from './entry-view.ts';
import { hrefFor } from './page-context.ts';
import { entryKey } from '../core/kinds.ts';
import { ROUTES, sourceAnchor, withBase } from '../core/routes.ts';

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
  translations?: Translation[];
  /** Figures: every claim, newest first; they may disagree, and all of them are shown. */
  claims?: PreviewClaim[];
  /** Where "Read more" goes. */
  href: string;
}

export type PreviewData = Record<string, Preview>;

/** The preview of every actor, term and figure in the index, with links under `base`; actors and terms as src/views/entry-view.ts presents them. */
export function buildPreviews(index: ContentIndex, base: string): PreviewData {
  const language = index.site.language;
  const data: PreviewData = {};
  for (const id of index.actorIds) {
    const view = actorView(index, id);
    data[entryKey('actor', id)] = {
      kind: 'actor',
      title: view.title,
      eyebrow: view.eyebrow,
      role: view.role.full,
      summary: view.summary,
      href: hrefFor(base, 'actor', id),
    };
  }
  for (const id of index.termIds) {
    const view = termView(index, id);
    data[entryKey('term', id)] = {
      kind: 'term',
      title: view.title,
      eyebrow: view.eyebrow,
      summary: view.summary,
      ...(view.translations.length ? { translations: view.translations } : {}),
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
    data[entryKey('figure', id)] = {
      kind: 'figure',
      title: figure.label,
      eyebrow: 'Figure',
      claims,
      href: claims[0]?.href ?? withBase(base, ROUTES.sources),
    };
  }
  return data;
}
