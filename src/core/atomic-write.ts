/**
 * The one way a cache file is written: to a temporary file beside it, then renamed over it, so a
 * crash or a second process never leaves a half-written file for the next run to read. A cache
 * that cannot be written only costs the next run its hit: `writeCacheFile` reports failure by
 * returning false instead of throwing. A cached folder (the search index) is swapped in the same way.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let counter = 0;

/** Writes `data` to `file` atomically, creating its folder; false (and nothing left behind) when it cannot. */
export function writeCacheFile(file: string, data: string | NodeJS.ArrayBufferView): boolean {
  const temp = `${file}.${process.pid}.${++counter}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, file);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself could not be made: there is no temporary file to remove.
    }
    return false;
  }
}

/** Replaces the folder `dir` with one that `fill(temp)` makes, swapped in whole; false (and nothing left behind) when it cannot. */
export function replaceCacheDir(dir: string, fill: (temp: string) => void): boolean {
  const temp = `${dir}.${process.pid}.${++counter}.tmp`;
  try {
    mkdirSync(path.dirname(dir), { recursive: true });
    fill(temp);
    rmSync(dir, { recursive: true, force: true });
    renameSync(temp, dir);
    return true;
  } catch {
    try {
      rmSync(temp, { recursive: true, force: true });
    } catch {
      // Nothing was made.
    }
    return false;
  }
}
