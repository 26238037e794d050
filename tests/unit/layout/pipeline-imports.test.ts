/**
 * The source tree is the pipeline (README, "How it works"): one folder per stage, imports only
 * flowing forward along it, never into another stage's `internal/` folder, and no Astro outside
 * the page layer and the integrations. This test reads every import under src/ and fails on the
 * first arrow that runs backwards, so the layout cannot silently decay.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The stages in the order a file of content travels through them. */
export const STAGES = ['read', 'index', 'checks', 'markdown', 'emit', 'cards', 'pages', 'integrations'] as const;
type Stage = (typeof STAGES)[number];
/** Astro's own folders (pages must be src/pages) form one stage: the pages. */
const PAGE_LAYER = new Set(['pages', 'layouts', 'components', 'client', 'styles', 'env.d.ts']);
/** Stages that may use Astro: the page layer and the integrations. */
const ASTRO_ALLOWED: ReadonlySet<Stage> = new Set(['pages', 'integrations']);

export function stageOf(file: string): Stage | undefined {
  const [top, first] = file.split('/');
  if (top !== 'src' || !first) return undefined;
  if (PAGE_LAYER.has(first)) return 'pages';
  return (STAGES as readonly string[]).includes(first) ? (first as Stage) : undefined;
}

/** Everything wrong with one import of `from` (a path under src/) that names `spec`. */
export function importProblems(from: string, spec: string): string[] {
  const source = stageOf(from);
  if (!source) return [`${from} is in no stage: put it in one of src/${STAGES.join('/, src/')}/ (or the page layer)`];
  if (spec === 'astro' || spec.startsWith('astro:') || spec.startsWith('astro/') || spec.endsWith('.astro')) {
    return ASTRO_ALLOWED.has(source) ? [] : [`${from} imports ${spec}: only the page layer and the integrations may use Astro`];
  }
  if (!spec.startsWith('.')) return [];
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  if (!target.startsWith('src/')) return [`${from} imports ${target}: the pipeline may not import from outside src/`];
  const to = stageOf(target);
  if (!to) return [`${from} imports ${target}, which is in no stage`];
  const problems: string[] = [];
  if (STAGES.indexOf(to) > STAGES.indexOf(source)) problems.push(`${from} imports ${target}: ${source} comes before ${to}, so the arrow runs backwards`);
  if (to !== source && target.split('/').includes('internal')) problems.push(`${from} imports ${target}: that is internal to ${to}`);
  return problems;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(?\s*['"]([^'"]+)['"]|new URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url/gm;

export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!).filter(Boolean);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    return e.isDirectory() ? walk(p) : /\.(ts|mts|mjs|astro)$/.test(e.name) ? [p] : [];
  });
}

describe('the import rule', () => {
  it('allows forward and same-stage imports', () => {
    expect(importProblems('src/index/linking.ts', '../read/text.ts')).toEqual([]);
    expect(importProblems('src/cards/build.ts', './internal/pool.ts')).toEqual([]);
    expect(importProblems('src/pages/index.astro', '../layouts/Base.astro')).toEqual([]);
    expect(importProblems('src/integrations/cards.ts', '../cards/build.ts')).toEqual([]);
  });
  it('rejects an import that runs backwards', () => {
    expect(importProblems('src/index/site.ts', '../markdown/render-body.ts')).toEqual(['src/index/site.ts imports src/markdown/render-body.ts: index comes before markdown, so the arrow runs backwards']);
    expect(importProblems('src/read/load.ts', '../pages/x.ts')).toHaveLength(1);
  });
  it("rejects an import into another stage's internals", () => {
    expect(importProblems('src/integrations/cards.ts', '../cards/internal/fonts.ts')).toEqual(['src/integrations/cards.ts imports src/cards/internal/fonts.ts: that is internal to cards']);
  });
  it('rejects Astro in a stage folder, and files outside every stage', () => {
    expect(importProblems('src/emit/feed.ts', 'astro:content')).toHaveLength(1);
    expect(importProblems('src/components/A.astro', '../components/B.astro')).toEqual([]);
    expect(importProblems('src/lib/x.ts', './y.ts')[0]).toMatch(/in no stage/);
  });
  it('reads static, dynamic and worker imports', () => {
    expect(importsOf("import a from './a.ts';\nimport type { B } from \"../b.ts\";\nexport { c } from './c.ts';\nconst w = new Worker(new URL('./w.ts', import.meta.url));\nawait import('./d.ts');")).toEqual(['./a.ts', '../b.ts', './c.ts', './w.ts', './d.ts']);
  });
});

describe('src/', () => {
  const files = walk('src');
  it('has only stage folders at the top', () => {
    const tops = new Set(files.map((f) => f.split('/')[1]!));
    const unknown = [...tops].filter((t) => !PAGE_LAYER.has(t) && !(STAGES as readonly string[]).includes(t));
    expect(unknown).toEqual([]);
  });
  it('imports only forward along the pipeline', () => {
    const problems = files.flatMap((f) => importsOf(readFileSync(f, 'utf8')).flatMap((spec) => importProblems(f, spec)));
    expect(problems).toEqual([]);
  });
});
