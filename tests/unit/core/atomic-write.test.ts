import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCacheFile } from '../../../src/core/atomic-write.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')]));

describe('writeCacheFile', () => {
  it('creates the folder, replaces the file whole and leaves no temporary file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
    const file = path.join(dir, 'a', 'b', 'cache.bin');
    expect(writeCacheFile(file, 'first')).toBe(true);
    expect(writeCacheFile(file, new Uint8Array([1, 2, 3]))).toBe(true);
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(readdirSync(path.dirname(file))).toEqual(['cache.bin']);
  });

  it('returns false, and leaves the old file and no temporary file, when the folder cannot be written', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere: nothing to test
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
    writeFileSync(path.join(dir, 'cache.bin'), 'old');
    chmodSync(dir, 0o500);
    try {
      expect(writeCacheFile(path.join(dir, 'cache.bin'), 'new')).toBe(false);
      expect(readFileSync(path.join(dir, 'cache.bin'), 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['cache.bin']);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('returns false when the path cannot be a file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
    writeFileSync(path.join(dir, 'plain'), '');
    expect(writeCacheFile(path.join(dir, 'plain', 'below.bin'), 'x')).toBe(false);
  });

  it('is the only place a file is renamed into place', () => {
    const renames = walk('src')
      .filter((f) => f.endsWith('.ts') && f !== 'src/core/atomic-write.ts')
      .filter((f) => /\brenameSync\b|\brename\(/.test(readFileSync(f, 'utf8')));
    expect(renames).toEqual([]);
  });
});
