/**
 * AUTHORING.md lists every message `npm run check` and `npm run new` can print. This test reads
 * the messages out of the code and fails when one is missing from the guide, so a new or
 * reworded message cannot ship without its explanation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every source file of the stages that speak to authors: found, not listed, so a new check cannot be missed. */
const AUTHOR_FACING = ['read', 'checks', 'site', 'author'];
const FILES = AUTHOR_FACING.flatMap((stage) =>
  readdirSync(`src/${stage}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `src/${stage}/${f}`)
    .sort(),
);
const guide = readFileSync('AUTHORING.md', 'utf8').replace(/\\\|/g, '|');

/** The literal pieces of a message (the parts around `${…}`), long enough to be distinctive. */
function pieces(literal: string): string[] {
  return literal
    .split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/)
    .map((p) => p.replace(/\$\{.*$/, '').replace(/\\(.)/g, '$1').replace(/^["'\s]+|["'\s]+$/g, ''))
    .filter((p) => p.replace(/[^a-z]/gi, '').length >= 6);
}

/** The message (not the fix) of every diagnostic in a source file. */
function messagesIn(code: string): string[] {
  const patterns = [
    /\b(?:error|warning)\(\s*(?:'[^']*'|`[^`]*`|[\w.]+)\s*,[^,]+,[^,]*?(?:undefined|place|\{[^}]*\}|[\w.]+\([^)]*\)|p\.place|parsed\.problem\.place),\s*(['`])((?:\\.|(?!\1).)*)\1/g,
    /\breport\('[\w-]+', node,\s*(['`])((?:\\.|(?!\1).)*)\1/g,
    /\bmessage:\s*(['`])((?:\\.|(?!\1).)*)\1/g,
    /\bok: false, message: (?:code === 'EEXIST' \? )?(['`])((?:\\.|(?!\1).)*)\1/g,
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[2]!));
}

describe('AUTHORING.md', () => {
  const messages = FILES.flatMap((file) => messagesIn(readFileSync(file, 'utf8')).map((m) => ({ file, m })));

  it('finds the messages in the code', () => {
    // Each file that reports a problem is among those read.
    for (const file of ['src/read/load.ts', 'src/checks/dated-roles.ts', 'src/author/scaffold.ts', 'src/site/load.ts']) expect(FILES).toContain(file);
    // A sanity floor: if the extraction breaks, this test must not pass silently.
    expect(messages.length).toBeGreaterThan(60);
  });

  it('explains every message the check can print', () => {
    const missing = messages.flatMap(({ file, m }) => pieces(m).filter((p) => !guide.includes(p)).map((p) => `${file}: "${p}"`));
    expect(missing).toEqual([]);
  });
});
