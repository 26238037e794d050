import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { articleCard } from '../../../src/cards/card-data.ts';
import { loadSite } from '../../../src/site/load.ts';
import { newsArticle } from '../../../src/emit/structured-data.ts';
import { feedItems } from '../../../src/emit/feed.ts';
import { articleModified } from '../../../src/emit/sitemap-dates.ts';
import { settleArticle, TITLE_SHOWN } from '../../../src/read/article-fields.ts';
import type { ArticleData } from '../../../src/read/schema.ts';
import { BAD_CASES } from '../../fixtures/bad/cases.ts';
import { materialise } from '../../fixtures/bad/materialise.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => {
  rmSync(r, { recursive: true, force: true });
}));

const base: ArticleData = { title: 'T', dek: 'D', published: '2025-11-11', summary: 'S', sources: ['s'] };
const at = () => ({ line: 1, column: 1 });

describe('settleArticle', () => {
  it('uses the latest update when updated is missing or older, with a warning', () => {
    const missing = settleArticle({ ...base, updates: [{ date: '2025-11-14', note: 'a' }, { date: '2025-11-12', note: 'b' }] }, 'f', at);
    expect(missing.data.updated).toBe('2025-11-14');
    expect(missing.diagnostics.map((d) => [d.severity, d.message])).toEqual([['warning', 'the latest update is dated 2025-11-14 but updated is missing: the page shows "Updated" with 2025-11-14']]);
    expect(settleArticle({ ...base, updated: '2025-11-12', updates: [{ date: '2025-11-14', note: 'a' }] }, 'f', at).data.updated).toBe('2025-11-14');
  });

  it('keeps what the author wrote when it is consistent, and says nothing', () => {
    const fine = settleArticle({ ...base, updated: '2025-11-15', updates: [{ date: '2025-11-14', note: 'a' }] }, 'f', at);
    expect(fine).toEqual({ data: { ...base, updated: '2025-11-15', updates: [{ date: '2025-11-14', note: 'a' }] }, diagnostics: [] });
    expect(settleArticle(base, 'f', at)).toEqual({ data: base, diagnostics: [] });
  });

  it('drops an updated date before published', () => {
    const early = settleArticle({ ...base, updated: '2025-11-01' }, 'f', at);
    expect(early.data.updated).toBeUndefined();
    expect(early.diagnostics[0]!.severity).toBe('warning');
  });

  it('warns about a title longer than cards and search results show, never rejects it', () => {
    expect(settleArticle({ ...base, title: 'x'.repeat(TITLE_SHOWN) }, 'f', at).diagnostics).toEqual([]);
    const long = settleArticle({ ...base, title: 'x'.repeat(400) }, 'f', at);
    expect(long.data.title).toHaveLength(400);
    expect(long.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });
});

it('an article with updates but no updated shows the latest update date on the page, card, feed, sitemap and JSON-LD', () => {
  const root = materialise(BAD_CASES.find((c) => c.name === 'updates-without-updated')!);
  roots.push(root);
  const { index } = loadSite({ root });
  const article = index!.articles['the-story']!;
  expect(article.data.updated).toBe('2025-11-14');
  expect(newsArticle(index!, '/', article).dateModified).toBe('2025-11-14');
  expect(articleCard(index!, 'the-story').asOf).toContain('14 November 2025');
  expect(articleModified(article.data)).toBe('2025-11-14');
  expect(feedItems(index!, '/')[0]!.date).toBe('2025-11-14');
});
