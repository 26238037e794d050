/**
 * The test lanes (vitest.config.ts, scripts/testing/test.ts): every test file runs in exactly one
 * Vitest project; the unit lane (`npm run test:unit`) starts no `astro build` — suites that do
 * live in tests/build/, the build lane; and CI checks the committed story with `npm run check`
 * (its editorial state is the check's business, not a unit test's).
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const projects = (config.test?.projects ?? []) as { test: { name: string; include: string[] } }[];
const lane = (name: string) => projects.find((p) => p.test.name === name)!;
const inLane = (name: string, file: string) => lane(name).test.include.some((glob) => path.matchesGlob(file, glob));
const testFiles = globSync('tests/**/*.test.ts', { cwd: ROOT }).map((f) => f.split(path.sep).join('/')).sort();
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the test lanes', () => {
  it('are unit and build, each with its npm script', () => {
    expect(projects.map((p) => p.test.name)).toEqual(['unit', 'build']);
    expect(scripts['test:unit']).toBe('vitest run --project unit');
    expect(scripts['test:build']).toBe('vitest run --project build');
  });

  it('run every test file once', () => {
    expect(testFiles.length).toBeGreaterThan(50);
    expect(testFiles.filter((f) => Number(inLane('unit', f)) + Number(inLane('build', f)) !== 1)).toEqual([]);
  });

  it('keep full builds out of the unit lane', () => {
    const starts = /astro\/bin\/astro\.mjs|['"]astro['"],\s*\[?['"]build|npm run build['"]/;
    const unit = testFiles.filter((f) => inLane('unit', f) && f !== 'tests/scripts/lanes.test.ts');
    expect(unit.length).toBeGreaterThan(40);
    expect(unit.filter((f) => starts.test(readFileSync(path.join(ROOT, f), 'utf8')))).toEqual([]);
    expect(testFiles.filter((f) => inLane('build', f) && starts.test(readFileSync(path.join(ROOT, f), 'utf8'))).length).toBeGreaterThan(0);
  });

  it('CI checks the committed story before it builds it', () => {
    const ci = readFileSync(path.join(ROOT, '.ci/run'), 'utf8').split('\n').map((l) => l.trim());
    expect(ci.indexOf('npm run check')).toBeGreaterThan(-1);
    expect(ci.indexOf('npm run check')).toBeLessThan(ci.indexOf('npm run build'));
  });
});
