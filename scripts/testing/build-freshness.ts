/**
 * Whether the built site in dist/ is older than what it is built from, so `npm test` never runs
 * browser tests against an old build. Building every time would double CI, which runs
 * `npm run build` and then `npm test`; building only when dist/ is missing (as before) let a
 * changed page or component go untested. So: build when dist/ is missing or any input is newer.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What a build reads, relative to the project root; the content folder is added by the caller. */
export const BUILD_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];

/** The file under `root/entry` (a file or a folder) with the newest modification time. */
function newest(root: string, entry: string): { file: string; mtime: number } | undefined {
  const full = path.join(root, entry);
  if (!existsSync(full)) return undefined;
  const stat = statSync(full);
  if (!stat.isDirectory()) return { file: entry, mtime: stat.mtimeMs };
  let best: { file: string; mtime: number } | undefined;
  for (const child of readdirSync(full)) {
    const found = newest(root, path.join(entry, child));
    if (found && (!best || found.mtime > best.mtime)) best = found;
  }
  return best;
}

/** Why dist/ must be built again (e.g. `src/pages/index.astro is newer than dist/`), or undefined when it is fresh. */
export function staleBuildReason(root: string, inputs: readonly string[], dist = 'dist'): string | undefined {
  const marker = path.join(root, dist, 'index.html');
  if (!existsSync(marker)) return `there is no ${dist}/index.html`;
  const builtAt = statSync(marker).mtimeMs;
  for (const input of inputs) {
    const found = newest(root, input);
    if (found && found.mtime > builtAt) return `${found.file.split(path.sep).join('/')} is newer than ${dist}/`;
  }
  return undefined;
}
