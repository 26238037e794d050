/** Plain-text helpers for summaries and snippets. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Splits prose into sentences (keeps abbreviations like "U.S." inside a sentence). */
export function sentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim();
  if (!flat) return [];
  // A sentence ends at . ! ? followed by a space and a capital, unless the dot ends a single-letter abbreviation (U.S.).
  return flat.split(/(?<=(?<![A-Z]\.[A-Z])(?<!\b[A-Z])[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u).map((s) => s.trim()).filter(Boolean);
}

/** The first `count` sentences of the body's paragraphs before its first `##` heading. */
export function leadSentences(tree: Root, count: number): string[] {
  const out: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') break;
    if (node.type !== 'paragraph') continue;
    out.push(...sentences(toString(node)));
    if (out.length >= count) break;
  }
  return out.slice(0, count);
}

/** Reading time in whole minutes at 230 words a minute, at least 1. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
