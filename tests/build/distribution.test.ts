/**
 * The built site as a newsroom deploys it: one real build of the story's content plus draft
 * entries (tests/fixtures/drafts), under a sub-path (`EXPLAINER_BASE=/explainer/`) into its own
 * output folder. Checks every link, the feed, the sitemap, robots.txt, the JSON-LD of every page,
 * the search index, and that no draft reaches any of them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../src/index/content-index.ts';
import { checkBuiltSite, formatLinkProblem } from '../../scripts/testing/link-check.ts';
import { loadSite } from '../../src/site/load.ts';
import { actorCard, articleCard, termCard } from '../../src/cards/card-data.ts';
import { ACTOR_SCHEMA_TYPE } from '../../src/emit/structured-data.ts';
import { pagePath, ROUTES } from '../../src/core/routes.ts';
import { NOT_IN_SITEMAP } from '../../src/integrations/sitemap.ts';

const root = process.cwd();
const BASE = '/explainer/';
const DRAFTS = { article: 'what-comes-next', actor: 'government-of-ecuador', term: 'trinidad-and-tobago' } as const;
const DRAFT_PATHS = [pagePath('article', DRAFTS.article), pagePath('actor', DRAFTS.actor), pagePath('term', DRAFTS.term)];

let tmp: string;
let out: string;
let index: ContentIndex;
let site: string;
const xml = new XMLParser({ ignoreAttributes: false });

const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
const walk = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
const htmlFiles = () => walk(out).filter((f) => f.endsWith('.html'));
const abs = (route: string) => `${site}${BASE.slice(0, -1)}${route}`;

/** The environment without Vitest's own variables (it sets BASE_URL, MODE, DEV…, which Astro's Vite would pick up). */
function buildEnv(): NodeJS.ProcessEnv {
  const skip = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !skip.has(k) && !k.startsWith('VITEST') && !k.startsWith('VITE_')));
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'explainer-dist-'));
  const content = path.join(tmp, 'content');
  cpSync(path.join(root, 'content'), content, { recursive: true });
  for (const folder of ['articles', 'actors', 'glossary']) cpSync(path.join(root, 'tests/fixtures/drafts', folder), path.join(content, folder), { recursive: true });
  out = path.join(tmp, 'dist');
  const contentDir = path.relative(root, content);
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', EXPLAINER_CONTENT: contentDir, EXPLAINER_BASE: BASE, EXPLAINER_OUT: out },
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  const loaded = loadSite({ root, contentDir });
  if (!loaded.index) throw new Error('the test content has errors');
  index = loaded.index;
  site = index.site.url.replace(/\/+$/, '');
  // The fixture really adds drafts: the same content with drafts included has them.
  const withDrafts = loadSite({ root, contentDir, includeDrafts: true }).index!;
  expect(withDrafts.articles[DRAFTS.article]).toBeDefined();
  expect(withDrafts.actors[DRAFTS.actor]).toBeDefined();
  expect(withDrafts.terms[DRAFTS.term]).toBeDefined();
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Every public page of the contract, as an absolute URL under the base. */
const publicUrls = () =>
  [
    ...Object.values(ROUTES).filter((route) => !NOT_IN_SITEMAP.includes(route)),
    ...index.articleIds.map((id) => pagePath('article', id)),
    ...index.actorIds.map((id) => pagePath('actor', id)),
    ...index.termIds.map((id) => pagePath('term', id)),
  ].map(abs);

