/**
 * "Mentioned in" on an actor or term page: each page that mentions the entry once, with its
 * mentions as short snippets under it, in reading order. The index keeps one mention per section
 * (the first), in the order the page reads, so grouping keeps that order.
 */
import { clip } from '../core/text.ts';
import type { MentionRef, PageRef } from './content-index.ts';

export interface MentionSnippet {
  anchor: string;
  snippet: string;
}

export interface PageMentions {
  page: PageRef;
  mentions: MentionSnippet[];
}

/** Snippets longer than this (in graphemes) are cut at a word, with an ellipsis. */
export const SNIPPET_LENGTH = 160;

export function shortSnippet(text: string, max = SNIPPET_LENGTH): string {
  return clip(text, max);
}

export function mentionsByPage(mentions: readonly MentionRef[]): PageMentions[] {
  const groups = new Map<string, PageMentions>();
  for (const m of mentions) {
    const key = `${m.page.kind}:${m.page.id}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { page: m.page, mentions: [] }));
    group.mentions.push({ anchor: m.anchor, snippet: shortSnippet(m.snippet) });
  }
  return [...groups.values()];
}
