/** Search: the result types (Pagefind `type` filter/meta values) and the excerpt splitter. Pure. */

import { PAGE_KIND_LIST, PAGE_KINDS, type PageKind } from '../core/kinds.ts';

const LABELS: Record<PageKind, { singular: string; plural: string }> = {
  article: { singular: 'Article', plural: 'Articles' },
  actor: { singular: 'Actor', plural: 'Actors' },
  term: { singular: 'Glossary term', plural: 'Glossary terms' },
};

/** One search filter per page kind, its value the kind's Pagefind `type` (src/core/kinds.ts). */
export const SEARCH_TYPES = PAGE_KIND_LIST.map((kind) => ({ kind, value: PAGE_KINDS[kind].searchType, ...LABELS[kind] }));

export type SearchType = (typeof PAGE_KINDS)[PageKind]['searchType'];

export function searchTypeLabel(value: string | undefined): string {
  return SEARCH_TYPES.find((t) => t.value === value)?.singular ?? 'Page';
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind's excerpt is HTML-escaped text with `<mark>` around the hits. Split it into plain text
 * parts so the page can build DOM nodes without ever assigning HTML.
 */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
  const re = /<mark>(.*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), marked: false });
    parts.push({ text: decode(m[1]!), marked: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), marked: false });
  return parts.filter((p) => p.text.length > 0);
}
