/**
 * The source tree is the pipeline (README, "How it works"): one folder per stage, imports only
 * flowing forward along it, never into another stage's `internal/` folder, and no Astro outside
 * the page layer and the integrations. The rule lives in .dependency-cruiser.cjs (run by
 * `npm run lint`); this test runs it on src/ and on a fixture that breaks each part of it, so
 * a rule that stopped catching anything would fail here.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs') as { STAGES: string[]; PAGE_LAYER: string[] };
const CONFIG = path.resolve('.dependency-cruiser.cjs');
const DEPCRUISE = path.resolve('node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

interface Result {
  summary: { violations: { rule: { name: string }; from: string; to: string }[] };
}

/** Runs dependency-cruiser as `npm run lint` does, in `cwd`, and lists what it reports. */
function violations(cwd: string): string[] {
  // It exits 1 when it finds a violation: the report on stdout is what counts.
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json', '--no-progress'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(`dependency-cruiser printed no report: ${run.stderr}`);
  const json = run.stdout;
  const result = JSON.parse(json) as Result;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('the import rule', () => {
  it('finds every kind of broken import in a fixture', () => {
    const found = violations(path.resolve('tests/unit/layout/fixtures/backwards'));
    expect(found).toEqual(
      expect.arrayContaining([
        'backwards-from-core: src/core/a.ts → src/read/b.ts',
        'into-internal: src/integrations/cards.ts → src/cards/internal/fonts.ts',
        expect.stringMatching(/^astro-outside-page-layer: src\/read\/astro\.ts → /),
        'in-no-stage: src/lib/x.ts → src/read/b.ts',
        expect.stringMatching(/^no-circular: src\/(core\/a|read\/b)\.ts → /),
      ]),
    );
    // The integrations may use Astro: that import is not among the problems.
    expect(found.filter((v) => v.startsWith('astro-outside-page-layer: src/integrations'))).toEqual([]);
  });

  it('holds for src/', () => {
    expect(violations(process.cwd())).toEqual([]);
  });

  it('knows every folder at the top of src/', () => {
    const tops = readdirSync('src', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(tops.filter((t) => !config.STAGES.includes(t) && !config.PAGE_LAYER.includes(t))).toEqual([]);
  });
});
