/** How a figure reads: every claim with who says it and when; disagreement is never hidden. */
import { formatDate } from '../core/dates.ts';
import type { FigureData, SourceData } from '../read/schema.ts';

/** The wording of one claim's value: its `display`, or the number in the site's language with the unit. */
function valueText(figure: FigureData, claim: FigureData['claims'][number], language: string): string {
  return claim.display ?? `${new Intl.NumberFormat(language).format(claim.value)}${figure.unit ? ` ${figure.unit}` : ''}`;
}

/** True when the claims give different values or are dated differently: then every claim is shown. */
export function claimsDisagree(figure: FigureData): boolean {
  return new Set(figure.claims.map((c) => c.value)).size > 1 || new Set(figure.claims.map((c) => c.asOf)).size > 1;
}

export interface FigureClaimView {
  value: number;
  display: string;
  by: string | undefined;
  asOf: string;
  asOfText: string;
  source: string;
  sourceTitle: string;
  sourceUrl: string | undefined;
  note: string | undefined;
}

/** A figure as plain data, for the inline figure, the article's figures section and previews. */
export interface FigureView {
  id: string;
  label: string;
  unit: string | undefined;
  /** The claims differ in value or date: they are all shown, never one picked. */
  disagree: boolean;
  /** Newest first; ties keep the file's order. */
  claims: FigureClaimView[];
  /** The figure as one plain sentence fragment, e.g. "at least 75, according to …, as of 11 November 2025". */
  text: string;
}

/** One claim as words: "75 according to the Trump administration, as of 11 November 2025". */
export function claimText(claim: Pick<FigureClaimView, 'display' | 'by' | 'asOfText'>): string {
  return `${claim.display}${claim.by ? `, according to ${claim.by}` : ''}, as of ${claim.asOfText}`;
}

/** Every claim of a figure, resolved against the sources, in the site's language. */
export function figureView(figure: FigureData, sources: Readonly<Record<string, SourceData>>, language: string): FigureView {
  const claims = figure.claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.asOf.localeCompare(a.c.asOf) || a.i - b.i)
    .map(({ c }) => ({
      value: c.value,
      display: valueText(figure, c, language),
      by: c.by,
      asOf: c.asOf,
      asOfText: formatDate(c.asOf, language),
      source: c.source,
      sourceTitle: sources[c.source]?.title ?? c.source,
      sourceUrl: sources[c.source]?.url,
      note: c.note,
    }));
  const disagree = claimsDisagree(figure);
  const text = disagree ? `sources differ: ${claims.map(claimText).join('; ')}` : claimText(claims[0]!);
  return { id: figure.id, label: figure.label, unit: figure.unit, disagree, claims, text };
}
