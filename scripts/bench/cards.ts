/**
 * Social card benchmark (a printed table, never a timed test). Runnable alone:
 *   node_modules/.bin/node scripts/bench/cards.ts
 * and `benchCards()` returns the rows for `npm run bench`.
 *
 * Compares the pipeline (one renderer per thread with fonts parsed once, disk cache, worker pool)
 * with the obvious way: one satori + resvg call per card, fonts re-read every time, resvg loading
 * system fonts, no cache, no workers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { renderAllCards } from '../../src/cards/build.ts';
import { FAMILIES, familyList, primaryFaces } from '../../src/cards/internal/fonts.ts';
import { createRenderer } from '../../src/cards/render.ts';
import { cardTree, HEIGHT, WIDTH } from '../../src/cards/internal/templates.ts';
import { allCards, type CardData } from '../../src/cards/card-data.ts';
import { loadSite } from '../../src/site/load.ts';

export interface BenchRow {
  metric: string;
  value: string;
  goal?: string;
  ok?: boolean;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** A deterministic 1,000-page set of card data, words drawn from the story, titles 5–400 characters. */
export function generatedCards(story: CardData[], count = 1000): CardData[] {
  const words = story.flatMap((c) => Object.values(c).filter((v): v is string => typeof v === 'string')).join(' ').split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const text = (min: number, max: number) => {
    const target = min + Math.floor(rand() * (max - min));
    let out = '';
    while (out.length < target) out += `${words[Math.floor(rand() * words.length)]} `;
    return out.slice(0, target).trim() || 'Untitled';
  };
  const origin = { file: 'generated', line: 1 };
  return Array.from({ length: count }, (_, i): CardData => {
    const common = { path: `/generated/${i}/`, siteName: story[0]!.siteName, alt: '', origin };
    switch (i % 4) {
      case 0:
        return { ...common, kind: 'article', title: text(20, rand() < 0.05 ? 400 : 110), dek: text(60, 200), asOf: 'as of 11 November 2025', ...(rand() < 0.5 ? { figure: { label: text(10, 60), value: text(2, 20), source: `Source: ${text(10, 80)} · as of 11 November 2025` } } : {}) };
      case 1:
        return { ...common, kind: 'actor', name: text(5, 40), role: text(20, 120), roleAsOf: 'as of 11 November 2025', actorKind: 'Person · Colombia', summary: text(60, 240) };
      case 2:
        return { ...common, kind: 'term', term: text(4, 40), definition: text(60, 240), translation: { language: 'Spanish', text: text(4, 40) }, category: 'Law' };
      default:
        return { ...common, kind: 'index', label: 'Index', title: text(10, 60), description: text(40, 160), count: `${Math.floor(rand() * 1000)} terms` };
    }
  });
}

/** The obvious way, per card: read fonts, satori, resvg with system fonts, asPng. */
export async function baselineRender(card: CardData): Promise<Buffer> {
  const faces = primaryFaces();
  const fonts = faces.map((f) => ({ name: f.name, data: readFileSync(f.file), weight: f.weight, style: 'normal' as const }));
  const tree = cardTree(card, { serif: familyList(faces, FAMILIES.serif), sans: familyList(faces, FAMILIES.sans) }, { cjk: false, warn: () => {}, where: '' });
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts });
  return new Resvg(svg).render().asPng();
}

interface Timing {
  wall: number[];
  cpu: number[];
  sizes: number[];
}
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function timeOne(into: Timing, render: () => Promise<Uint8Array>): Promise<void> {
  const [t, c] = [performance.now(), cpuMs()];
  const png = await render();
  into.wall.push(performance.now() - t);
  into.cpu.push(cpuMs() - c);
  into.sizes.push(png.length);
}

