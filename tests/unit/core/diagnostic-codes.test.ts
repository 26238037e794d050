/**
 * Diagnostic codes are a public interface (JSON output, GitHub annotations, CI filters): every code
 * is registered once, documented in AUTHORING.md, and actually produced somewhere in the code.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../../src/core/diagnostic-codes.ts';
import { loadSite } from '../../../src/site/load.ts';
import { BAD_CASES } from '../../fixtures/bad/cases.ts';
import { materialise } from '../../fixtures/bad/materialise.ts';

const codes = Object.keys(DIAGNOSTIC_CODES);
const guide = readFileSync('AUTHORING.md', 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}
const code = sources('src').filter((f) => !f.endsWith('diagnostic-codes.ts')).map((f) => readFileSync(f, 'utf8')).join('\n');

describe('diagnostic codes', () => {
  it('are kebab-case', () => {
    expect(codes.filter((c) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c))).toEqual([]);
  });
  it('are each listed in AUTHORING.md', () => {
    expect(codes.filter((c) => !guide.includes(`\`${c}\``))).toEqual([]);
  });
  it('name, for each error, the contract clause that makes it one (or why it cannot be rendered)', () => {
    const errors = Object.entries(DIAGNOSTIC_CODES).flatMap(([c, e]) => (e.severity === 'error' ? [{ c, clause: e.clause }] : []));
    expect(errors.length).toBeGreaterThan(20);
    expect(errors.filter(({ clause }) => !/^(§2[ :]|cannot be rendered: )/.test(clause)).map(({ c }) => c)).toEqual([]);
  });
  it("are listed in AUTHORING.md's error reference with their severity and, for an error, its clause", () => {
    const rows = new Map(
      [...guide.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning) \| [^|]+ \| ((?:\\\||[^|])+) \|$/gm)].map((m) => [m[1]!, { severity: m[2]!, clause: m[3]!.replace(/\\\|/g, '|').trim() }]),
    );
    const wrong = Object.entries(DIAGNOSTIC_CODES).filter(([c, e]) => {
      const row = rows.get(c);
      return !row || row.severity !== e.severity || row.clause !== ('clause' in e ? e.clause : '—');
    });
    expect(wrong.map(([c]) => c)).toEqual([]);
  });
  it('are each produced somewhere (no dead code in the list)', () => {
    // `unknown-${kind}` produces unknown-source, unknown-actor, … from one line.
    const produced = (c: string) => code.includes(`'${c}'`) || (c.startsWith('unknown-') && code.includes('`unknown-${'));
    expect(codes.filter((c) => !produced(c))).toEqual([]);
  });
  it('are carried by every diagnostic of the bad-input matrix', () => {
    const seen = new Set<string>();
    for (const testCase of BAD_CASES) {
      const root = materialise(testCase);
      try {
        for (const d of loadSite({ root }).diagnostics) {
          expect(codes, `${testCase.name}: ${d.message}`).toContain(d.code);
          expect(d.severity, `${testCase.name}: ${d.code}`).toBe(DIAGNOSTIC_CODES[d.code].severity);
          seen.add(d.code);
        }
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
    // The matrix exercises many kinds of problem, each under its own code.
    expect(seen.size).toBeGreaterThanOrEqual(20);
  });
});
