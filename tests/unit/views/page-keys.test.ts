/**
 * Page cache keys (src/views/page-keys.ts), on real edits of the basic fixture: a page's key changes
 * when something it shows changes, and stays when nothing it shows does (so the page is reused).
 * tests/build/incremental.test.ts checks the rebuilt pages themselves against clean builds.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../../src/views/page-keys.ts';
import { loadRenderedSite } from '../../../src/site/load.ts';
import type { BadCase } from '../../fixtures/bad/cases.ts';
import { materialise } from '../../fixtures/bad/materialise.ts';

const PAGES = {
  story: ['article', 'the-story'],
  coca: ['term', 'coca'],
  cocaine: ['term', 'cocaine'],
  airspace: ['term', 'airspace'],
  ana: ['actor', 'ana-nunez'],
  elan: ['actor', 'elan-group'],
} as const;

const roots: string[] = [];
afterAll(() => roots.forEach((r) => {
  rmSync(r, { recursive: true, force: true });
}));

function keys(edits: BadCase['edits']): Record<string, string> {
  const root = materialise({ name: 'keys', edits, expected: { exit: 0 } });
  roots.push(root);
  const { index, diagnostics } = loadRenderedSite({ root, base: '/' });
  if (!index) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return Object.fromEntries(Object.entries(PAGES).map(([name, [kind, id]]) => [name, pageCacheKey(index, kind, id)]));
}
const before = keys([]);
const changed = (edits: BadCase['edits']) => {
  const after = keys(edits);
  return Object.keys(after).filter((k) => after[k] !== before[k]).sort();
};

describe('pageCacheKey', () => {
  it('is the same for the same content', () => {
    expect(keys([])).toEqual(before);
  });

  it('a term’s summary: the term, the article that features it, the term that lists it as related', () => {
    expect(changed([{ file: 'glossary/coca.mdx', replace: 'summary: A plant.', with: 'summary: A plant grown in the Andes.' }])).toEqual(['coca', 'story']);
    expect(changed([{ file: 'glossary/cocaine.mdx', replace: 'summary:', with: 'summary: Refined.' }])).toEqual(['coca', 'cocaine', 'story']);
  });

  it('a source’s title: every page that cites it, and no other', () => {
    expect(changed([{ file: 'sources.yaml', replace: 'title: A treaty', with: 'title: A treaty on narcotic drugs' }])).toEqual(['airspace', 'ana', 'coca', 'cocaine']);
  });

  it('an article’s title: the article and the pages whose “Mentioned in” lists it', () => {
    expect(changed([{ file: 'articles/the-story.mdx', replace: 'title: The story', with: 'title: The story, updated' }])).toEqual(['ana', 'coca', 'cocaine', 'elan', 'story']);
  });

  it('the site’s settings: every page', () => {
    expect(changed([{ file: 'site.yaml', replace: 'title: Test explainer', with: 'title: Another title' }])).toEqual(Object.keys(PAGES).sort());
  });
});