describe('a build under a sub-path (EXPLAINER_BASE=/explainer/)', () => {
  it('has no broken internal link, asset or #fragment', () => {
    const result = checkBuiltSite(out, { base: BASE, siteUrl: index.site.url });
    expect(result.pages).toBeGreaterThan(40);
    expect(result.links).toBeGreaterThan(1000);
    expect(result.problems.map(formatLinkProblem)).toEqual([]);
  });

  it('puts every page, asset, feed and the search index under the base', () => {
    const home = parse(read('index.html'));
    expect(home.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(`${BASE}rss.xml`);
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(abs('/'));
    expect(home.querySelector('form[role="search"]')?.getAttribute('action')).toBe(`${BASE}search/`);
    for (const el of home.querySelectorAll('link[href], script[src], a[href]')) {
      const url = el.getAttribute('href') ?? el.getAttribute('src')!;
      if (url.startsWith('/')) expect(url.startsWith(BASE), url).toBe(true);
    }
    expect(existsSync(path.join(out, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(out, '_headers'))).toBe(true);
  });
});

describe('RSS feed', () => {
  it('parses as RSS 2.0 with one item per published article and update, linking under the base', () => {
    const feed = xml.parse(read('rss.xml'));
    expect(feed.rss['@_version']).toBe('2.0');
    const channel = feed.rss.channel;
    expect(channel.title).toBe(index.site.title);
    expect(channel.link).toBe(abs('/'));
    const items = [channel.item].flat().filter(Boolean) as { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string }[];
    const expected = index.articleIds.flatMap((id) => [abs(pagePath('article', id)), ...(index.articles[id]!.data.updates ?? []).map(() => abs(pagePath('article', id)))]);
    expect(items).toHaveLength(expected.length);
    for (const id of index.articleIds) {
      const article = index.articles[id]!;
      const item = items.find((i) => i.link === abs(pagePath('article', id)))!;
      expect(item.title).toBe(article.data.title);
      expect(item.description).toBe(article.data.summary);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(article.data.published);
      expect(item.guid['#text']).toBe(item.link);
    }
    // The page advertises the feed in its head (checked above) and the feed is served as XML.
    expect(read('rss.xml')).toMatch(/^<\?xml/);
  });
});

describe('sitemap and robots.txt', () => {
  const locs = () => {
    const sitemapIndex = xml.parse(read('sitemap-index.xml'));
    const maps = [sitemapIndex.sitemapindex.sitemap].flat() as { loc: string }[];
    return maps.flatMap((m) => {
      expect(m.loc.startsWith(abs('/'))).toBe(true);
      const file = m.loc.slice(abs('/').length);
      return [xml.parse(read(file)).urlset.url].flat() as { loc: string; lastmod?: string }[];
    });
  };

  it('lists exactly the public pages', () => {
    expect(locs().map((u) => u.loc).sort()).toEqual(publicUrls().sort());
  });

  it('dates pages from the content: published/updated for articles, roleAsOf for actors', () => {
    const byLoc = new Map(locs().map((u) => [u.loc, u.lastmod]));
    for (const id of index.articleIds) expect(byLoc.get(abs(pagePath('article', id)))?.slice(0, 10)).toBe(index.articles[id]!.data.updated ?? index.articles[id]!.data.published);
    for (const id of index.actorIds) expect(byLoc.get(abs(pagePath('actor', id)))?.slice(0, 10)).toBe(index.actors[id]!.data.roleAsOf);
  });

  it('robots.txt points to the sitemap under the site url and base', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
  });
});

describe('structured data (JSON-LD)', () => {
  const graphs = (file: string) =>
    parse(read(file))
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);

  it('every page has valid JSON-LD with a BreadcrumbList under the base', () => {
    for (const file of htmlFiles()) {
      const data = graphs(file);
      const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
      expect(crumbs, file).toBeDefined();
      for (const d of data) expect(d['@context']).toBe('https://schema.org');
      const items = crumbs!.itemListElement as { position: number; item: string }[];
      expect(items[0]!.item).toBe(abs('/'));
      items.forEach((item, i) => {
        expect(item.position).toBe(i + 1);
      });
    }
  });

  it('gives each page its main entity with the right schema.org type', () => {
    const main = (route: string) => graphs(`${route.slice(1)}index.html`).filter((d) => d['@type'] !== 'BreadcrumbList');
    expect(main('/').map((d) => d['@type'])).toEqual(['WebSite']);
    expect(main(ROUTES.glossary).map((d) => d['@type'])).toEqual(['DefinedTermSet']);
    for (const id of index.articleIds) {
      const [article] = main(pagePath('article', id));
      expect(article!['@type']).toBe('NewsArticle');
      expect(article!.headline).toBe(index.articles[id]!.data.title);
      expect(article!.datePublished).toBe(index.articles[id]!.data.published);
      expect(article!.image).toEqual([abs(`/og/articles/${id}.png`)]);
      expect((article!.citation as unknown[]).length).toBe(index.articles[id]!.sources.length);
      expect((article!.publisher as { name: string }).name).toBe(index.site.publisher);
    }
    for (const id of index.actorIds) {
      const [actor] = main(pagePath('actor', id));
      expect(actor!['@type'], id).toBe(ACTOR_SCHEMA_TYPE[index.actors[id]!.data.kind]);
      expect(actor!.name).toBe(index.actors[id]!.data.name);
    }
    for (const id of index.termIds) {
      const [term] = main(pagePath('term', id));
      expect(term!['@type']).toBe('DefinedTerm');
      expect(term!.inDefinedTermSet).toEqual({ '@id': `${abs(ROUTES.glossary)}#set` });
    }
    const types = new Set(index.actorIds.map((id) => main(pagePath('actor', id))[0]!['@type']));
    expect([...types]).toEqual(expect.arrayContaining(['Person', 'GovernmentOrganization', 'Organization']));
  });
});

