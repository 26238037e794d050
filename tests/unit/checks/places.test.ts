import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/diagnostics.ts';
import { loadSite } from '../../../src/site/load.ts';

/** A copy of the basic fixture with extra files, so each case states its own content. */
function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'explainer-places-'));
  cpSync(path.resolve('tests/fixtures/basic'), root, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', name), text);
  roots.push(root);
  return root;
}
const roots: string[] = [];
afterAll(() => roots.forEach((r) => {
  rmSync(r, { recursive: true, force: true });
}));

const PLACES = `- id: caracas
  name: Caracas
  kind: capital
  lat: 10.48
  lon: -66.90
- id: bogota
  name: Bogotá
  lat: 4.71
  lon: -74.07
- id: colombia
  name: Colombia
  kind: country
  lat: 2.5
  lon: -72.5
`;

const lines = (root: string) => loadSite({ root }).diagnostics.map(formatDiagnostic);

describe('places.yaml', () => {
  it('is optional: without it there are no places and no errors', () => {
    const { index, diagnostics } = loadSite({ root: path.resolve('tests/fixtures/basic') });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(index!.places).toEqual({});
  });

  it('loads valid places into the index', () => {
    const { index, diagnostics } = loadSite({ root: fixture({ 'places.yaml': PLACES }) });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(Object.keys(index!.places)).toEqual(['caracas', 'bogota', 'colombia']);
    expect(index!.places['bogota']).toEqual({ id: 'bogota', name: 'Bogotá', lat: 4.71, lon: -74.07 });
  });

  it('reports schema errors with their line', () => {
    const bad = `- id: caracas
  name: Caracas
  lat: 100
  lon: -66.9
- id: Bad Id
  name: Somewhere
  lat: 1
  lon: east
- id: sea
  name: A sea
  kind: ocean
  lat: 1
  lon: 1
- id: dup
  name: Once
  lat: 1
  lon: 1
- id: dup
  name: Twice
  lat: 1
  lon: 1
`;
    const out = lines(fixture({ 'places.yaml': bad })).filter((l) => l.startsWith('content/places.yaml'));
    expect(out).toEqual([
      expect.stringMatching(/^content\/places\.yaml:3:\d+: .*lat.*between -90 and 90/),
      expect.stringMatching(/^content\/places\.yaml:5:\d+: .*id.*must be an id/),
      expect.stringMatching(/^content\/places\.yaml:8:\d+: .*lon.*must be a longitude/),
      expect.stringMatching(/^content\/places\.yaml:11:\d+: .*kind/),
      expect.stringMatching(/^content\/places\.yaml:18:\d+: the place id "dup" is used twice/),
    ]);
  });

  it('warns when a country place matches no outline, with a suggestion', () => {
    const out = lines(fixture({ 'places.yaml': PLACES.replace('name: Colombia', 'name: Columbia') }));
    expect(out).toContainEqual(expect.stringMatching(/^content\/places\.yaml:11:\d+: warning: no country outline is named "Columbia".*did you mean "Colombia"\?/));
  });
});

describe('<Map> in content', () => {
  const article = (map: string) => `---
title: Mapped
dek: A map.
published: 2025-11-11
summary: A map.
sources: [report]
---
Text.

${map}
`;

  it('accepts known place ids', () => {
    const root = fixture({ 'places.yaml': PLACES, 'articles/mapped.mdx': article('<Map places="caracas bogota" focus="caracas" title="Where" />') });
    expect(loadSite({ root }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports each unknown place id with its line and a did-you-mean', () => {
    const root = fixture({ 'places.yaml': PLACES, 'articles/mapped.mdx': article('<Map places="caracas bogta  lima" focus="carcas" />') });
    const out = lines(root).filter((l) => l.includes('mapped.mdx'));
    expect(out).toEqual([
      'content/articles/mapped.mdx:10:1: <Map focus="carcas">: unknown place "carcas" — did you mean "caracas"?',
      'content/articles/mapped.mdx:10:1: <Map places="caracas bogta  lima">: unknown place "bogta" — did you mean "bogota"?',
      'content/articles/mapped.mdx:10:1: <Map places="caracas bogta  lima">: unknown place "lima" — add it to content/places.yaml or fix the id',
    ]);
  });

  it('requires places and rejects unknown attributes', () => {
    const root = fixture({ 'places.yaml': PLACES, 'articles/mapped.mdx': article('<Map zoom="3" />') });
    const out = lines(root).filter((l) => l.includes('mapped.mdx'));
    expect(out.some((l) => /places/.test(l))).toBe(true);
    expect(out.some((l) => /no attribute "zoom"/.test(l))).toBe(true);
  });
});
