/**
 * The card pool through its interface (src/cards/internal/pool.ts): results arrive for every card,
 * a card that fails in a worker rejects `done` with its file:line, `stop` ends the work early, and
 * in every case no worker is left behind. "Left behind" is tested the only way that cannot be
 * fooled: each scenario runs in its own Node process that never calls process.exit, so it ends by
 * itself only once every worker thread is gone (a live worker would keep it running to the limit).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const NODE = path.resolve('node_modules/.bin/node');
const LIMIT_MS = 30_000;
const temp = mkdtempSync(path.join(tmpdir(), 'card-pool-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const src = (file: string) => JSON.stringify(pathToFileURL(path.resolve('src', file)).href);

/** Runs `body` (top-level await allowed) with `cards` (the basic fixture's) and `renderInPool` in scope; returns its JSON line. */
function scenario(body: string): { code: number | null; ms: number; result: Record<string, unknown>; output: string } {
  const code = [
    `import path from 'node:path';`,
    `import { loadSite } from ${src('site/load.ts')};`,
    `import { allCards } from ${src('cards/card-data.ts')};`,
    `import { renderInPool, CardPoolStopped } from ${src('cards/internal/pool.ts')};`,
    `const cards = allCards(loadSite({ root: path.resolve('tests/fixtures/basic') }).index);`,
    `const report = (r) => console.log(JSON.stringify(r));`,
    body,
  ].join('\n');
  // A file, not `-e`: the workers inherit the process's flags, and `--input-type` is not one a worker accepts.
  const file = path.join(temp, `scenario-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  const start = performance.now();
  const run = spawnSync(NODE, [file], { encoding: 'utf8', timeout: LIMIT_MS });
  const ms = performance.now() - start;
  const output = `${run.stdout}${run.stderr}`;
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  let result: Record<string, unknown> = {};
  try {
    result = JSON.parse(line) as Record<string, unknown>;
  } catch {}
  return { code: run.status, ms, result, output };
}

describe('the card pool', () => {
  it('renders every card once, and the process ends by itself', () => {
    const run = scenario(`
      const seen = [];
      const pool = renderInPool(cards, 2, (i, r) => seen.push([i, r.png.length > 1000 && r.png[1] === 0x50]));
      await pool.done;
      report({ ids: seen.map(([i]) => i).sort((a, b) => a - b), png: seen.every(([, ok]) => ok), n: cards.length });
    `);
    expect(run.code, run.output).toBe(0);
    expect(run.result.ids).toEqual([...Array(run.result.n as number).keys()]);
    expect(run.result.png).toBe(true);
  });

  it('runs exactly the workers asked for: one, then two after grow(2), never more while they boot', () => {
    const run = scenario(`
      const many = Array.from({ length: 3 }, () => cards).flat();
      const before = new Set();
      const after = new Set();
      let n = 0;
      let pool;
      pool = renderInPool(many, 1, (i, r) => {
        (n < 4 ? before : after).add(r.worker);
        if (++n === 4) pool.grow(2);
      });
      await pool.done;
      pool.grow(5);
      report({ before: before.size, all: new Set([...before, ...after]).size });
    `);
    expect(run.code, run.output).toBe(0);
    expect(run.result).toEqual({ before: 1, all: 2 });
  });

  it('rejects done with the failing card as file:line, and leaves no worker behind', () => {
    const run = scenario(`
      const broken = cards.map((c, i) => (i === 2 ? { ...c, kind: 'poster', origin: { file: 'content/x.mdx', line: 7 } } : c));
      const pool = renderInPool(broken, 2, () => {});
      const error = await pool.done.then(() => undefined, (e) => e.message);
      report({ error });
    `);
    expect(run.code, run.output).toBe(0);
    expect(run.result.error).toMatch(/^content\/x\.mdx:7: the card could not be rendered: /);
  });

  it('rejects done when onDone throws, and leaves no worker behind', () => {
    const run = scenario(`
      const pool = renderInPool(cards, 2, () => { throw new Error('disk full'); });
      report({ error: await pool.done.then(() => undefined, (e) => e.message) });
    `);
    expect(run.code, run.output).toBe(0);
    expect(run.result.error).toBe('disk full');
  });

  it('stops on demand: no card is started after stop, done rejects, every worker is destroyed', () => {
    const run = scenario(`
      const many = Array.from({ length: 40 }, () => cards).flat();
      let rendered = 0;
      let pool;
      const first = new Promise((resolve) => { pool = renderInPool(many, 2, () => { rendered++; resolve(); }); });
      await first;
      await pool.stop();
      const at = rendered;
      const error = await pool.done.then(() => undefined, (e) => (e instanceof CardPoolStopped ? 'stopped' : e.message));
      await pool.stop();
      await new Promise((r) => setTimeout(r, 300));
      report({ error, at, after: rendered, total: many.length });
    `);
    expect(run.code, run.output).toBe(0);
    expect(run.result.error).toBe('stopped');
    expect(run.result.after, 'nothing rendered after stop').toBe(run.result.at);
    expect(run.result.at as number).toBeLessThan(run.result.total as number);
  });

  it('stops promptly while the workers are still starting', () => {
    const run = scenario(`
      const pool = renderInPool(cards, 2, () => {});
      await pool.stop();
      report({ error: await pool.done.then(() => undefined, (e) => e.constructor.name) });
    `);
    expect(run.code, run.output).toBe(0);
    expect(run.result.error).toBe('CardPoolStopped');
  });

  it('settles at once for no cards', () => {
    const run = scenario(`
      const pool = renderInPool([], 2, () => {});
      await pool.done;
      report({ ok: true });
    `);
    expect(run.code, run.output).toBe(0);
    expect(run.result.ok).toBe(true);
  });
});
