/**
 * What readers will see change (src/author/page-changes.ts), on real edits of the basic fixture:
 * the pages named are those whose page key or card changes, each with the edit that changed it.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cardForPath } from '../../../src/cards/card-data.ts';
import { buildIndex } from '../../../src/index/content-index.ts';
import { compareSites, type SiteChanges, siteSnapshot } from '../../../src/author/page-changes.ts';
import { formatChangesJson, formatChangesMarkdown, formatChangesText } from '../../../src/author/page-changes-format.ts';
import { renderBodies } from '../../../src/markdown/render-body.ts';
import { loadRenderedSite } from '../../../src/site/load.ts';
import { loadContent } from '../../../src/read/load.ts';
import type { BadCase } from '../../fixtures/bad/cases.ts';
import { materialise } from '../../fixtures/bad/materialise.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => {
  rmSync(r, { recursive: true, force: true });
}));

function snapshot(edits: BadCase['edits']) {
  const root = materialise({ name: 'changes', edits, expected: { exit: 0 } });
  roots.push(root);
  const { index, diagnostics } = loadRenderedSite({ root, base: '/' });
  if (!index) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const content = loadContent({ root });
  return siteSnapshot(index, content, 'content', (path) => cardForPath(index, path));
}
const base = snapshot([]);
const compare = (edits: BadCase['edits']) => compareSites(base, snapshot(edits));
const byPath = (changes: SiteChanges) => Object.fromEntries(changes.pages.map((p) => [p.path, p]));

describe('compareSites', () => {
  it('no edit, no change', () => {
    expect(compare([]).pages).toEqual([]);
  });

  it('a term renamed: its page (new card), and every page whose links it re-makes, each saying so', () => {
    const changes = compare([{ file: 'glossary/coca.mdx', replace: 'term: Coca', with: 'term: Coca leaf' }]);
    const pages = byPath(changes);
    expect(pages['/glossary/coca/']).toMatchObject({ change: 'changed', reasons: ['renamed “Coca” → “Coca leaf”'], card: 'changed' });
    expect(pages['/articles/the-story/']).toMatchObject({ change: 'changed', card: 'unchanged' });
    expect(pages['/articles/the-story/']!.reasons).toEqual(['links term “Coca leaf”: renamed “Coca” → “Coca leaf”']);
    expect(pages['/glossary/']!.reasons).toContain('links term “Coca leaf”: renamed “Coca” → “Coca leaf”');
    const edit = changes.edits.find((e) => e.key === 'term:coca')!;
    expect(edit).toMatchObject({ file: 'content/glossary/coca.mdx', change: 'changed' });
    expect(edit.pages).toBe(changes.pages.length);
    expect(formatChangesText(changes, { base: 'main', problems: [] })).toContain(`content/glossary/coca.mdx: term “Coca leaf” — renamed “Coca” → “Coca leaf” — changes ${changes.pages.length} pages`);
  });

  it('a source retitled: the pages that cite it and the sources page, and no card', () => {
    const changes = compare([{ file: 'sources.yaml', replace: 'title: A treaty', with: 'title: A treaty on narcotic drugs' }]);
    expect(changes.pages.map((p) => p.path).sort()).toEqual(['/actors/ana-nunez/', '/glossary/airspace/', '/glossary/coca/', '/glossary/cocaine/', '/sources/']);
    expect(byPath(changes)['/glossary/coca/']!.reasons).toEqual(['shows source “A treaty on narcotic drugs”: retitled “A treaty” → “A treaty on narcotic drugs”']);
    expect(changes.pages.every((p) => p.card === 'unchanged')).toBe(true);
  });

  it('an article’s text edited: the article, and the pages whose “Mentioned in” quotes it', () => {
    const changes = compare([{ file: 'articles/the-story.mdx', replace: 'It was late.', with: 'It was very late.' }]);
    const pages = byPath(changes);
    expect(pages['/articles/the-story/']).toMatchObject({ reasons: ['text edited'], card: 'unchanged' });
    expect(pages['/']!.reasons).toEqual(['shows article “The story”: text edited']);
    expect(changes.pages.map((p) => p.path)).not.toContain('/glossary/airspace/');
  });

  it('an actor’s text edited: only its own page, since other pages show only its name and summary', () => {
    const changes = compare([{ file: 'actors/elan-group.mdx', replace: '---\nA group.', with: '---\nA group of people.' }]);
    expect(changes.pages.map((p) => [p.path, p.reasons])).toEqual([['/actors/elan-group/', ['text edited']]]);
  });

  it('a figure updated: the article that shows it', () => {
    const changes = compare([{ file: 'figures.yaml', replace: 'value: 75', with: 'value: 76' }]);
    expect(byPath(changes)['/articles/the-story/']!.reasons).toEqual(['shows figure “People killed”: figures updated']);
  });

  it('an entry deleted and one added: removed and added pages, with cards, and the pages linking them', () => {
    const changes = compare([
      { file: 'glossary/airspace.mdx', remove: true },
      { file: 'glossary/coca.mdx', replace: 'related: [cocaine]', with: 'related: [cocaine, coca-paste]' },
      { file: 'glossary/coca-paste.mdx', write: '---\nterm: Coca paste\ncategory: drugs\nsummary: An early product of coca leaves.\nsources: [treaty]\n---\nA paste.\n' },
    ]);
    const pages = byPath(changes);
    expect(pages['/glossary/airspace/']).toMatchObject({ change: 'removed', reasons: ['term deleted'], card: 'removed' });
    expect(pages['/glossary/coca-paste/']).toMatchObject({ change: 'added', reasons: ['new term'], card: 'added' });
    expect(pages['/glossary/coca/']!.reasons).toEqual(['related entries changed', 'now links term “Coca paste”: new term']);
    expect(pages['/glossary/']!.card).toBe('unchanged');
  });

  it('an entry with a content error is left out, and says so rather than "deleted"', () => {
    const root = materialise({ name: 'changes-broken', edits: [{ file: 'glossary/airspace.mdx', replace: 'category:', with: 'category: nonsense\nunknown:' }], expected: { exit: 0 } });
    roots.push(root);
    const content = loadContent({ root });
    const index = renderBodies(buildIndex(content, content.site!), '/');
    const changes = compareSites(base, siteSnapshot(index, content, 'content', (path) => cardForPath(index, path)));
    expect(byPath(changes)['/glossary/airspace/']).toMatchObject({ change: 'removed', reasons: ['left out: its file has content errors (npm run check lists them)'] });
  });

  it('a term made a draft leaves the published site', () => {
    const changes = compare([{ file: 'glossary/airspace.mdx', replace: 'category:', with: 'draft: true\ncategory:' }]);
    expect(byPath(changes)['/glossary/airspace/']).toMatchObject({ change: 'removed', card: 'removed' });
  });

  it('the site’s title: every page and every card', () => {
    const changes = compare([{ file: 'site.yaml', replace: 'title: Test explainer', with: 'title: Another title' }]);
    expect(changes.pages.length).toBe(changes.compared);
    for (const page of changes.pages) expect([page.path, page.card, page.reasons[0]]).toEqual([page.path, 'changed', 'site settings: retitled “Test explainer” → “Another title”']);
  });
});

describe('the report formats', () => {
  const changes = compare([
    { file: 'glossary/coca.mdx', replace: 'term: Coca', with: 'term: Coca | leaf' },
    { file: 'glossary/airspace.mdx', remove: true },
  ]);
  it('markdown: tables with escaped cells, and the changed cards as images under --cards-url', () => {
    const md = formatChangesMarkdown(changes, { base: 'origin/main (merge base abc1234)', problems: ['the base has 1 content error'], cardsUrl: 'https://example.org/pr-7/' });
    expect(md).toContain('| term “Coca \\| leaf”: renamed “Coca” → “Coca \\| leaf” | `content/glossary/coca.mdx` |');
    expect(md).toContain('| [Airspace](/glossary/airspace/) `/glossary/airspace/` | term | term deleted | card removed |');
    expect(md).toContain('<img src="https://example.org/pr-7/og/glossary/coca.png" width="300" alt="Card of Coca \\| leaf">');
    expect(md).not.toContain('og/glossary/airspace.png');
    expect(md).toContain('> [!WARNING]\n> the base has 1 content error');
  });
  it('json: versioned, every page with url, kind, change, reasons and card', () => {
    const json = JSON.parse(formatChangesJson(changes, { base: 'main', problems: [], sitePath: '/explainer/' }));
    expect(json.version).toBe(1);
    expect(json.summary).toMatchObject({ added: 0, removed: 1 });
    expect(json.pages.find((p: { url: string }) => p.url === '/explainer/glossary/airspace/')).toEqual({
      url: '/explainer/glossary/airspace/', kind: 'term', title: 'Airspace', file: 'content/glossary/airspace.mdx', change: 'removed', reasons: ['term deleted'], card: 'removed', cardUrl: '/explainer/og/glossary/airspace.png',
    });
  });
});
