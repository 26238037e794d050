/** How a figure reads: every claim with who says it and when; disagreement is never hidden. */
import { formatDate } from './dates.ts';
import type { FigureData } from './schema.ts';

export interface ClaimText {
  display: string;
  by: string | undefined;
  asOf: string;
  asOfText: string;
  source: string;
  sourceTitle?: string;
}

/** The claims in date order (newest first); all of them when they disagree. */
export function describeFigure(figure: FigureData, language: string): ClaimText[] {
  const claims = [...figure.claims].sort((a, b) => b.asOf.localeCompare(a.asOf));
  return claims.map((c) => ({
    display: `${c.display ?? new Intl.NumberFormat(language).format(c.value)}${figure.unit && !c.display ? ` ${figure.unit}` : ''}`,
    by: c.by,
    asOf: c.asOf,
    asOfText: formatDate(c.asOf, language),
    source: c.source,
  }));
}

/** True when the claims give different values. */
export function claimsDisagree(figure: FigureData): boolean {
  return new Set(figure.claims.map((c) => c.value)).size > 1;
}
