/**
 * Renders many cards across cores on a tinypool pool of worker threads (./worker.ts), each worker
 * keeping its fonts warm. The pool lives only as long as its cards: it is destroyed when every card
 * is rendered, on the first failure, or when `stop` is called (a build that failed elsewhere).
 */
import { Tinypool } from 'tinypool';
import type { CardData } from '../card-data.ts';

export interface RenderResult {
  png: Uint8Array;
  warnings: string[];
  /** The worker that rendered it (its threadId). */
  worker: number;
}

export interface CardPool {
  /** Adds workers up to `size` in all (never more than there are cards left); e.g. once the pages are written and a core is free. */
  grow(size: number): void;
  /** Settles when every card is rendered (rejects on the first failure, or when stopped); the workers are gone by then. */
  readonly done: Promise<void>;
  /** Starts no more cards and destroys every worker (resolves when they are gone); `done` rejects if it had not settled. Safe to call at any time, more than once. */
  stop(): Promise<void>;
}

export class CardPoolStopped extends Error {}

/**
 * Renders `cards` on `size` workers (more with `grow`); `onDone` gets each result as it arrives.
 * A card is handed to the pool only when a worker is free for it, so a late worker shares the rest
 * of the queue and the pool never runs more workers than asked.
 */
export function renderInPool(cards: CardData[], size: number, onDone: (i: number, r: RenderResult) => void): CardPool {
  // One tinypool per growth step, each with exactly its workers (tinypool starts a worker whenever a
  // task finds none free, so one pool with room to grow would start more workers than asked while
  // the first ones boot). A card goes to a pool only when one of its workers is free.
  const pools: { pool: Tinypool; free: number }[] = [];
  const open = (threads: number) =>
    pools.push({
      pool: new Tinypool({
        filename: new URL('./worker.ts', import.meta.url).href,
        minThreads: threads,
        maxThreads: threads,
        // Workers wait for work on their message port, not in Atomics.wait.
        useAtomics: false,
        // A renderer's live heap is its parsed fonts (tens of MB) and one card at a time. V8's default
        // young generation let each worker grow ~70 MB more before collecting; these limits keep two
        // workers ~140 MB smaller at the same speed (measured on 1,005 cards), and leave 4× headroom.
        resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 8 },
      }),
      free: threads,
    });
  let destroyed: Promise<void> | undefined;
  const destroy = () => (destroyed ??= Promise.all(pools.map((p) => p.pool.destroy())).then(() => undefined));
  let settled = false;
  let resolveDone!: () => void;
  let rejectDone!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  const settle = (error?: unknown) => {
    if (settled) return;
    settled = true;
    void destroy().then(() => (error === undefined ? resolveDone() : rejectDone(error)), rejectDone);
  };

  let next = 0;
  let finished = 0;
  const start = (slot: { pool: Tinypool; free: number }, id: number) => {
    const card = cards[id]!;
    slot.free--;
    slot.pool.run(card).then(
      (result: RenderResult) => {
        if (settled) return;
        slot.free++;
        try {
          onDone(id, result);
        } catch (error) {
          return settle(error);
        }
        if (++finished === cards.length) return settle();
        pump();
      },
      (error: unknown) => settle(new Error(`${card.origin.file}:${card.origin.line}: the card could not be rendered: ${error instanceof Error ? error.message : String(error)}`)),
    );
  };
  const pump = () => {
    for (const slot of pools) while (!settled && next < cards.length && slot.free > 0) start(slot, next++);
  };

  let workers = 0;
  const grow = (target: number) => {
    const more = Math.min(target - workers, cards.length - next);
    if (settled || more <= 0) return;
    workers += more;
    open(more);
    pump();
  };
  const stop = () => {
    settle(new CardPoolStopped(`card rendering stopped with ${cards.length - finished} of ${cards.length} cards left`));
    return destroy();
  };
  if (cards.length === 0) settle();
  else grow(Math.max(1, size));
  return { grow, done, stop };
}
