/** Small view helpers shared by pages and components (pure; the base is passed in). */
import type { ContentIndex } from '../index/content-index.ts';
import { formatDate, type Precision } from '../core/dates.ts';
import type { PageKind } from '../core/kinds.ts';
import { pagePath, withBase } from '../core/routes.ts';

export function hrefFor(base: string, kind: PageKind, id: string): string {
  return withBase(base, pagePath(kind, id));
}

export function dateText(index: ContentIndex, iso: string, precision: Precision = 'day'): string {
  return formatDate(iso, index.site.language, precision);
}
