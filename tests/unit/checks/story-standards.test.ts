/**
 * The shipped story is held to the editorial rules (CONTRACT.md, "Editorial rules") by the editorial checks: warnings do not stop a
 * build, but the first story, the one authors copy from, should have none of these.
 */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/site/load.ts';
import { formatDiagnostic } from '../../../src/core/diagnostics.ts';

const STANDARDS = new Set(['unquoted-source-words', 'cited-beyond-source', 'undated-role']);

describe('the story in content/', () => {
  it('copies no source words bare, cites no source beyond what it says, and dates every role in a summary', () => {
    const { diagnostics } = loadSite({ root: process.cwd(), contentDir: 'content', includeDrafts: true });
    expect(diagnostics.filter((d) => STANDARDS.has(d.code)).map(formatDiagnostic)).toEqual([]);
  });
});