export async function benchCards(log: (line: string) => void = () => {}): Promise<BenchRow[]> {
  const { index } = loadSite({ root, contentDir: 'content' });
  if (!index) throw new Error('the content has errors: run npm run check');
  const story = allCards(index);
  const generated = generatedCards(story);
  const temps: string[] = [];
  const temp = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-cards-'));
    temps.push(dir);
    return dir;
  };
  const rows: BenchRow[] = [{ metric: 'load average at start (timings are wall-clock; other processes inflate them)', value: os.loadavg()[0]!.toFixed(1) }];
  try {
    // Per-card cold render on one thread, after 10 warm-up cards (JIT, wasm, font parsing), the
    // pipeline and the baseline interleaved card by card so that other load hits both alike.
    log('per-card render, pipeline and baseline interleaved…');
    const renderer = createRenderer();
    for (const c of generated.slice(0, 10)) {
      await renderer.render(c);
      await baselineRender(c);
    }
    const sample = [...story, ...generated.slice(10, 62)];
    const ours: Timing = { wall: [], cpu: [], sizes: [] };
    const base: Timing = { wall: [], cpu: [], sizes: [] };
    for (const card of sample) {
      await timeOne(ours, () => renderer.render(card));
      await timeOne(base, () => baselineRender(card));
    }
    const med = quantile(ours.wall, 0.5);
    const baseMed = quantile(base.wall, 0.5);
    rows.push({ metric: `cold render per card, one thread, wall (median of ${sample.length})`, value: ms(med), goal: '≤ 25 ms', ok: med <= 25 });
    rows.push({ metric: 'cold render per card, one thread, wall (p95)', value: ms(quantile(ours.wall, 0.95)) });
    rows.push({ metric: 'cold render per card, one thread, CPU (median)', value: ms(quantile(ours.cpu, 0.5)) });
    rows.push({ metric: 'baseline per card: satori + resvg, fonts re-read, system fonts, wall (median)', value: ms(baseMed) });
    rows.push({ metric: 'baseline per card, CPU (median)', value: ms(quantile(base.cpu, 0.5)) });
    rows.push({ metric: 'baseline ÷ pipeline, per card (wall medians)', value: `${(baseMed / med).toFixed(1)}×` });

    const storySizes = ours.sizes.slice(0, story.length);
    const maxSize = Math.max(...ours.sizes);
    rows.push({ metric: `PNG size, first story (median / max of ${story.length})`, value: `${kib(quantile(storySizes, 0.5))} / ${kib(Math.max(...storySizes))}` });
    const median = quantile(ours.sizes, 0.5);
    rows.push({ metric: `PNG size, median of ${sample.length} incl. generated`, value: kib(median), goal: '≤ 50 KB', ok: median <= 50 * 1000 });
    rows.push({ metric: `PNG size, max of ${sample.length} incl. generated`, value: kib(maxSize), goal: '≤ 150 KB', ok: maxSize <= 150 * 1000 });

    // Whole sets through renderAllCards: cold (empty cache, workers when many), then a no-change rebuild.
    const whole = async (label: string, cards: CardData[], baselineTotal: number) => {
      log(`${label}…`);
      const cacheDir = temp();
      const cpu0 = cpuMs();
      const cold = await renderAllCards(cards, { outDir: temp(), cacheDir });
      const coldCpu = cpuMs() - cpu0;
      const warm = await renderAllCards(cards, { outDir: temp(), cacheDir });
      rows.push({ metric: `${label}: cold, ${cards.length} cards (${cold.workers} thread${cold.workers === 1 ? '' : 's'})`, value: ms(cold.ms) });
      rows.push({ metric: `${label}: cold, per card (total ÷ count)`, value: ms(cold.ms / cards.length), ...(cold.workers >= 2 ? { goal: '≤ 10 ms on 2 workers', ok: cold.ms / cards.length <= 10 } : {}) });
      rows.push({ metric: `${label}: cold, CPU per card (all threads)`, value: ms(coldCpu / cards.length) });
      rows.push({ metric: `${label}: baseline, ${cards.length} cards (median × count)`, value: ms(baselineTotal) });
      rows.push({ metric: `${label}: baseline ÷ cold pipeline`, value: `${(baselineTotal / cold.ms).toFixed(1)}×` });
      rows.push({ metric: `${label}: no-change rebuild (${warm.rendered} rendered)`, value: ms(warm.ms), goal: '< 1 s, 0 rendered', ok: warm.ms < 1000 && warm.rendered === 0 });
      rows.push({ metric: `${label}: cache hit per card`, value: ms(warm.ms / cards.length), goal: '≤ 0.5 ms', ok: warm.ms / cards.length <= 0.5 });
    };
    await whole('first story', story, baseMed * story.length);
    await whole('generated set', generated, baseMed * generated.length);
    const rss = process.resourceUsage().maxRSS * 1024;
    rows.push({ metric: 'peak RSS (main thread + workers)', value: `${(rss / 1024 / 1024).toFixed(0)} MiB` });
  } finally {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function formatTable(rows: BenchRow[]): string {
  const w = Math.max(...rows.map((r) => r.metric.length));
  const v = Math.max(...rows.map((r) => r.value.length));
  return rows.map((r) => `${r.metric.padEnd(w)}  ${r.value.padStart(v)}${r.goal ? `  (goal ${r.goal}: ${r.ok ? 'met' : 'MISSED'})` : ''}`).join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`Social cards on ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}):`);
  const rows = await benchCards((line) => process.stderr.write(`${line}\n`));
  console.log(formatTable(rows));
}
