/** Search: the result types (Pagefind `type` filter/meta values) and the excerpt splitter. Pure. */

export const SEARCH_TYPES = [
  { value: 'Article', singular: 'Article', plural: 'Articles' },
  { value: 'Actor', singular: 'Actor', plural: 'Actors' },
  { value: 'Term', singular: 'Glossary term', plural: 'Glossary terms' },
] as const;

export type SearchType = (typeof SEARCH_TYPES)[number]['value'];

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
