import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CardDataError, renderAllCards, startCards } from '../../../src/cards/build.ts';
import { CardCache, cardKey } from '../../../src/cards/cache.ts';
import { createRenderer } from '../../../src/cards/render.ts';
import { allCards, type CardData } from '../../../src/cards/card-data.ts';
import { loadSite } from '../../../src/site/load.ts';

const { index } = loadSite({ root: path.resolve('tests/fixtures/basic') });
const cards = allCards(index!);
const temps: string[] = [];
function temp(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cards-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('card cache keys', () => {
  it('depend on what is drawn, not on alt text, origin or key order', () => {
    const card = cards[5]!;
    const same = { ...card, alt: 'other alt', origin: { file: 'x', line: 9 } };
    const reordered = Object.fromEntries(Object.entries(card).reverse()) as unknown as CardData;
    expect(cardKey('v1', same)).toBe(cardKey('v1', card));
    expect(cardKey('v1', reordered)).toBe(cardKey('v1', card));
    expect(cardKey('v2', card)).not.toBe(cardKey('v1', card));
    expect(cardKey('v1', { ...card, siteName: 'Other' } as CardData)).not.toBe(cardKey('v1', card));
  });
});

describe('rendering every card with the cache', () => {
  it('renders misses, reuses hits, re-renders only what changed and prunes the rest', async () => {
    const out = temp();
    const cacheDir = temp();
    const first = await renderAllCards(cards, { outDir: out, cacheDir, workers: 0 });
    expect(first).toMatchObject({ cards: cards.length, rendered: cards.length, hits: 0, pruned: 0 });
    expect(readdirSync(cacheDir)).toHaveLength(cards.length);
    const png = readFileSync(path.join(out, 'og/articles/the-story.png'));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);

    const again = await renderAllCards(cards, { outDir: temp(), cacheDir, workers: 0 });
    expect(again).toMatchObject({ rendered: 0, hits: cards.length, pruned: 0 });

    const changed = cards.map((c) => (c.kind === 'article' ? { ...c, title: 'A new title' } : c));
    const third = await renderAllCards(changed, { outDir: out, cacheDir, workers: 0 });
    expect(third).toMatchObject({ rendered: 1, hits: cards.length - 1, pruned: 1 });
    expect(readdirSync(cacheDir)).toHaveLength(cards.length);
    expect(Buffer.compare(readFileSync(path.join(out, 'og/articles/the-story.png')), png)).not.toBe(0);
  });

  it('prunes stray files and keeps entries read through the cache', () => {
    const dir = temp();
    const cache = new CardCache(dir);
    cache.set('a', new Uint8Array([1]));
    writeFileSync(path.join(dir, 'b.png'), 'old');
    writeFileSync(path.join(dir, 'c.png.123.tmp'), 'partial');
    const reopened = new CardCache(dir);
    expect(reopened.get('a')).toEqual(Buffer.from([1]));
    expect(reopened.get('missing')).toBeUndefined();
    expect([reopened.hits, reopened.misses]).toEqual([1, 1]);
    expect(reopened.prune()).toBe(2);
    expect(readdirSync(dir)).toEqual(['a.png']);
  });

  it('renders on worker threads the same bytes as in-process', async () => {
    const out = temp();
    const stats = await renderAllCards(cards.slice(0, 4), { outDir: out, cacheDir: temp(), workers: 2 });
    expect(stats).toMatchObject({ rendered: 4, workers: 2 });
    const renderer = createRenderer();
    for (const card of cards.slice(0, 4)) {
      const file = path.join(out, 'og', card.path === '/' ? 'index.png' : `${card.path.replace(/^\/|\/$/g, '')}.png`);
      expect(Buffer.compare(readFileSync(file), await renderer.render(card))).toBe(0);
    }
  });

  it('starts rendering before the output folder exists, on one worker, and grows to all when finishing', async () => {
    const cacheDir = temp();
    const run = startCards(cards, { cacheDir, workers: 2, initialWorkers: 1 });
    expect(run.misses).toBe(cards.length);
    // The renders land in the cache while "the pages are being written"; nothing is in the output yet.
    const out = path.join(temp(), 'dist');
    const stats = await run.finish(out);
    expect(stats).toMatchObject({ cards: cards.length, rendered: cards.length, workers: 2 });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(cards.length);
    const home = readFileSync(path.join(out, 'og', 'index.png'));
    expect(Buffer.compare(home, await createRenderer().render(cards[0]!))).toBe(0);
    // A second build finds every card in the cache and renders none.
    const again = startCards(cards, { cacheDir, workers: 2, initialWorkers: 1 });
    expect(again.misses).toBe(0);
    expect(await again.finish(temp())).toMatchObject({ rendered: 0, hits: cards.length, pruned: 0 });
  });

  it('refuses bad card data with every error as file:line: message, before rendering anything', async () => {
    const out = temp();
    const bad = [
      ...cards,
      { ...cards[5]!, title: '' },
      { kind: 'poster', origin: { file: 'content/site.yaml', line: 1 } },
    ];
    const run = renderAllCards(bad, { outDir: out, cacheDir: temp(), workers: 0 });
    await expect(run).rejects.toThrow(CardDataError);
    await expect(run).rejects.toThrow(
      '2 card data errors:\ncontent/articles/the-story.mdx:1: article card is missing its title — give the entry a non-empty title\ncontent/site.yaml:1: unknown card kind "poster" — use one of article, actor, term, index',
    );
    expect(readdirSync(out)).toEqual([]);
  });
});