describe('one presentation per entry (src/views/entry-view.ts)', () => {
  const page = (route: string) => parse(read(`${route.slice(1)}index.html`));
  const text = (html: ReturnType<typeof parse>, selector: string) => html.querySelector(selector)!.textContent.replace(/\s+/g, ' ').trim();
  const entity = (html: ReturnType<typeof parse>) =>
    html.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, unknown>).find((d) => d['@type'] !== 'BreadcrumbList')!;
  const previews = () => JSON.parse(read('previews.json')) as Record<string, { eyebrow: string; role?: string; summary?: string; translations?: { lang: string; language: string; text: string }[] }>;

  it('the page, preview, card, feed and JSON-LD of a military actor and of a term with translations agree', () => {
    const actorId = index.actorIds.find((id) => index.actors[id]!.data.kind === 'military' && index.actors[id]!.data.country)!;
    const actor = page(pagePath('actor', actorId));
    const actorPreview = previews()[`actor:${actorId}`]!;
    const card = actorCard(index, actorId);
    const eyebrow = text(actor, '.page-head .eyebrow');
    expect(eyebrow).toBe(`Armed force · ${index.actors[actorId]!.data.country}`);
    expect([actorPreview.eyebrow, card.actorKind]).toEqual([eyebrow, eyebrow]);
    const role = text(actor, '.page-head .role');
    expect([actorPreview.role, `${card.role} (${card.roleAsOf})`]).toEqual([role, role]);
    const summary = text(actor, '.page-head .dek');
    expect([actorPreview.summary, entity(actor).description, actor.querySelector('meta[name="description"]')?.getAttribute('content')]).toEqual([summary, summary, summary]);

    const termId = index.termIds.find((id) => Object.keys(index.terms[id]!.data.translations ?? {}).length)!;
    const term = page(pagePath('term', termId));
    const termPreview = previews()[`term:${termId}`]!;
    const termCardData = termCard(index, termId);
    const shown = term.querySelectorAll('.page-head .translations > span').map((span) => ({ lang: span.querySelector('i')!.getAttribute('lang'), text: span.textContent }));
    expect(shown.length).toBeGreaterThan(0);
    expect(termPreview.translations!.map((t) => ({ lang: t.lang, text: `${t.language}: ${t.text}` }))).toEqual(shown);
    expect(`${termCardData.translation!.language}: ${termCardData.translation!.text}`).toBe(shown[0]!.text);
    const tagged = (entity(term).alternateName as unknown[]).filter((n): n is { '@value': string; '@language': string } => typeof n === 'object');
    expect(tagged.map((n) => n['@language'])).toEqual(shown.map((t) => t.lang));
    const category = text(term, '.page-head .eyebrow');
    expect([termPreview.eyebrow, `Glossary · ${termCardData.category}`]).toEqual([category, category]);
    const definition = text(term, '.page-head .definition').replace(/^Definition\. /, '');
    expect([termPreview.summary, termCardData.definition, entity(term).description]).toEqual([definition, definition, definition]);

    // The feed shows articles: its item says what the article's page, card and JSON-LD say.
    const articleId = index.articleIds[0]!;
    const article = page(pagePath('article', articleId));
    const item = ([xml.parse(read('rss.xml')).rss.channel.item].flat() as { title: string; link: string; description: string }[]).find((i) => i.link === abs(pagePath('article', articleId)))!;
    const headline = text(article, 'h1');
    expect([item.title, articleCard(index, articleId).title, entity(article).headline]).toEqual([headline, headline, headline]);
    expect([item.description, entity(article).description]).toEqual([article.querySelector('meta[name="description"]')?.getAttribute('content'), index.articles[articleId]!.data.summary]);
  });
});

describe('drafts', () => {
  it('have no page in the build', () => {
    for (const route of DRAFT_PATHS) expect(existsSync(path.join(out, route, 'index.html')), route).toBe(false);
  });

  it('are linked from no page, not even by auto-linking their names', () => {
    for (const file of htmlFiles()) {
      const html = read(file);
      for (const route of DRAFT_PATHS) expect(html.includes(route), `${file} mentions ${route}`).toBe(false);
    }
    // The published article does use the draft names, so the absence above is meaningful.
    const article = read(`${pagePath('article', index.articleIds[0]!).slice(1)}index.html`);
    expect(article).toContain('Ecuador');
    expect(article).toContain('Trinidad and Tobago');
  });

  it('are in neither the feed nor the sitemap', () => {
    for (const file of ['rss.xml', 'sitemap-0.xml']) {
      const text = read(file);
      for (const route of DRAFT_PATHS) expect(text.includes(route), `${file} has ${route}`).toBe(false);
      expect(text).not.toContain('draft update');
    }
  });

  it('are not in the search index', () => {
    const dir = path.join(out, 'pagefind/fragment');
    const fragments = readdirSync(dir).map((f) => gunzipSync(readFileSync(path.join(dir, f))).toString('utf8'));
    expect(fragments.length).toBe(index.articleIds.length + index.actorIds.length + index.termIds.length);
    const urls = fragments.map((f) => (JSON.parse(f.replace(/^pagefind_dcd/, '')) as { url: string }).url);
    expect(urls).toContain(pagePath('article', index.articleIds[0]!));
    for (const route of DRAFT_PATHS) expect(urls).not.toContain(route);
  });
});
