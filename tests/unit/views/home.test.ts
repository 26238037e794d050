/**
 * What the home page shows and what an entry's page lists are each decided once, in src/views/:
 * the pages lay them out, and `npm run changes` (src/author/page-changes.ts) reports changes to
 * exactly them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteSnapshot } from '../../../src/author/page-changes.ts';
import { entryKey } from '../../../src/core/kinds.ts';
import { loadContent } from '../../../src/read/load.ts';
import { loadRenderedSite } from '../../../src/site/load.ts';
import { HOME_LIMITS, homeSelection } from '../../../src/views/home.ts';
import { pageContents } from '../../../src/views/page-keys.ts';

const root = path.resolve('tests/fixtures/basic');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')]));
const { index } = loadRenderedSite({ root, base: '/' });
const snapshot = siteSnapshot(index!, loadContent({ root }), 'content', () => null);
const shownKeys = (pagePath: string, prefix: string) => [...snapshot.pages.get(pagePath)!.shows.keys()].filter((k) => k.startsWith(prefix));

describe('the home page’s selection', () => {
  it('is the newest article’s featured actors and terms and the latest events, newest first', () => {
    const home = homeSelection(index!);
    expect(home.lead?.id).toBe(index!.articleIds[0]);
    expect(home.actorIds).toEqual(home.lead!.actors.slice(0, HOME_LIMITS.actors));
    expect(home.termIds).toEqual(home.lead!.terms.slice(0, HOME_LIMITS.terms));
    expect(home.events).toEqual(index!.timeline.slice(-HOME_LIMITS.events).reverse());
  });

  it('without an article, is the first actors and terms of the site', () => {
    const empty = homeSelection({ ...index!, articleIds: [] });
    expect(empty.lead).toBeUndefined();
    expect(empty.actorIds).toEqual(index!.actorIds.slice(0, HOME_LIMITS.actors));
  });

  it('is what npm run changes compares for the home page', () => {
    const home = homeSelection(index!);
    expect(shownKeys('/', 'actor:')).toEqual(home.actorIds.map((id) => entryKey('actor', id)));
    expect(shownKeys('/', 'term:')).toEqual(home.termIds.map((id) => entryKey('term', id)));
  });

  it('is decided nowhere else: no count of the home page’s lists outside src/views/home.ts', () => {
    const pattern = /\.slice\(0,\s*[68]\)|timeline\.slice\(-/;
    const files = walk('src').filter((f) => /\.(ts|astro)$/.test(f) && f !== 'src/views/home.ts');
    expect(files.filter((f) => pattern.test(readFileSync(f, 'utf8')))).toEqual([]);
    expect(pattern.test('const keyActors = lead ? lead.actors.slice(0, 6) : index.actorIds.slice(0, 6);')).toBe(true);
  });
});

describe('what an entry’s page lists', () => {
  it('is its related entries, published ones only, and npm run changes watches them', () => {
    const coca = pageContents(index!, 'term', 'coca')!;
    expect(coca.terms).toEqual(['cocaine']);
    expect(shownKeys('/glossary/coca/', 'term:')).toEqual(expect.arrayContaining(['term:cocaine']));
    const withoutCocaine = { ...index!, terms: Object.fromEntries(Object.entries(index!.terms).filter(([id]) => id !== 'cocaine')) };
    expect(pageContents(withoutCocaine, 'term', 'coca')!.terms).toEqual([]);
  });

  it('is read from the entry nowhere else: `related` is read in src/views/page-keys.ts (and checked in src/read/)', () => {
    const files = walk('src').filter((f) => /\.(ts|astro)$/.test(f) && f !== 'src/views/page-keys.ts' && !f.startsWith('src/read/'));
    expect(files.filter((f) => /\.related\b/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
