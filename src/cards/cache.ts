/**
 * The disk cache of rendered cards: `<dir>/<sha256>.png`, keyed by (renderer fingerprint, card
 * data). Reused across builds; `prune` removes every entry the current build did not use.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeCacheFile } from '../core/atomic-write.ts';
import type { CardData } from './card-data.ts';

/** Stable JSON: object keys sorted, so the key does not depend on property order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object).sort().map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What the picture depends on: everything but `alt` and `origin` (which are not drawn). */
export function cardKey(fingerprint: string, card: CardData): string {
  const { alt: _alt, origin: _origin, ...drawn } = card;
  return createHash('sha256').update(fingerprint).update('\n').update(stable(drawn)).digest('hex');
}

export class CardCache {
  readonly dir: string;
  private readonly used = new Set<string>();
  hits = 0;
  misses = 0;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.png`);
  }

  /** Marks the entry used and counts a hit when `read` succeeds, a miss when it throws. */
  private lookup<T>(key: string, read: (file: string) => T): T | undefined {
    this.used.add(key);
    try {
      const value = read(this.file(key));
      this.hits++;
      return value;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  /** Whether the entry exists (and marks it used, so `prune` keeps it). */
  has(key: string): boolean {
    this.used.add(key);
    return existsSync(this.file(key));
  }

  get(key: string): Buffer | undefined {
    return this.lookup(key, (file) => readFileSync(file));
  }

  /** Copies a cached card to `dest`; false on a miss. */
  copyTo(key: string, dest: string): boolean {
    return (
      this.lookup(key, (file) => {
        copyFileSync(file, dest);
        return true;
      }) ?? false
    );
  }

  set(key: string, png: Uint8Array): void {
    this.used.add(key);
    // Written atomically: a crash never leaves a half-written entry behind.
    if (!writeCacheFile(this.file(key), png)) throw new Error(`social cards: cannot write the card cache in ${this.dir} — check that the folder is writable, or set EXPLAINER_CACHE to one that is`);
  }

  /** Deletes every entry not read or written since this cache was opened; returns how many. */
  prune(): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      const key = name.replace(/\.png$/, '');
      if (name.endsWith('.png') && this.used.has(key)) continue;
      rmSync(path.join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }
}
