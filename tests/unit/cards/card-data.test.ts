import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCards, cardDataErrors, cardForPath, cardImagePath } from '../../../src/cards/card-data.ts';
import { loadSite } from '../../../src/site/load.ts';

const { index } = loadSite({ root: path.resolve('tests/fixtures/basic') });

describe('card data', () => {
  const cards = allCards(index!);

  it('gives every page its own card, at its /og/ path', () => {
    expect(cards.map(cardImagePath)).toEqual([
      '/og/index.png',
      '/og/actors.png',
      '/og/glossary.png',
      '/og/timeline.png',
      '/og/sources.png',
      '/og/articles/the-story.png',
      '/og/actors/ana-nunez.png',
      '/og/actors/elan-group.png',
      '/og/glossary/airspace.png',
      '/og/glossary/coca.png',
      '/og/glossary/cocaine.png',
    ]);
    for (const card of cards) expect(cardDataErrors(card)).toEqual([]);
  });

  it('derives each kind from the index: dates as of, roles, translations', () => {
    const article = cardForPath(index!, '/articles/the-story/');
    expect(article).toMatchObject({ kind: 'article', asOf: 'as of 11 November 2025', origin: { file: 'content/articles/the-story.mdx', line: 1 } });
    const actor = cardForPath(index!, '/actors/ana-nunez/');
    expect(actor).toMatchObject({ kind: 'actor', name: index!.actors['ana-nunez']!.data.name, roleAsOf: 'as of 11 November 2025', actorKind: expect.stringMatching(/^Person/) });
    const term = cardForPath(index!, '/glossary/coca/');
    expect(term).toMatchObject({ kind: 'term', term: 'Coca', translation: { language: 'Spanish', text: index!.terms.coca!.data.translations!.es } });
  });

  it('gives each kind what a newsroom puts on a shared card', () => {
    const article = cardForPath(index!, '/articles/the-story/');
    // The lead figure, worded as on the page, with its source.
    expect(article).toMatchObject({ figure: { label: 'People killed', value: 'at least 75', source: expect.stringMatching(/^Source: .+ · according to the government, as of 11 November 2025$/) } });
    expect(cardForPath(index!, '/actors/ana-nunez/')).toMatchObject({ summary: index!.actors['ana-nunez']!.data.summary });
    expect(cardForPath(index!, '/glossary/')).toMatchObject({ count: '3 terms' });
    expect(cardForPath(index!, '/actors/')).toMatchObject({ count: '2 actors' });
    expect(cardForPath(index!, '/')).toMatchObject({ count: '1 article · 2 actors · 3 terms', publisher: 'Test Desk', dir: 'ltr' });
    // No accent or logo in site.yaml: none on the card (the template's own colours are used).
    expect(article).not.toHaveProperty('accent');
    expect(article).not.toHaveProperty('logo');
  });

  it('carries the site accent, the publisher logo and the direction of the site language', () => {
    const logo = { src: 'data:image/svg+xml;base64,PHN2Zy8+', width: 80, height: 32 };
    const arabic = { ...index!, site: { ...index!.site, language: 'ar', accent: '#A4161A' }, logo };
    const card = cardForPath(arabic, '/glossary/coca/');
    expect(card).toMatchObject({ accent: '#a4161a', logo, dir: 'rtl' });
  });

  it('gives pages without a card of their own (404) the home card', () => {
    expect(cardImagePath(cardForPath(index!, '/404.html'))).toBe('/og/index.png');
  });

  it('reports bad card data as file:line: message, every problem at once', () => {
    const bad = { kind: 'article', path: '/articles/x/', siteName: 'S', title: ' ', dek: 'D', asOf: '', origin: { file: 'content/articles/x.mdx', line: 3 } };
    expect(cardDataErrors(bad)).toEqual([
      'content/articles/x.mdx:3: article card is missing its title — give the entry a non-empty title',
      'content/articles/x.mdx:3: article card is missing its asOf — give the entry a non-empty asOf',
    ]);
    expect(cardDataErrors({ kind: 'poster', origin: { file: 'content/site.yaml', line: 1 } })).toEqual([
      'content/site.yaml:1: unknown card kind "poster" — use one of article, actor, term, index',
    ]);
  });
});
