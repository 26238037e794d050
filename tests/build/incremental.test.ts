/**
 * Incremental builds (Astro's `experimental.incrementalBuild` with the cache keys of
 * src/views/page-keys.ts): after each kind of edit (and a deletion), a rebuild that reuses the
 * previous build's pages must produce exactly the bytes of a clean build of the edited content,
 * and it must actually reuse the pages the edit cannot have changed. An edit whose effect a page's cache key missed
 * would leave that page stale and fail the byte comparison.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { diffDist, hashDist } from '../../scripts/testing/dist-hash.ts';
import { materialise } from '../fixtures/bad/materialise.ts';

const NODE = path.resolve('node_modules/.bin/node');
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const temp = mkdtempSync(path.join(tmpdir(), 'explainer-incremental-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const root = materialise({ name: 'incremental', edits: [], expected: { exit: 0 } }, temp);
const content = path.join(root, 'content');

function build(dir: string): { output: string; out: string } {
  const out = path.join(dir, 'dist');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EXPLAINER_CONTENT: content, EXPLAINER_OUT: out, EXPLAINER_CACHE: path.join(dir, 'cache') };
  const result = spawnSync(NODE, [ASTRO, 'build'], { env, encoding: 'utf8', timeout: 240_000 });
  const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
  expect(result.status, output).toBe(0);
  return { output, out };
}

/** Pages the build rendered again (Astro logs reused ones as "(restored)"). */
function rendered(output: string): string[] {
  return [...output.matchAll(/[├└]─ (\S+\.html) \(\+\d+ms\)/g)].map((m) => m[1]!);
}
function restored(output: string): string[] {
  return [...output.matchAll(/[├└]─ (\S+\.html) \(restored\)/g)].map((m) => m[1]!);
}

function edit(file: string, from: string, to: string): void {
  const at = path.join(content, file);
  const text = readFileSync(at, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" not found in ${file}`);
  writeFileSync(at, text.replace(from, to));
}

interface Edit {
  what: string;
  apply: () => void;
  /** Pages that must be rendered again. */
  renders: string[];
  /** Pages that must be reused. */
  reuses: string[];
}

const EDITS: Edit[] = [
  {
    what: 'editing a glossary entry’s summary',
    apply: () => edit('glossary/coca.mdx', 'summary: A plant.', 'summary: A plant grown in the Andes.'),
    renders: ['/glossary/coca/index.html', '/articles/the-story/index.html'],
    // Cocaine's body links to coca, but its page shows nothing of coca's summary.
    reuses: ['/glossary/airspace/index.html', '/glossary/cocaine/index.html'],
  },
  {
    what: 'renaming an actor (auto-links in every body change)',
    apply: () => edit('actors/ana-nunez.mdx', 'name: Ana Núñez', 'name: Ana María Núñez'),
    renders: ['/actors/ana-nunez/index.html', '/articles/the-story/index.html'],
    reuses: ['/glossary/airspace/index.html'],
  },
  {
    what: 'editing a source’s title (citations in bodies and source lists)',
    apply: () => edit('sources.yaml', 'title: A treaty', 'title: A treaty on narcotic drugs'),
    renders: ['/glossary/coca/index.html', '/actors/ana-nunez/index.html', '/glossary/airspace/index.html'],
    reuses: ['/actors/elan-group/index.html', '/articles/the-story/index.html'],
  },
  {
    what: 'editing an article body to mention another term',
    apply: () => edit('articles/the-story.mdx', 'And more.', 'And more. The airspace was closed.'),
    renders: ['/articles/the-story/index.html', '/glossary/airspace/index.html'],
    reuses: ['/actors/elan-group/index.html'],
  },
  {
    what: 'deleting an actor (its page goes, links to it become text)',
    apply: () => rmSync(path.join(content, 'actors/elan-group.mdx')),
    renders: ['/articles/the-story/index.html'],
    reuses: ['/glossary/airspace/index.html'],
  },
  {
    what: 'editing the site’s title (every page)',
    apply: () => edit('site.yaml', 'title: Test explainer', 'title: Test explainer, updated'),
    renders: ['/glossary/airspace/index.html', '/actors/ana-nunez/index.html', '/articles/the-story/index.html'],
    reuses: [],
  },
];

describe('incremental astro build', () => {
  const incremental = path.join(temp, 'incremental');

  it('reuses every page with a cache key when nothing changed', () => {
    build(incremental);
    const again = build(incremental);
    expect(rendered(again.output).filter((p) => /^\/(articles|actors|glossary)\/[^/]+\/index\.html$/.test(p))).toEqual([]);
    expect(restored(again.output).length).toBeGreaterThan(5);
  });

  EDITS.forEach((e, i) => {
    it(`after ${e.what}, renders what changed, reuses the rest, and matches a clean build`, () => {
      e.apply();
      const { output, out } = build(incremental);
      for (const page of e.renders) expect(rendered(output), page).toContain(page);
      for (const page of e.reuses) expect(restored(output), page).toContain(page);
      const clean = build(path.join(temp, `clean-${i}`));
      expect(diffDist(hashDist(clean.out), hashDist(out))).toEqual([]);
    });
  });
});
