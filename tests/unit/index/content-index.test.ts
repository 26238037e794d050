import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/site/load.ts';

const root = path.resolve('tests/fixtures/basic');

describe('the content index', () => {
  const { index, diagnostics } = loadSite({ root });

  it('loads the fixture without errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(index).toBeDefined();
  });

  it('holds every entry by id, sorted for display', () => {
    expect(index!.articleIds).toEqual(['the-story']);
    expect(index!.actorIds).toEqual(['ana-nunez', 'elan-group']);
    // A–Z, accent-insensitive: Élan sorts under E, Cocaine after Coca.
    expect(index!.termIds).toEqual(['airspace', 'coca', 'cocaine']);
    expect(index!.sourceIds).toEqual(['report', 'treaty', 'unused']);
    expect(index!.timeline.map((e) => e.title)).toEqual(['It began', 'The minister spoke']);
  });

  it('collects names and aliases for linking', () => {
    expect(index!.names).toContainEqual({ kind: 'actor', id: 'ana-nunez', text: 'Núñez' });
    expect(index!.names).toContainEqual({ kind: 'term', id: 'cocaine', text: 'cocaína' });
  });

  it('records every mention with its page, anchor and sentence', () => {
    const coca = index!.mentions['term:coca']!;
    expect(coca.map((m) => [m.page.id, m.anchor])).toEqual([
      ['the-story', 'mention-term-coca-0'],
      ['the-story', 'mention-term-coca-1'],
      ['ana-nunez', 'mention-term-coca-0'],
      ['cocaine', 'mention-term-coca-0'],
    ]);
    expect(coca[0]!.snippet).toBe('Ana Núñez spoke about coca.');
    expect(index!.mentions['actor:elan-group']![0]!.snippet).toContain('Élan group');
    // A page never mentions itself.
    expect(index!.mentions['term:cocaine']!.map((m) => m.page.id)).toEqual(['the-story', 'coca']);
  });

  it('orders each page’s sources: frontmatter, then citations, then figure sources', () => {
    expect(index!.articles['the-story']!.sources).toEqual(['report']);
    expect(index!.actors['ana-nunez']!.sources).toEqual(['report', 'treaty']);
    expect(index!.citedBy['treaty']!.map((p) => p.id)).toEqual(['ana-nunez', 'airspace', 'coca', 'cocaine']);
    expect(index!.citedBy['unused']).toBeUndefined();
  });

  it('derives what the article features from its text', () => {
    const article = index!.articles['the-story']!;
    expect(article.actors).toEqual(['ana-nunez', 'elan-group']);
    expect(article.terms).toEqual(['coca', 'cocaine']);
    expect(article.figures).toEqual(['toll']);
    expect(article.lead).toEqual(['Ana Núñez spoke about coca.', 'It was late.', 'Then she left.']);
  });

  it('leaves drafts out unless asked', () => {
    expect(index!.articleIds).not.toContain('unfinished');
    const withDrafts = loadSite({ root, includeDrafts: true }).index!;
    expect(withDrafts.articleIds).toContain('unfinished');
  });
});
