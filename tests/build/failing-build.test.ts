/**
 * A build that fails must end, promptly, with exit 1 — however often it is run. Card workers start
 * when the build starts; a failing build once printed its errors and then, about one run in ten,
 * never exited (issue 21). A race is tested the way races are: the same failing builds again and
 * again, with the card cache cold (a fresh EXPLAINER_CACHE) and warm (the cache of a good build of
 * the same content), each under a time limit. The broken sets are copies of the story's content/
 * (43 cards, so the build starts card workers), not of the small fixture (too few cards for a pool).
 *
 * Each run must: exit 1 before the time limit (a run that does not is killed and counts as a
 * hang), name the broken file as `file:line`, publish nothing (the output folder is absent, or
 * unchanged when it holds a good build), and leave no process behind (none carries the run's
 * marker in its environment once it has exited).
 *
 * FAILING_BUILD_ROUNDS=n repeats the whole round n times (default 1: 10 failing builds).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashDist } from '../../scripts/testing/dist-hash.ts';
import type { Edit } from '../fixtures/bad/cases.ts';
import { materialise } from '../fixtures/bad/materialise.ts';

const NODE = path.resolve('node_modules/.bin/node');
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const CONTENT = path.resolve('content');
const LIMIT_MS = 60_000;
const ROUNDS = Math.max(1, Number(process.env.FAILING_BUILD_ROUNDS) || 1);
const temp = mkdtempSync(path.join(tmpdir(), 'explainer-failing-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const ARTICLE = 'articles/colombia-suspends-intelligence-sharing.mdx';
/** Adds a paragraph to the article's body, after its first aside. */
const append = (text: string): Edit => ({ file: ARTICLE, replace: '\n</Aside>\n', with: `\n</Aside>\n\n${text}\n` });
const SUMMARY = 'summary: Colombia has suspended intelligence sharing';

interface Broken {
  name: string;
  edits: Edit[];
  /** Text on the line the error must name. */
  at: string;
  message: RegExp;
}

const BROKEN: Broken[] = [
  { name: 'javascript-link', edits: [append('See <a href="javascript:alert(1)">x</a>.')], at: 'javascript:alert(1)', message: /javascript:alert\(1\)/ },
  { name: 'unclosed-term', edits: [append('The <Term id="coca">coca leaf is never closed.')], at: '<Term id="coca">coca leaf', message: /MDX syntax|closing tag|<Term>/ },
  { name: 'long-summary', edits: [{ file: ARTICLE, replace: SUMMARY, with: `summary: ${'A summary that runs on and on. '.repeat(8)}and${SUMMARY.slice(8)}` }], at: 'summary: ', message: /too long|200/ },
  { name: 'unknown-figure', edits: [append('<Figure id="no-such-figure" />')], at: 'no-such-figure', message: /unknown figure "no-such-figure"/ },
  { name: 'unknown-cite', edits: [append('A claim <Cite id="no-such-source" />.')], at: 'no-such-source', message: /unknown source "no-such-source"/ },
];

interface Run {
  code: number | null;
  hung: boolean;
  ms: number;
  output: string;
}

/** Runs `astro build` in its own process group, killed (the whole group) after LIMIT_MS. */
function build(env: Record<string, string>): Promise<Run> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [ASTRO, 'build'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let hung = false;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      hung = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }, LIMIT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, hung, ms: performance.now() - start, output: stripVTControlCharacters(output) });
    });
  });
}

/** Processes (other than this one) whose environment holds `marker`: what a run left running. */
function survivors(marker: string): string[] {
  if (!existsSync('/proc/self/environ')) return [];
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker)) found.push(`${pid}: ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').replaceAll('\0', ' ')}`);
    } catch {}
  }
  return found;
}

function lineOf(file: string, text: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`"${text}" not found in ${file}`);
  return i + 1;
}

describe('a failing build', () => {
  const warm = path.join(temp, 'warm');
  const published = path.join(warm, 'dist');
  let good: ReturnType<typeof hashDist>;

  beforeAll(async () => {
    // The warm card cache: a good build of the same content, whose output must survive every failing build.
    const root = materialise({ name: 'good', edits: [], expected: { exit: 0 } }, temp, CONTENT);
    const run = await build({ EXPLAINER_CONTENT: path.join(root, 'content'), EXPLAINER_OUT: published, EXPLAINER_CACHE: path.join(warm, 'cache') });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/social cards: \d+ rendered on \d+ workers/);
    good = hashDist(published);
  }, 4 * LIMIT_MS);

  const results: { name: string; cache: string; hung: boolean; ms: number }[] = [];
  afterAll(() => {
    const hung = results.filter((r) => r.hung).length;
    console.log(`failing builds: ${results.length} runs, ${hung} hung; slowest ${Math.round(Math.max(...results.map((r) => r.ms)))} ms\n${results.map((r) => `  ${r.name} (${r.cache}): ${r.hung ? 'HUNG' : `${Math.round(r.ms)} ms`}`).join('\n')}`);
  });

  for (let round = 1; round <= ROUNDS; round++) {
    for (const broken of BROKEN) {
      for (const cache of ['cold', 'warm'] as const) {
        it(`${broken.name}, cards ${cache}${ROUNDS > 1 ? `, round ${round}` : ''}: exits 1 promptly, names file:line, publishes nothing, leaves nothing running`, async () => {
          const root = materialise({ name: broken.name, edits: broken.edits, expected: { exit: 0 } }, temp, CONTENT);
          const file = path.join(root, 'content', ARTICLE);
          const out = cache === 'warm' ? published : path.join(root, 'dist');
          const marker = `explainer-failing-build-run:${root}`;
          const run = await build({
            EXPLAINER_CONTENT: path.join(root, 'content'),
            EXPLAINER_OUT: out,
            EXPLAINER_CACHE: cache === 'warm' ? path.join(warm, 'cache') : path.join(root, 'cache'),
            EXPLAINER_TEST_RUN: marker,
          });
          results.push({ name: broken.name, cache, hung: run.hung, ms: run.ms });
          const left = survivors(marker);
          for (const p of left) {
            try {
              process.kill(Number(p.split(':')[0]), 'SIGKILL');
            } catch {}
          }
          expect(run.hung, `no exit within ${LIMIT_MS / 1000} s:\n${run.output}`).toBe(false);
          expect(run.code, run.output).toBe(1);
          const line = lineOf(file, broken.at);
          const named = run.output.split('\n').filter((l) => l.includes(`${file}:${line}:`));
          expect(named.length, `a line naming ${file}:${line}: in\n${run.output}`).toBeGreaterThan(0);
          expect(named.join('\n')).toMatch(broken.message);
          if (cache === 'warm') expect(hashDist(out).total, 'the published build is unchanged').toBe(good.total);
          else expect(existsSync(out), 'no output folder').toBe(false);
          expect(left, 'no process left running').toEqual([]);
        }, LIMIT_MS + 30_000);
      }
    }
  }
});
