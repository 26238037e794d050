/**
 * The cards integration: `astro build` starts rendering every page's card when the build starts
 * (cards need only the index, not the pages), on worker threads beside Astro's page rendering, and
 * writes them into dist/og/ when the pages are done (cached across builds); in `astro dev` it
 * serves `/og/*.png` on demand and the `/cards/` preview gallery.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ContentIndex } from '../index/content-index.ts';
import { allCards, cardImagePath, homeCard } from '../cards/card-data.ts';
import { type CardRun, CardDataError, assertCardData, startCards } from '../cards/build.ts';
import { CardCache, cardKey } from '../cards/cache.ts';
import { galleryHtml } from '../cards/gallery.ts';
import { type CardRenderer, createRenderer } from '../cards/render.ts';

export interface CardsOptions {
  root: string;
  getIndex: () => ContentIndex | undefined;
  /** Where rendered cards are kept between builds (`cachePath(env, 'cards')`, src/core/env.ts). */
  cacheDir: string;
}

export function cards(options: CardsOptions): AstroIntegration {
  const { cacheDir } = options;
  let base = '/';
  let run: CardRun | undefined;
  const fail = (error: unknown, logger: { error(message: string): void }): never => {
    if (error instanceof CardDataError) {
      logger.error(error.message);
      throw new Error('social cards: fix the card data errors above');
    }
    throw error;
  };
  /** Destroys the card workers of this build, whatever state it is in (a no-op once they are done). */
  const stopCards = async (): Promise<void> => {
    process.off('exit', stopCards);
    process.off('beforeExit', stopCards);
    const stopping = run;
    run = undefined;
    await stopping?.stop();
  };
  return {
    name: 'explainer:cards',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        let renderer: CardRenderer | undefined;
        server.middlewares.use(async (req, res, next) => {
          const url = decodeURIComponent((req.url ?? '').split('?')[0]!);
          const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
          if (!url.startsWith(prefix)) return next();
          const route = url.slice(prefix.length) || '/';
          const index = options.getIndex();
          if (!index || (!route.startsWith('/og/') && route !== '/cards/' && route !== '/cards')) return next();
          try {
            const list = [...allCards(index)];
            assertCardData(list);
            if (route.startsWith('/cards')) {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              return res.end(galleryHtml(list, base, index.site.title));
            }
            const card = list.find((c) => cardImagePath(c) === route) ?? (route === '/og/index.png' ? homeCard(index) : undefined);
            if (!card) return next();
            renderer ??= createRenderer();
            const cache = new CardCache(cacheDir);
            const key = cardKey(renderer.fingerprint, card);
            let png: Uint8Array | undefined = cache.get(key);
            if (!png) {
              png = await renderer.render(card, (w) => logger.warn(w));
              cache.set(key, png);
            }
            res.setHeader('Content-Type', 'image/png');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(png);
          } catch (error) {
            logger.error(error instanceof Error ? error.message : String(error));
            res.statusCode = 500;
            res.end(error instanceof CardDataError ? error.message : 'card rendering failed; see the terminal');
          }
        });
      },
      'astro:build:start': ({ logger }) => {
        const index = options.getIndex();
        if (!index) throw new Error('cards: the content index is missing');
        try {
          // Astro renders pages on the main thread: one worker per remaining core now, all cores once the pages are written.
          // Starting a worker costs ~0.25 s, hidden behind the pages, so even a few misses go to one.
          run = startCards(allCards(index), { cacheDir, parallelFrom: 8, initialWorkers: Math.max(1, os.availableParallelism() - 1), warn: (w) => logger.warn(w) });
        } catch (error) {
          fail(error, logger);
        }
        // A build that fails after this point (a page, Vite, another integration) never reaches
        // astro:build:done: Astro prints the error and exits. The workers are destroyed then, by us,
        // not left to the process's teardown; and if the process runs out of work with the cards
        // unfinished (a failed build in a caller that does not exit), they are destroyed too.
        process.once('exit', stopCards);
        process.once('beforeExit', stopCards);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!run) throw new Error('cards: astro:build:start did not run');
        try {
          const stats = await run.finish(fileURLToPath(dir));
          logger.info(`${stats.cards} social cards: ${stats.rendered} rendered${stats.workers > 1 ? ` on ${stats.workers} workers` : ''}, ${stats.hits} from the cache, ${stats.pruned} stale cache entries pruned, in ${Math.round(stats.ms)} ms since the build started`);
        } catch (error) {
          fail(error, logger);
        } finally {
          await stopCards();
        }
      },
    },
  };
}
