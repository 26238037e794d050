import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/site/load.ts';
import { actorEntity, breadcrumbList, breadcrumbTrail, definedTerm, definedTermSet, jsonLdText, newsArticle, webSite } from '../../../src/emit/structured-data.ts';

const { index } = loadSite({ root: path.resolve('tests/fixtures/basic') });
const idx = index!;

describe('JSON-LD builders', () => {
  it('NewsArticle: headline, dates, card image under the base, sources as citations, site publisher', () => {
    const article = newsArticle(idx, '/sub/', idx.articles['the-story']!);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'The story',
      datePublished: '2025-11-11',
      dateModified: '2025-11-11',
      url: 'https://test.example.org/sub/articles/the-story/',
      image: ['https://test.example.org/sub/og/articles/the-story.png'],
      publisher: { '@type': 'Organization', name: 'Test Desk' },
      author: { '@type': 'Organization', name: 'Test Desk' },
    });
    const citations = article.citation as { name: string }[];
    expect(citations.map((c) => c.name)).toEqual(idx.articles['the-story']!.sources.map((id) => idx.sources[id]!.title));
  });

  it('actors get Person or Organization types by kind', () => {
    expect(actorEntity(idx, '/', idx.actors['ana-nunez']!)).toMatchObject({ '@type': 'Person', name: 'Ana Núñez', jobTitle: 'Minister', alternateName: ['Núñez'] });
    const group = actorEntity(idx, '/', idx.actors['elan-group']!);
    expect(['Organization', 'GovernmentOrganization']).toContain(group['@type']);
    expect(group).not.toHaveProperty('jobTitle');
  });

  it('terms are DefinedTerms in the glossary DefinedTermSet, translations tagged with their language', () => {
    const term = definedTerm(idx, '/', idx.terms['cocaine']!);
    expect(term).toMatchObject({ '@type': 'DefinedTerm', name: 'Cocaine', inDefinedTermSet: { '@id': 'https://test.example.org/glossary/#set' } });
    expect(term.alternateName).toEqual(['cocaína', { '@value': 'cocaína', '@language': 'es' }]);
    const set = definedTermSet(idx, '/');
    expect(set['@id']).toBe('https://test.example.org/glossary/#set');
    expect((set.hasDefinedTerm as { '@id': string }[]).map((t) => t['@id'])).toContain(term['@id']);
  });

  it('the home page is a WebSite with a search action on the search page', () => {
    const site = webSite(idx, '/sub/');
    expect(site['@type']).toBe('WebSite');
    expect(JSON.stringify(site.potentialAction)).toContain('https://test.example.org/sub/search/?q={search_term_string}');
  });
});

describe('breadcrumbs', () => {
  it('go Home › section › page, with articles directly under Home', () => {
    expect(breadcrumbTrail('/', 'X', 'Site')).toEqual([{ name: 'Site', path: '/' }]);
    expect(breadcrumbTrail('/actors/', 'Actors', 'Site')).toEqual([{ name: 'Site', path: '/' }, { name: 'Actors', path: '/actors/' }]);
    expect(breadcrumbTrail('/glossary/coca/', 'Coca', 'Site').map((c) => c.path)).toEqual(['/', '/glossary/', '/glossary/coca/']);
    expect(breadcrumbTrail('/articles/the-story/', 'The story', 'Site').map((c) => c.path)).toEqual(['/', '/articles/the-story/']);
  });

  it('BreadcrumbList items are absolute URLs under the base, numbered from 1', () => {
    const list = breadcrumbList(idx, '/sub/', '/actors/ana-nunez/', 'Ana Núñez');
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Test explainer', item: 'https://test.example.org/sub/' },
      { '@type': 'ListItem', position: 2, name: 'Actors', item: 'https://test.example.org/sub/actors/' },
      { '@type': 'ListItem', position: 3, name: 'Ana Núñez', item: 'https://test.example.org/sub/actors/ana-nunez/' },
    ]);
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element or open a comment, and still parses to the same value', () => {
    const data = { name: 'A </script><script>alert(1)</script> <!-- & \u2028 end' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
