/**
 * The table of page kinds (src/core/kinds.ts) decides every kind-specific fact: loading, routes,
 * names, search and the index all read its rows, and a second copy of one of its columns
 * anywhere in src/ fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '../../../src/author/json-schemas.ts';
import { entriesOf, idsOf, nameOf, PAGE_KIND_LIST, PAGE_KINDS } from '../../../src/core/kinds.ts';
import { pagePath } from '../../../src/core/routes.ts';
import { SEARCH_TYPES } from '../../../src/emit/search.ts';
import { loadContent } from '../../../src/read/load.ts';
import { PAGE_SCHEMAS } from '../../../src/read/schema.ts';
import { loadSite } from '../../../src/site/load.ts';

const root = path.resolve('tests/fixtures/basic');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')]));

describe('the kinds table', () => {
  const content = loadContent({ root });
  const { index } = loadSite({ root });

  it('has a row, a schema and a search filter for every kind', () => {
    expect(Object.keys(PAGE_KINDS).sort()).toEqual([...PAGE_KIND_LIST].sort());
    expect(Object.keys(PAGE_SCHEMAS).sort()).toEqual([...PAGE_KIND_LIST].sort());
    expect(SEARCH_TYPES.map((t) => t.value)).toEqual(PAGE_KIND_LIST.map((k) => PAGE_KINDS[k].searchType));
  });

  for (const kind of PAGE_KIND_LIST) {
    const row = PAGE_KINDS[kind];
    it(`drives loading, routes, names and the index for ${kind}`, () => {
      const docs = { article: content.articles, actor: content.actors, term: content.terms }[kind];
      expect(docs.length).toBeGreaterThan(0);
      // Loaded from the row's folder, named by the row's field.
      for (const doc of docs) {
        expect(doc.file).toBe(`content/${row.folder}/${doc.id}.mdx`);
        expect(nameOf(kind, doc.data)).toBe((doc.data as Record<string, unknown>)[row.nameField]);
        expect(nameOf(kind, doc.data)).not.toBe('');
      }
      // Its pages are under the row's route; the index keeps it where the row says.
      expect(pagePath(kind, 'x')).toBe(`/${row.route}/x/`);
      expect(entriesOf(index!, kind)).toBe(index![row.entries]);
      expect(idsOf(index!, kind)).toBe(index![row.ids]);
      expect([...idsOf(index!, kind)].sort()).toEqual(docs.filter((d) => !(d.data as { draft?: boolean }).draft).map((d) => d.id).sort());
      // Editors get the row's schema for the row's folder.
      const schema = contentJsonSchemas().find((s) => s.name === `${kind}.frontmatter.schema.json`);
      expect(schema?.files).toEqual([`content/${row.folder}/*.mdx`]);
    });
  }
});

/** `file:line` of every line of src/ outside the table that matches. */
function copies(pattern: RegExp, homes: readonly string[] = ['src/core/kinds.ts']): string[] {
  return walk('src')
    .filter((f) => /\.(ts|astro)$/.test(f) && !homes.includes(f))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
}

const GUARDS = {
  // { article: 'articles', actor: 'actors', term: 'glossary' } or { article: 'title', … }: a column of the table written again.
  'a map from a kind to its folder, route or name field': /\barticle:\s*'(articles|title)'|\bactor:\s*'(actors|name)'|\bterm:\s*'glossary'/,
  // kind === 'article' ? index.articles : … : the index's place for a kind, decided again.
  'a choice of the index collection by kind': /\?\s*[\w.]*index\.(articles|actors|terms)\b[^;]*:\s*[\w.]*index\.(articles|actors|terms)\b/,
  // data-pagefind-meta="type:Term": a search type written into a page.
  'a search type written out': /type:(Article|Actor|Term)\b/,
  // kind === 'actor' ? 'name' : 'term': a name field decided again.
  'a name field chosen by kind': /===\s*'(article|actor|term)'\s*\?\s*'(title|name|term)'/,
} as const;

describe('one home for each column of the kinds table', () => {
  for (const [what, pattern] of Object.entries(GUARDS)) {
    it(`finds no ${what} outside src/core/kinds.ts`, () => {
      expect(copies(pattern)).toEqual([]);
    });
  }

  it('each guard finds the copy it is for', () => {
    const planted = {
      'a map from a kind to its folder, route or name field': "const FOLDER = { article: 'articles', actor: 'actors', term: 'glossary' };",
      'a choice of the index collection by kind': "const e = kind === 'article' ? index.articles[id] : kind === 'actor' ? index.actors[id] : index.terms[id];",
      'a search type written out': '<article data-pagefind-meta="type:Term">',
      'a name field chosen by kind': "yaml.locate([kind === 'actor' ? 'name' : 'term'])",
    } satisfies Record<keyof typeof GUARDS, string>;
    for (const [what, line] of Object.entries(planted)) expect(GUARDS[what as keyof typeof GUARDS].test(line), what).toBe(true);
  });
});
