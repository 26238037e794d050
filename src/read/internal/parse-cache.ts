/**
 * A disk cache of parsed MDX bodies, for builds. Parsing Markdown + MDX (micromark) is the largest
 * part of loading a big site, and a tree is a pure function of the body's text and the parser, so
 * a rebuild reads unchanged bodies' trees back instead (structured clone: ~40× faster than parsing).
 * Every hit is a fresh copy — callers may change it — and the file keeps only the bodies of the
 * latest load. A missing, unreadable or outdated file is simply a cold cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeCacheFile } from '../../core/atomic-write.ts';
import path from 'node:path';
import v8 from 'node:v8';
import { PARSER_ID, parseMdx, type ParseResult } from './mdx-parse.ts';

export interface ParseCache {
  parse(body: string): ParseResult;
  /** Writes the cache when this load parsed something new or no longer uses an entry. */
  save(): void;
  readonly hits: number;
  readonly misses: number;
}

interface CacheFile {
  fingerprint: string;
  entries: Map<string, Uint8Array>;
}

/** What a cached tree depends on besides the text: the parser and the installed packages. */
export function parserFingerprint(root: string): string {
  const hash = createHash('sha256').update(PARSER_ID);
  try {
    hash.update(readFileSync(path.join(root, 'package-lock.json')));
  } catch {
    hash.update('no lockfile');
  }
  return hash.digest('hex');
}

function readCache(file: string, fingerprint: string): Map<string, Uint8Array> {
  try {
    const data = v8.deserialize(readFileSync(file)) as Partial<CacheFile>;
    return data.fingerprint === fingerprint && data.entries instanceof Map ? data.entries : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Parses through a store of serialized trees keyed by the body's hash: `lookup` finds a tree,
 * `keep` records one that was used or parsed. Counts hits and misses.
 */
function cachedParser(lookup: (key: string) => Uint8Array | undefined, keep: (key: string, tree: Uint8Array) => void) {
  const counts = { hits: 0, misses: 0 };
  const parse = (body: string): ParseResult => {
    const key = createHash('sha256').update(body).digest('base64url');
    const cached = lookup(key);
    if (cached) {
      counts.hits++;
      keep(key, cached);
      return { tree: v8.deserialize(cached) as NonNullable<ParseResult['tree']> };
    }
    counts.misses++;
    const result = parseMdx(body);
    if (result.tree) keep(key, v8.serialize(result.tree));
    return result;
  };
  return { parse, counts };
}

/** Without a file, a pass-through to parseMdx (`npm run check`, tests). */
export function openParseCache(file: string | undefined, fingerprint: string): ParseCache {
  const previous = file ? readCache(file, fingerprint) : new Map<string, Uint8Array>();
  const used = new Map<string, Uint8Array>();
  const { parse, counts } = cachedParser((key) => used.get(key) ?? previous.get(key), (key, tree) => used.set(key, tree));
  return {
    get hits() {
      return counts.hits;
    },
    get misses() {
      return counts.misses;
    },
    parse(body) {
      return file ? parse(body) : parseMdx(body);
    },
    save() {
      if (!file || (counts.misses === 0 && used.size === previous.size)) return;
      // A cache that cannot be written only makes the next build slower.
      writeCacheFile(file, v8.serialize({ fingerprint, entries: used } satisfies CacheFile));
    },
  };
}

/**
 * A cache that lives in memory for as long as the process: `npm run check -- --watch` re-checks
 * after every save and `npm run changes` loads the base and the working tree, and both parse the
 * same unchanged bodies again. Hand the same object to every load; nothing is written to disk.
 * With `seed`, it starts from a build's cache file (`parserFingerprint` of the project root).
 */
export function memoryParseCache(seed?: { file: string; fingerprint: string }): ParseCache {
  // A build's cache file, when there is one, saves parsing what the last build parsed (read only).
  const entries = seed ? new Map(readCache(seed.file, seed.fingerprint)) : new Map<string, Uint8Array>();
  const { parse, counts } = cachedParser((key) => entries.get(key), (key, tree) => entries.set(key, tree));
  return {
    get hits() {
      return counts.hits;
    },
    get misses() {
      return counts.misses;
    },
    parse,
    save() {},
  };
}
