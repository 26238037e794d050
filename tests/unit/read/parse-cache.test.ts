/** The parsed-MDX cache (src/read/internal/parse-cache.ts): same trees as parsing, fresh copies, pruning, safe when stale or broken. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/read/internal/mdx-parse.ts';
import { memoryParseCache, openParseCache } from '../../../src/read/internal/parse-cache.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const A = 'Ana Núñez spoke about coca. <Cite id="report" />\n\n## Details\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
const B = 'Another body with <Term id="coca">a link</Term>.\n';

describe('openParseCache', () => {
  const file = path.join(dir, 'mdast.bin');

  it('returns the same trees as parsing, and reads them back on the next load', () => {
    const first = openParseCache(file, 'f1');
    expect(first.parse(A)).toEqual(parseMdx(A));
    expect(first.parse(B)).toEqual(parseMdx(B));
    first.save();
    expect(first.misses).toBe(2);

    const second = openParseCache(file, 'f1');
    expect(second.parse(A)).toEqual(parseMdx(A));
    expect(second.hits).toBe(1);
    expect(second.misses).toBe(0);
  });

  it('hands out a fresh copy every time, so changing a tree cannot change the cache', () => {
    const cache = openParseCache(file, 'f1');
    const tree = cache.parse(A).tree!;
    tree.children.length = 0;
    expect(cache.parse(A).tree!.children.length).toBeGreaterThan(0);
    expect(openParseCache(file, 'f1').parse(A).tree!.children.length).toBeGreaterThan(0);
  });

  it('keeps only the bodies of the latest load', () => {
    const cache = openParseCache(file, 'f1');
    cache.parse(A);
    cache.save();
    const next = openParseCache(file, 'f1');
    next.parse(B);
    expect(next.misses).toBe(1);
  });

  it('does not write when nothing changed', () => {
    const cache = openParseCache(file, 'f1');
    cache.parse(B);
    cache.save();
    const before = statSync(file).mtimeMs;
    const again = openParseCache(file, 'f1');
    again.parse(B);
    again.save();
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('starts cold when the parser changed or the file is broken, and never caches a syntax error', () => {
    const other = openParseCache(file, 'f2');
    other.parse(B);
    expect(other.misses).toBe(1);
    writeFileSync(file, 'not a cache');
    const broken = openParseCache(file, 'f1');
    expect(broken.parse(B).tree).toBeDefined();
    expect(broken.misses).toBe(1);
    const bad = broken.parse('<Term id="x">unclosed');
    expect(bad.problem).toBeDefined();
    broken.save();
    // The broken file was replaced by a cache that holds the good body and not the bad one.
    expect(readFileSync(file, 'utf8')).not.toBe('not a cache');
    const next = openParseCache(file, 'f1');
    expect(next.parse(B).tree).toEqual(parseMdx(B).tree);
    expect(next.hits).toBe(1);
    expect(next.parse('<Term id="x">unclosed').problem).toBeDefined();
    expect(next.misses).toBe(1);
  });
});

describe('memoryParseCache', () => {
  it('parses a body once per process, hands out fresh copies, and writes nothing', () => {
    const cache = memoryParseCache();
    expect(cache.parse(A)).toEqual(parseMdx(A));
    const tree = cache.parse(A).tree!;
    tree.children.length = 0;
    expect(cache.parse(A)).toEqual(parseMdx(A));
    expect(cache.parse(B)).toEqual(parseMdx(B));
    expect([cache.hits, cache.misses]).toEqual([2, 2]);
  });

  it('starts from a build’s cache file when given one, and never writes it', () => {
    const file = path.join(dir, 'seed.bin');
    const build = openParseCache(file, 'f9');
    build.parse(A);
    build.save();
    const before = readFileSync(file);
    const seeded = memoryParseCache({ file, fingerprint: 'f9' });
    expect(seeded.parse(A)).toEqual(parseMdx(A));
    seeded.parse(B);
    expect([seeded.hits, seeded.misses]).toEqual([1, 1]);
    expect(readFileSync(file).equals(before)).toBe(true);
    const other = memoryParseCache({ file, fingerprint: 'another parser' });
    other.parse(A);
    expect(other.misses).toBe(1);
  });
});
