import { describe, expect, it } from 'vitest';
import { searchTypeLabel, splitExcerpt } from '../../../src/emit/search.ts';

describe('search excerpts', () => {
  it('split Pagefind excerpts into text and marked hits, decoding entities, never as HTML', () => {
    expect(splitExcerpt('an <mark>ejecución</mark> &amp; a &lt;b&gt; <mark>x</mark>')).toEqual([
      { text: 'an ', marked: false },
      { text: 'ejecución', marked: true },
      { text: ' & a <b> ', marked: false },
      { text: 'x', marked: true },
    ]);
    expect(splitExcerpt('no hits')).toEqual([{ text: 'no hits', marked: false }]);
  });

  it('labels result types', () => {
    expect(searchTypeLabel('Term')).toBe('Glossary term');
    expect(searchTypeLabel('Actor')).toBe('Actor');
    expect(searchTypeLabel(undefined)).toBe('Page');
  });
});
