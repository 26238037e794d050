/** Checks a quotation against the archived text of its source, forgiving only typography. */
import { editDistance } from '../core/suggest.ts';
import { foldProse } from '../core/text.ts';

/** Folds what typesetting changes but a speaker did not: quotes, dashes, spaces, ellipses (`foldProse`, src/core/text.ts). */
export const normaliseQuote = foldProse;

/** Drops surrounding quotation marks and trailing punctuation a writer may leave out, and lower-cases the first letter. */
function core(text: string): string {
  const trimmed = normaliseQuote(text).replace(/^["'\s]+|["'\s,;:.]+$/g, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

export interface QuoteMatch {
  found: boolean;
  /** When not found: the passage of the source closest to the quotation. */
  closest?: string;
}

/**
 * A quotation may skip words with an ellipsis: each part must appear in the source, in order.
 * Matching is exact after `normaliseQuote`, except for the case of each part's first letter.
 */
export function findQuote(quote: string, source: string): QuoteMatch {
  const haystack = normaliseQuote(source);
  const parts = normaliseQuote(quote)
    .split(/\s*(?:\.\.\.|\[\.\.\.\])\s*/)
    .map(core)
    .filter(Boolean);
  let from = 0;
  for (const part of parts) {
    const upper = part.charAt(0).toUpperCase() + part.slice(1);
    const found = [haystack.indexOf(part, from), haystack.indexOf(upper, from)].filter((i) => i >= 0);
    if (!found.length) return { found: false, closest: closestPassage(part, haystack) };
    from = Math.min(...found) + part.length;
  }
  return { found: parts.length > 0 };
}

/** The passage of the source, from a word start to a word end, with the smallest edit distance to `part`. */
export function closestPassage(part: string, source: string): string {
  const target = part.toLowerCase();
  const lower = source.toLowerCase();
  let best = '';
  let bestDistance = Infinity;
  const starts = [0, ...[...lower.matchAll(/\s\S/g)].map((m) => m.index + 1)];
  for (const start of starts) {
    let end = start + target.length;
    end += /^\S*/.exec(lower.slice(end))![0].length;
    const window = lower.slice(start, end);
    if (window.length < target.length * 0.5) break;
    const distance = editDistance(target, window);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = source.slice(start, end);
    }
  }
  return best.trim().replace(/[,;:]+$/, '');
}
