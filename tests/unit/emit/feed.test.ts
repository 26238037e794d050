import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../../src/index/content-index.ts';
import { feedItems } from '../../../src/emit/feed.ts';
import { loadSite } from '../../../src/site/load.ts';
import { robotsTxt } from '../../../src/emit/robots-txt.ts';
import { articleModified, lastModifiedByUrl } from '../../../src/emit/sitemap-dates.ts';
import { updateAnchors } from '../../../src/core/routes.ts';

const { index } = loadSite({ root: path.resolve('tests/fixtures/basic') });

/** The fixture index with updates added to its article (a corrected story). */
function withUpdates(): ContentIndex {
  const copy = structuredClone(index!);
  const article = copy.articles['the-story']!;
  article.data = { ...article.data, updated: '2025-11-14', updates: [{ date: '2025-11-12', note: 'First fix.' }, { date: '2025-11-14', note: 'Second fix.' }, { date: '2025-11-14', note: 'Third fix.' }] };
  return copy;
}

describe('feed items', () => {
  it('one item per published article; drafts never appear', () => {
    const items = feedItems(index!, '/');
    expect(items).toEqual([
      { title: 'The story', link: 'https://test.example.org/articles/the-story/', date: '2025-11-11', description: 'A short summary.', guid: 'https://test.example.org/articles/the-story/' },
    ]);
    expect(JSON.stringify(items)).not.toContain('unfinished');
  });

  it('each update is an item with its own date, a unique link to its log entry, newest first', () => {
    const items = feedItems(withUpdates(), '/sub/');
    expect(items.map((i) => [i.date, i.title, i.link.replace('https://test.example.org/sub/articles/the-story/', '')])).toEqual([
      ['2025-11-14', 'Update: The story', '#update-2025-11-14'],
      ['2025-11-14', 'Update: The story', '#update-2025-11-14-2'],
      ['2025-11-12', 'Update: The story', '#update-2025-11-12'],
      ['2025-11-11', 'The story', ''],
    ]);
    expect(items.find((i) => i.link.endsWith('-2'))!.description).toBe('Third fix.');
    expect(new Set(items.map((i) => i.guid)).size).toBe(items.length);
  });

  it('update anchors are unique per date', () => {
    expect(updateAnchors([{ date: '2025-01-01' }, { date: '2025-01-02' }, { date: '2025-01-01' }])).toEqual(['update-2025-01-01', 'update-2025-01-02', 'update-2025-01-01-2']);
  });
});

describe('sitemap dates and robots.txt', () => {
  it('an article is modified on its latest date: published, updated or update log', () => {
    expect(articleModified({ published: '2025-11-11' })).toBe('2025-11-11');
    expect(articleModified({ published: '2025-11-11', updated: '2025-11-13', updates: [{ date: '2025-11-12' }] })).toBe('2025-11-13');
  });

  it('dates articles, actors, home and timeline; leaves terms undated', () => {
    const dates = lastModifiedByUrl(withUpdates(), '/sub/');
    const at = (p: string) => dates.get(`https://test.example.org/sub${p}`);
    expect(at('/articles/the-story/')).toBe('2025-11-14');
    expect(at('/')).toBe('2025-11-14');
    expect(at('/actors/ana-nunez/')).toBe('2025-11-11');
    expect(at('/timeline/')).toBe(index!.timeline.at(-1)!.date);
    expect(at('/glossary/coca/')).toBeUndefined();
  });

  it('robots.txt names the sitemap under the site url and base', () => {
    expect(robotsTxt('https://news.example.com/', '/explainer/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://news.example.com/explainer/sitemap-index.xml\n');
  });
});
