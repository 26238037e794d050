/**
 * Hashes every file under a built site: `node scripts/testing/dist-hash.ts [dir]` prints one
 * `sha256  path` line per file (sorted) and a final hash over all of them. Two builds of the same
 * tree must print the same lines (the determinism gate in tests/build/determinism.test.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export interface DistHash {
  /** Relative POSIX path → sha256 hex of the file's bytes. */
  files: Map<string, string>;
  /** One hash over every (path, hash) pair. */
  total: string;
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return walk(path.join(dir, entry.name), rel);
      return entry.isFile() ? [rel] : [];
    });
}

export function hashDist(dir: string): DistHash {
  const files = new Map<string, string>();
  const total = createHash('sha256');
  for (const rel of walk(dir)) {
    const digest = createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex');
    files.set(rel, digest);
    total.update(`${digest}  ${rel}\n`);
  }
  return { files, total: total.digest('hex') };
}

/** Paths whose bytes differ, or that exist in only one of the two builds. */
export function diffDist(a: DistHash, b: DistHash): string[] {
  const names = new Set([...a.files.keys(), ...b.files.keys()]);
  return [...names].sort().filter((n) => a.files.get(n) !== b.files.get(n));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const { files, total } = hashDist(dir);
  for (const [rel, digest] of files) console.log(`${digest}  ${rel}`);
  console.log(`${total}  (${files.size} files in ${path.relative(process.cwd(), dir) || '.'})`);
}
