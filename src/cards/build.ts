/**
 * Renders every page's card into `<outDir>/og/…png`: validate the card data (all errors at once),
 * copy cache hits, render misses (in parallel on worker threads when there are many), store them,
 * and prune cache entries no page uses any more.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CardData, cardDataErrors, cardImagePath } from './card-data.ts';
import { CardCache, cardKey } from './cache.ts';
import { renderInPool } from './internal/pool.ts';
import { createRenderer, rendererFingerprint } from './render.ts';

export interface RenderAllOptions {
  outDir: string;
  cacheDir: string;
  /** Worker threads for misses; default: one per core when there are at least `parallelFrom` (64) misses, below which starting workers costs more than it saves. */
  workers?: number;
  parallelFrom?: number;
  warn?: (message: string) => void;
}

export interface RenderAllStats {
  cards: number;
  hits: number;
  rendered: number;
  pruned: number;
  workers: number;
  ms: number;
}

export class CardDataError extends Error {}

/** Throws one error listing every bad card as `file:line: message`. */
export function assertCardData(cards: readonly unknown[]): asserts cards is CardData[] {
  const errors = cards.flatMap(cardDataErrors);
  if (errors.length) throw new CardDataError(`${errors.length} card data error${errors.length === 1 ? '' : 's'}:\n${errors.join('\n')}`);
}

export async function renderAllCards(cards: readonly unknown[], options: RenderAllOptions): Promise<RenderAllStats> {
  const start = performance.now();
  assertCardData(cards);
  const cache = new CardCache(options.cacheDir);
  const fingerprint = rendererFingerprint();
  const outFile = (card: CardData) => path.join(options.outDir, cardImagePath(card));
  const dirs = new Set(cards.map((c) => path.dirname(outFile(c))));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });

  const misses: Array<{ card: CardData; key: string }> = [];
  for (const card of cards) {
    const key = cardKey(fingerprint, card);
    if (!cache.copyTo(key, outFile(card))) misses.push({ card, key });
  }

  const store = (i: number, png: Uint8Array, warnings: string[]) => {
    const { card, key } = misses[i]!;
    cache.set(key, png);
    writeFileSync(outFile(card), png);
    for (const w of warnings) options.warn?.(w);
  };
  const cores = Math.max(1, os.availableParallelism());
  const workers = options.workers ?? (misses.length >= (options.parallelFrom ?? 64) ? cores : 0);
  if (misses.length && workers > 1) {
    await renderInPool(misses.map((m) => m.card), workers, (i, r) => store(i, r.png, r.warnings));
  } else if (misses.length) {
    const renderer = createRenderer();
    for (let i = 0; i < misses.length; i++) {
      const warnings: string[] = [];
      store(i, await renderer.render(misses[i]!.card, (w) => warnings.push(w)), warnings);
    }
  }
  const pruned = cache.prune();
  return { cards: cards.length, hits: cards.length - misses.length, rendered: misses.length, pruned, workers: misses.length && workers > 1 ? workers : misses.length ? 1 : 0, ms: performance.now() - start };
}
