/**
 * A disk cache of a whole load (read → validate → index, and for a build the rendered bodies),
 * keyed by a hash of every content file, the options and the pipeline's own code. Loading,
 * checking and indexing 1,000 entries takes seconds; hashing the files and reading the result
 * back takes tens of milliseconds, so `npm run check` and a rebuild with no content change skip
 * the work. Any change to any file, to the code of the stages that load content, or to the
 * installed packages is a miss, and the load runs in full: nothing is validated from stale data.
 *
 * This module is deliberately light (no parser imported), so a hit costs only the hashing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { writeCacheFile } from '../core/atomic-write.ts';

/** The stages whose code decides what a load produces. */
const PIPELINE_DIRS = ['core', 'read', 'index', 'checks', 'views', 'markdown', 'site'];
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
  } catch {
    return [];
  }
}

let codeHash: string | undefined;
/** The loading stages' source files and the lockfile (every package version). */
function codeFingerprint(root: string): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  for (const file of PIPELINE_DIRS.flatMap((d) => filesUnder(path.join(SRC, d)))) hash.update(path.relative(SRC, file)).update('\0').update(readFileSync(file)).update('\0');
  try {
    hash.update(readFileSync(path.join(root, 'package-lock.json')));
  } catch {
    hash.update('no lockfile');
  }
  return (codeHash = hash.digest('hex'));
}

/** A key for one load: every file under the content folder (path and bytes), the options and the code. */
export function siteKey(root: string, contentDir: string, options: Record<string, unknown>): string {
  const hash = createHash('sha256').update(codeFingerprint(root)).update(JSON.stringify(Object.entries(options).sort()));
  const dir = path.resolve(root, contentDir);
  for (const file of filesUnder(dir)) hash.update(path.relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

interface Stored<T> {
  key: string;
  value: T;
}

/** The value stored under `key` in `file`, if that is what the file holds. */
export function readSiteCache<T>(file: string, key: string): T | undefined {
  try {
    const stored = v8.deserialize(readFileSync(file)) as Partial<Stored<T>>;
    return stored.key === key ? stored.value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores one value (the latest load only); a failure to write only costs the next run its hit. */
export function writeSiteCache<T>(file: string, key: string, value: T): void {
  // A read-only cache folder: the next run loads in full.
  writeCacheFile(file, v8.serialize({ key, value } satisfies Stored<T>));
}

/** `compute()`, or its stored result when the content, options and code are unchanged (no file: no cache). */
export async function cachedSite<T>(file: string | undefined, key: () => string, compute: () => T | Promise<T>): Promise<{ value: T; hit: boolean }> {
  if (!file) return { value: await compute(), hit: false };
  const k = key();
  const stored = readSiteCache<T>(file, k);
  if (stored !== undefined) return { value: stored, hit: true };
  const value = await compute();
  writeSiteCache(file, k, value);
  return { value, hit: false };
}
