import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedSite, siteKey } from '../../../src/site/cache.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'site-cache-'));
const content = path.join(root, 'content');
mkdirSync(path.join(content, 'glossary'), { recursive: true });
writeFileSync(path.join(content, 'site.yaml'), 'title: T\n');
writeFileSync(path.join(content, 'glossary', 'coca.mdx'), '---\nterm: Coca\n---\nText.\n');
const file = path.join(root, 'cache', 'site.bin');

describe('site cache', () => {
  it('computes once for unchanged content and options, again after any change', async () => {
    let runs = 0;
    const load = (options: Record<string, unknown> = {}) => cachedSite(file, () => siteKey(root, 'content', options), () => ({ run: ++runs, index: { names: new Map([['a', 1]]) } }));
    expect(await load()).toMatchObject({ hit: false, value: { run: 1 } });
    const again = await load();
    expect(again).toMatchObject({ hit: true, value: { run: 1 } });
    expect(again.value.index.names.get('a')).toBe(1);
    // Other options (drafts, base) are another load.
    expect(await load({ includeDrafts: true })).toMatchObject({ hit: false, value: { run: 2 } });
    expect(await load({ includeDrafts: true })).toMatchObject({ hit: true });
    // One byte in one file.
    writeFileSync(path.join(content, 'glossary', 'coca.mdx'), '---\nterm: Coca\n---\nText!\n');
    expect(await load({ includeDrafts: true })).toMatchObject({ hit: false, value: { run: 3 } });
    // A new file, and a renamed one.
    writeFileSync(path.join(content, 'glossary', 'coke.mdx'), '');
    expect(await load({ includeDrafts: true })).toMatchObject({ hit: false, value: { run: 4 } });
  });

  it('without a file, always computes', async () => {
    let runs = 0;
    await cachedSite(undefined, () => 'k', () => ++runs);
    expect(await cachedSite(undefined, () => 'k', () => ++runs)).toEqual({ value: 2, hit: false });
  });
});
