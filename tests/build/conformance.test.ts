/**
 * The conformance test: content that follows the contract (CONTRACT.md) exactly, generated from a
 * seed by scripts/testing/generate-conformance.ts, must pass `npm run check` at three sizes, and
 * the smallest must build every route of the contract with its card. A rule that fails this is either in the
 * contract or wrong: fix the rule, not the generator.
 */
import { execFile, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import { DIAGNOSTIC_CODES } from '../../src/core/diagnostic-codes.ts';
import { CONFORMANCE_SIZES, type ConformanceSet, generateConformance } from '../../scripts/testing/generate-conformance.ts';

const run = promisify(execFile);
const NODE = path.resolve('node_modules/.bin/node');
const CHECK = path.resolve('scripts/author/check.ts');
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const temp = mkdtempSync(path.join(tmpdir(), 'explainer-conformance-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const sets = new Map<string, ConformanceSet>();
function generate(size: keyof typeof CONFORMANCE_SIZES): { dir: string; set: ConformanceSet } {
  const dir = path.join(temp, size);
  if (!sets.has(size)) sets.set(size, generateConformance({ out: dir, pages: CONFORMANCE_SIZES[size], seed: 20251111 }));
  return { dir, set: sets.get(size)! };
}

async function check(content: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(NODE, [CHECK], { env: { ...process.env, EXPLAINER_CONTENT: content }, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (failure) {
    const f = failure as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof f.code === 'number' ? f.code : -1, output: `${f.stdout ?? ''}${f.stderr ?? ''}` };
  }
}

describe('content that follows CONTRACT.md exactly', () => {
  for (const size of Object.keys(CONFORMANCE_SIZES) as (keyof typeof CONFORMANCE_SIZES)[]) {
    it(`passes npm run check (${size}, ${CONFORMANCE_SIZES[size]} pages)`, async () => {
      const { dir, set } = generate(size);
      expect(set.articles.length + set.actors.length + set.terms.length + set.drafts.length).toBeGreaterThanOrEqual(CONFORMANCE_SIZES[size]);
      const { code, output } = await check(path.join(dir, 'content'));
      expect(output, output).toMatch(/✓ 0 errors/);
      expect(code).toBe(0);
    }, 120_000);
  }

  it('is refused only where the contract says so: an alias that differs only in case and accents from another entry’s name', () => {
    const { dir, set } = generate('S');
    const copy = path.join(temp, 'clash');
    cpSync(dir, copy, { recursive: true });
    const [first] = set.names.filter((n) => n.kind === 'actor' && /[áéíóúñ]/i.test(n.name));
    const other = set.actors.find((id) => id !== first!.id)!;
    const clash = first!.name.normalize('NFD').replace(/\p{M}+/gu, '').toUpperCase();
    const file = path.join(copy, 'content/actors', `${other}.mdx`);
    const text = readFileSync(file, 'utf8').replace(/^aliases: .*\n/m, '');
    rmSync(file);
    appendFileSync(file, text.replace(/^name: (.*)$/m, `name: $1\naliases: [${JSON.stringify(clash)}]`));
    const { index, diagnostics } = loadSite({ root: copy });
    expect(index).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((d) => d.code))).toEqual(new Set(['name-clash']));
    expect(errors.map((d) => d.message).join('\n')).toMatch(/already names content\/actors\//);
    // The error names the clause that makes it one.
    expect(DIAGNOSTIC_CODES['name-clash'].clause).toMatch(/belongs to one entry only \(compared case- and accent-insensitively\)/);
  });

  it('builds every route of the contract with its card (S)', () => {
    const { dir, set } = generate('S');
    const out = path.join(temp, 'dist-S');
    const result = spawnSync(NODE, [ASTRO, 'build'], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EXPLAINER_CONTENT: path.join(dir, 'content'), EXPLAINER_OUT: out, EXPLAINER_CACHE: path.join(temp, 'cache-S') },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);

    // CONTRACT.md, "Routes": the card of /<path>/ is /og/<path>.png, the home page's /og/index.png.
    const pages: [string, string][] = [
      ['index.html', 'og/index.png'],
      ['404.html', 'og/index.png'],
      ['actors/index.html', 'og/actors.png'],
      ['glossary/index.html', 'og/glossary.png'],
      ['timeline/index.html', 'og/timeline.png'],
      ['sources/index.html', 'og/sources.png'],
      ...set.articles.map((id): [string, string] => [`articles/${id}/index.html`, `og/articles/${id}.png`]),
      ...set.actors.map((id): [string, string] => [`actors/${id}/index.html`, `og/actors/${id}.png`]),
      ...set.terms.map((id): [string, string] => [`glossary/${id}/index.html`, `og/glossary/${id}.png`]),
    ];
    const missing = pages.flatMap(([page, card]) => [page, card].filter((f) => !existsSync(path.join(out, f))));
    expect(missing).toEqual([]);
    const png = readFileSync(path.join(out, `og/articles/${set.edges.longTitle}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);

    const page = (file: string) => readFileSync(path.join(out, file), 'utf8');
    // A draft has no page.
    for (const id of set.drafts) expect(existsSync(path.join(out, `articles/${id}/index.html`))).toBe(false);
    // The page shows a 400-character title whole.
    const escaped = set.edges.longTitleText.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    expect(page(`articles/${set.edges.longTitle}/index.html`)).toContain(`>${escaped}</h1>`);
    // `updates` without `updated`: the latest update's date is shown.
    expect(page(`articles/${set.edges.updatesWithoutUpdated}/index.html`)).toContain(`Updated <time datetime="${set.edges.latestUpdate}">`);
    // An article with no actors, and a term used nowhere, still build.
    expect(page(`articles/${set.edges.noActors}/index.html`)).not.toContain('xref-actor');
    expect(page(`glossary/${set.edges.unusedTerm}/index.html`)).toContain('Not mentioned on any other page yet.');
    // An empty sources list says so.
    expect(page(`glossary/${set.edges.noSources}/index.html`)).toContain('This page lists no source.');
  }, 320_000);
});
