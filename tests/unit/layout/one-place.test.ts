/**
 * Facts decided in one place stay there: the `kind:id` key (src/core/kinds.ts), the routes
 * (src/core/routes.ts), reading JSX attributes and node places (src/read/mdx-nodes.ts), the label
 * maps (src/views/entry-view.ts). This test reads src/ and fails on a second copy. (That suites running a full
 * `astro build` stay out of the unit lane is tests/scripts/lanes.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')]));
const sources = walk('src').filter((f) => /\.(ts|astro)$/.test(f));

/** `file:line: text` for every line of src/ (outside `home`) that matches `pattern`. */
function copies(pattern: RegExp, home: string): string[] {
  return sources
    .filter((file) => file !== home)
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
}

describe('one place for each rule', () => {
  it('the kind:id key is made by entryKey only', () => {
    expect(copies(/[`'"](?:article|actor|term|figure):\$\{/, 'src/core/kinds.ts')).toEqual([]);
  });

  it('routes are written in the routes table only', () => {
    expect(copies(/['"`]\/(?:search|actors|glossary|timeline|sources|articles)\/['"`]/, 'src/core/routes.ts')).toEqual([]);
  });

  it('JSX attributes are read through mdx-nodes.ts', () => {
    expect(copies(/attributes\.find\(/, 'src/read/mdx-nodes.ts')).toEqual([]);
  });

  it('kind and category labels are defined in entry-view.ts only', () => {
    expect(copies(/military: '(?!GovernmentOrganization)/, 'src/views/entry-view.ts')).toEqual([]);
  });
});
