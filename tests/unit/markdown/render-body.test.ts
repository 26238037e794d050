/**
 * The body pipeline (src/markdown/render-body.ts): MDX bodies of the basic fixture → HTML, with the
 * content components written from the index, citations numbered by the page's source list, heading
 * ids for the table of contents, links under the deploy base, and nothing that is not allowed.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseMdx } from '../../../src/read/internal/mdx-parse.ts';
import { createBodyRenderer, renderBodies } from '../../../src/markdown/render-body.ts';
import { loadRenderedSite, loadSite } from '../../../src/site/load.ts';

const root = path.resolve('tests/fixtures/basic');
const { index } = loadRenderedSite({ root, base: '/' });
if (!index) throw new Error('the basic fixture must load');
const story = index.articles['the-story']!;

function render(mdx: string, options: { base?: string; sources?: string[]; onArticle?: boolean } = {}) {
  const parsed = parseMdx(mdx);
  if (!parsed.tree) throw new Error(parsed.problem.message);
  return createBodyRenderer(index!, options.base ?? '/')(parsed.tree as Root, { sources: options.sources ?? [], onArticle: options.onArticle ?? false });
}

/** Text as axe's label-content-name-mismatch compares it: lower case, no punctuation, single spaces. */
const spoken = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

describe('renderBody on the fixture article', () => {
  it('gives every labelled link an accessible name that starts with its visible text (WCAG 2.5.3)', () => {
    const links = [...story.body.matchAll(/<a [^>]*aria-label="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((m) => ({ label: m[1]!, text: m[2]!.replace(/<[^>]+>/g, '') }));
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.filter((l) => !spoken(l.label).startsWith(spoken(l.text)))).toEqual([]);
  });

  it('auto-links first mentions and keeps explicit links, with mention anchors and previews', () => {
    expect(story.body).toContain('<a class="xref xref-actor" href="/actors/ana-nunez/" id="mention-actor-ana-nunez-0" data-preview="actor:ana-nunez" data-auto>Ana Núñez</a>');
    expect(story.body).toContain('<a class="xref xref-term" href="/glossary/coca/" id="mention-term-coca-1" data-preview="term:coca">the leaf</a>');
  });

  it('numbers citations by the page’s source list and labels them with the source', () => {
    expect(index!.articles['the-story']!.sources[0]).toBe('report');
    expect(story.body).toContain('<sup class="cite"><a href="#source-report" aria-label="1, source: A news report">[1]</a></sup>');
  });

  it('renders a quotation alone in its paragraph as a block quote with who said it', () => {
    expect(story.body).toMatch(/<figure class="quote"><blockquote>We will act now<\/blockquote><figcaption>— Ana Núñez\. <a href="#source-report" aria-label="Source 1: A news report">Source \[1\]<\/a><\/figcaption><\/figure>/);
  });

  it('writes figures with who says it, as of when, and a link to the figures section on articles', () => {
    expect(story.body).toContain('<strong class="figure-value">at least 75</strong><span class="figure-asof">, according to the government, as of <time datetime="2025-11-11">11 November 2025</time>');
    expect(story.body).toContain('href="#figure-toll" data-preview="figure:toll">about this figure</a>');
  });

  it('gives headings GitHub-style ids and lists them for the table of contents', () => {
    expect(story.body).toContain('<h2 id="details">Details</h2>');
    expect(story.headings).toEqual([{ depth: 2, slug: 'details', text: 'Details' }]);
  });
});

describe('renderBodies', () => {
  it('returns a new index with every body, and leaves the index it was given as it was', () => {
    const { built } = loadSite({ root });
    if (!built) throw new Error('the basic fixture must load');
    const index = structuredClone(built.index);
    const rendered = renderBodies(built, '/');
    expect(built.index).toEqual(index);
    expect(built.index.articles['the-story']).not.toHaveProperty('body');
    expect(rendered.articles['the-story']!.body).toBe(story.body);
    for (const id of rendered.termIds) expect(rendered.terms[id]!.body).toMatch(/^<p>/);
    expectTypeOf(rendered.actors['ana-nunez']!.body).toEqualTypeOf<string>();
  });
});

describe('renderBody', () => {
  it('puts links under the deploy base', () => {
    expect(render('<Term id="coca">coca</Term>', { base: '/explainer/' }).body).toContain('href="/explainer/glossary/coca/"');
  });

  it('leaves the text of a link to an unknown entry unlinked', () => {
    expect(render('<Term id="nope">a word</Term>').body).toBe('<p>a word</p>');
  });

  it('numbers an inline quote and marks who said it', () => {
    const { body: html } = render('She said <Quote source="treaty" by="Ana">we act</Quote> today.', { sources: ['report', 'treaty'] });
    expect(html).toContain('<q class="quote-inline" data-by="Ana">we act</q><sup class="cite"><a href="#source-treaty" aria-label="2, source: A treaty, United Nations">[2]</a></sup>');
  });

  it('writes asides with their heading, and typographic quotes', () => {
    const { body: html } = render('<Aside kind="unknown">\n\nIt is "unclear".\n\n</Aside>');
    expect(html).toBe('<aside class="callout callout-unknown" aria-label="What we don’t know"><p class="callout-title">What we don’t know</p><p>It is “unclear”.</p></aside>');
  });

  it('keeps harmless inline HTML with its allowed attributes only', () => {
    expect(render('<abbr title="United Nations">UN</abbr>').body).toBe('<p><abbr title="United Nations">UN</abbr></p>');
    expect(() => render('<abbr onclick="x()">UN</abbr>')).toThrow(/onclick is not allowed/);
  });

  it('refuses anything that is not a content component, even if the check was skipped', () => {
    expect(() => render('<Widget />')).toThrow(/<Widget> is not a content component/);
    expect(() => render('<script>alert(1)</script>')).toThrow(/<script> is not a content component/);
    expect(() => render('Sum: {1 + 1}')).toThrow(/mdxTextExpression is not allowed/);
  });

  it('links a figure to the figures section only in an article’s body (file.data), in any order of calls', () => {
    const more = 'href="#figure-toll"';
    expect(render('<Figure id="toll" />', { onArticle: true }).body).toContain(more);
    expect(render('<Figure id="toll" />', { onArticle: false }).body).not.toContain(more);
    expect(render('<Figure id="toll" />', { onArticle: true }).body).toContain(more);
  });

  it('renders GFM tables and footnotes', () => {
    const { body: html } = render('| a | b |\n|---|---|\n| 1 | 2 |\n\nA claim.[^1]\n\n[^1]: The note.');
    expect(html).toContain('<table>');
    expect(html).toContain('id="user-content-fn-1"');
  });
});
