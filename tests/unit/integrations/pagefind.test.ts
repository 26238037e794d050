import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteHtmlHash } from '../../../src/integrations/pagefind.ts';

describe('the search index is reused only when no HTML changed', () => {
  it('hashes every HTML file (path and bytes), and nothing else', () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'pagefind-'));
    mkdirSync(path.join(site, 'a'));
    mkdirSync(path.join(site, 'pagefind'));
    writeFileSync(path.join(site, 'a', 'index.html'), '<p>a</p>');
    writeFileSync(path.join(site, 'index.html'), '<p>home</p>');
    const first = siteHtmlHash(site);
    // Cards, the previous index and other files do not count.
    writeFileSync(path.join(site, 'card.png'), 'x');
    writeFileSync(path.join(site, 'pagefind', 'stale.html'), 'x');
    expect(siteHtmlHash(site)).toBe(first);
    writeFileSync(path.join(site, 'a', 'index.html'), '<p>b</p>');
    expect(siteHtmlHash(site)).not.toBe(first);
    writeFileSync(path.join(site, 'a', 'index.html'), '<p>a</p>');
    expect(siteHtmlHash(site)).toBe(first);
    writeFileSync(path.join(site, 'b.html'), '');
    expect(siteHtmlHash(site)).not.toBe(first);
  });
});
