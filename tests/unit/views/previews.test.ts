import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPreviews } from '../../../src/views/previews.ts';
import { loadSite } from '../../../src/site/load.ts';

const { index } = loadSite({ root: path.resolve('tests/fixtures/basic') });

describe('preview data', () => {
  const data = buildPreviews(index!, '/');

  it('has one preview per actor, term and figure, keyed like data-preview', () => {
    expect(Object.keys(data).sort()).toEqual(
      ['actor:ana-nunez', 'actor:elan-group', 'term:airspace', 'term:coca', 'term:cocaine', 'figure:toll'].sort(),
    );
  });

  it('gives an actor its name, kind, dated role, summary and page', () => {
    expect(data['actor:ana-nunez']).toEqual({
      kind: 'actor',
      title: 'Ana Núñez',
      eyebrow: 'Person',
      role: 'Minister (as of 11 November 2025)',
      summary: 'A minister.',
      href: '/actors/ana-nunez/',
    });
  });

  it('gives a term its definition and its translations with the language name', () => {
    expect(data['term:cocaine']).toEqual({
      kind: 'term',
      title: 'Cocaine',
      eyebrow: 'Glossary · Drugs',
      summary: 'A drug.',
      translations: [{ lang: 'es', language: 'Spanish', text: 'cocaína' }],
      href: '/glossary/cocaine/',
    });
    expect(data['term:airspace']!.translations).toBeUndefined();
  });

  it('gives a figure every claim with who, when and the source', () => {
    expect(data['figure:toll']).toMatchObject({
      kind: 'figure',
      title: 'People killed',
      claims: [{ display: 'at least 75', by: 'the government', asOf: '11 November 2025', source: 'A news report', href: '/sources/#source-report' }],
      href: '/sources/#source-report',
    });
  });

  it('shows every claim when they disagree, newest first', () => {
    const figure = index!.figures['toll']!;
    const disputed = { ...index!, figures: { toll: { ...figure, claims: [...figure.claims, { value: 80, asOf: '2025-11-20', source: 'treaty', by: 'critics' }] } } };
    const claims = buildPreviews(disputed, '/')['figure:toll']!.claims!;
    expect(claims.map((c) => [c.display, c.by])).toEqual([['80 people', 'critics'], ['at least 75', 'the government']]);
  });

  it('puts every link under the deploy base', () => {
    const based = buildPreviews(index!, '/explainer/');
    for (const preview of Object.values(based)) expect(preview.href).toMatch(/^\/explainer\//);
    expect(based['term:coca']!.href).toBe('/explainer/glossary/coca/');
  });

  it('does not translate a term into the site’s own language', () => {
    const es = buildPreviews({ ...index!, site: { ...index!.site, language: 'es' } }, '/');
    expect(es['term:cocaine']!.translations).toBeUndefined();
  });
});
