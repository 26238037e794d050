/**
 * The bad-input matrix (tests/fixtures/bad/cases.ts), in process: for every case the loader the
 * build and `npm run check` both use (`loadSite`) reports the problem at its file and line, and
 * refuses to build an index for a failing case — the integration builds nothing without one, so
 * "no index" is the build refusing it. That `npm run check` itself exits 1, prints the same line
 * and no stack trace and changes no file is tested by running it once per case, in the build lane
 * (tests/build/bad-input.test.ts); tests/build/build.test.ts runs ONE real build of a bad case and
 * one of a good case to prove the gate is wired in.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/diagnostics.ts';
import { loadSite } from '../../../src/site/load.ts';
import { BAD_CASES } from '../../fixtures/bad/cases.ts';
import { materialise } from '../../fixtures/bad/materialise.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

it('covers at least 30 invalid content sets and the inputs that must pass', () => {
  expect(BAD_CASES.filter((c) => c.expected.exit === 1).length).toBeGreaterThanOrEqual(30);
  expect(BAD_CASES.filter((c) => c.expected.exit === 0 && !c.expected.warning).map((c) => c.name)).toEqual(['bom-and-crlf', 'long-dek', 'unicode-title']);
});

describe('the loader on bad input', () => {
  for (const testCase of BAD_CASES) {
    it(testCase.name, () => {
      const root = materialise(testCase);
      roots.push(root);
      const site = loadSite({ root, includeDrafts: false });
      const { expected } = testCase;
      const at = (file: string, line: number, severity: 'error' | 'warning') =>
        site.diagnostics.filter((d) => d.file === file && d.line === line && d.severity === severity).map(formatDiagnostic).join('\n');
      const all = site.diagnostics.map(formatDiagnostic).join('\n');
      if (expected.exit === 0) {
        expect(site.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
        expect(site.index).toBeDefined();
        if (expected.warning) {
          const { file, line, message } = expected.warning;
          expect(at(file, line, 'warning'), `a warning at ${file}:${line}: in\n${all}`).toMatch(message);
        }
        return;
      }
      expect(at(expected.file, expected.line, 'error'), `an error at ${expected.file}:${expected.line}: in\n${all}`).toMatch(expected.message);
      expect(site.index).toBeUndefined();
    });
  }
});
