/**
 * Renders every page's card into `<outDir>/og/…png`: validate the card data (all errors at once),
 * render the cards the cache lacks (in parallel on worker threads when there are many) into the
 * cache, then copy every card into place and prune cache entries no page uses any more.
 *
 * The two halves can run apart: a build starts rendering as soon as the index exists
 * (`startCards`, while Astro renders the pages on the main thread) and copies the cards into the
 * output folder once it is written (`finish`).
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CardData, cardDataErrors, cardImagePath } from './card-data.ts';
import { CardCache, cardKey } from './cache.ts';
import { type CardPool, renderInPool } from './internal/pool.ts';
import { createRenderer, rendererFingerprint } from './render.ts';

export interface CardRunOptions {
  cacheDir: string;
  /** Worker threads for misses; default: one per core when there are at least `parallelFrom` (64) misses, below which starting workers costs more than it saves. */
  workers?: number;
  parallelFrom?: number;
  /** Workers to start with, when fewer than `workers` (e.g. leave the main thread's core to Astro until `finish`). */
  initialWorkers?: number;
  warn?: (message: string) => void;
}

export interface RenderAllOptions extends CardRunOptions {
  outDir: string;
}

export interface RenderAllStats {
  cards: number;
  hits: number;
  rendered: number;
  pruned: number;
  workers: number;
  ms: number;
}

export interface CardRun {
  /** Cards the cache lacked, being rendered. */
  readonly misses: number;
  /** Waits for the renders, writes every card to `<outDir>/og/…` and prunes the cache. */
  finish(outDir: string): Promise<RenderAllStats>;
  /** Stops rendering and destroys every worker (a build that failed); resolves when they are gone. Safe at any time, more than once, and after `finish`. */
  stop(): Promise<void>;
}

export class CardDataError extends Error {}

/** Throws one error listing every bad card as `file:line: message`. */
export function assertCardData(cards: readonly unknown[]): asserts cards is CardData[] {
  const errors = cards.flatMap(cardDataErrors);
  if (errors.length) throw new CardDataError(`${errors.length} card data error${errors.length === 1 ? '' : 's'}:\n${errors.join('\n')}`);
}

/** Starts rendering the cards the cache lacks, on worker threads when there are many; single-threaded renders wait for `finish`. */
export function startCards(cards: readonly unknown[], options: CardRunOptions): CardRun {
  const start = performance.now();
  assertCardData(cards);
  const cache = new CardCache(options.cacheDir);
  const fingerprint = rendererFingerprint();
  const keys = cards.map((card) => cardKey(fingerprint, card));
  const misses = cards.flatMap((card, i) => (cache.has(keys[i]!) ? [] : [{ card, key: keys[i]! }]));

  const warnings: string[] = [];
  const store = (i: number, png: Uint8Array, warned: string[]) => {
    cache.set(misses[i]!.key, png);
    warnings.push(...warned);
  };
  const cores = Math.max(1, os.availableParallelism());
  const workers = options.workers ?? (misses.length >= (options.parallelFrom ?? 64) ? cores : 0);
  let pool: CardPool | undefined;
  if (misses.length && workers > 1) pool = renderInPool(misses.map((m) => m.card), Math.min(workers, options.initialWorkers ?? workers), (i, r) => store(i, r.png, r.warnings));
  // A rejection is reported by `finish`; until then it must not count as unhandled.
  pool?.done.catch(() => {});

  return {
    misses: misses.length,
    stop: async () => pool?.stop(),
    async finish(outDir) {
      if (pool) {
        pool.grow(workers);
        await pool.done;
      } else if (misses.length) {
        const renderer = createRenderer();
        for (let i = 0; i < misses.length; i++) {
          const warned: string[] = [];
          store(i, await renderer.render(misses[i]!.card, (w) => warned.push(w)), warned);
        }
      }
      // Warnings in card order, whatever order the workers finished in.
      for (const w of [...new Set(warnings)].sort()) options.warn?.(w);
      const outFile = (card: CardData) => path.join(outDir, cardImagePath(card));
      for (const dir of new Set(cards.map((c) => path.dirname(outFile(c))))) mkdirSync(dir, { recursive: true });
      cards.forEach((card, i) => {
        if (!cache.copyTo(keys[i]!, outFile(card))) throw new Error(`${card.origin.file}:${card.origin.line}: the card for ${card.path} is missing from the cache (${cache.dir}): was it deleted during the build?`);
      });
      const pruned = cache.prune();
      return { cards: cards.length, hits: cards.length - misses.length, rendered: misses.length, pruned, workers: pool ? workers : misses.length ? 1 : 0, ms: performance.now() - start };
    },
  };
}

export async function renderAllCards(cards: readonly unknown[], options: RenderAllOptions): Promise<RenderAllStats> {
  return startCards(cards, options).finish(options.outDir);
}
