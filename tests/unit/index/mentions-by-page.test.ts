import { describe, expect, it } from 'vitest';
import type { MentionRef } from '../../../src/index/content-index.ts';
import { mentionsByPage, shortSnippet, SNIPPET_LENGTH } from '../../../src/index/mentions-by-page.ts';

const story = { kind: 'article' as const, id: 'story', title: 'The story' };
const other = { kind: 'term' as const, id: 'coca', title: 'Coca' };
const ref = (page: MentionRef['page'], n: number): MentionRef => ({ page, anchor: `mention-${n}`, snippet: `Sentence ${n}.` });

describe('mentionsByPage', () => {
  it('lists each page once, with its mentions in reading order under it', () => {
    const groups = mentionsByPage([ref(story, 0), ref(story, 1), ref(other, 2), ref(story, 3)]);
    expect(groups).toEqual([
      { page: story, mentions: [{ anchor: 'mention-0', snippet: 'Sentence 0.' }, { anchor: 'mention-1', snippet: 'Sentence 1.' }, { anchor: 'mention-3', snippet: 'Sentence 3.' }] },
      { page: other, mentions: [{ anchor: 'mention-2', snippet: 'Sentence 2.' }] },
    ]);
  });

  it('keeps snippets short, cut at a word', () => {
    const long = 'word '.repeat(100).trim();
    const cut = shortSnippet(long);
    expect([...cut].length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(cut).toMatch(/word…$/);
    expect(shortSnippet('Short.')).toBe('Short.');
  });
});
