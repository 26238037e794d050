/**
 * `npm run bench`: builds generated corpora of several sizes with this project and with the
 * baseline (the same content built the obvious way, scripts/baseline-site/) and prints one table.
 *
 *   npm run bench                      sizes S and L (default)
 *   npm run bench -- --sizes S,L,XL    XL (~5,000 pages) is opt-in: it takes several minutes
 *   npm run bench -- --no-lighthouse   skip Lighthouse (run on the S build only)
 *   npm run bench -- --no-cards        skip the social-card table (scripts/bench/cards.ts)
 *
 * Timings are wall-clock on whatever machine runs it; compare the ratios ours/baseline, which
 * are measured in the same run. Results also go to .tmp/bench/results.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { generateCorpus, SIZES, type SizeName } from '../testing/generate-corpus.ts';
import { benchCards, formatTable as formatCardTable } from './cards.ts';
import { type LighthouseRow, runLighthouse } from './lighthouse.ts';
import { type Measured, measure } from './measure.ts';
import { bytesPerPageType, distSize, type TypeBytes } from './page-bytes.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: 'S,L' }, 'no-lighthouse': { type: 'boolean', default: false }, 'no-baseline': { type: 'boolean', default: false }, 'no-cards': { type: 'boolean', default: false } } });
const sizes = values.sizes!.split(',').map((s) => s.trim().toUpperCase()) as SizeName[];
for (const s of sizes) if (!(s in SIZES)) throw new Error(`unknown size "${s}": use ${Object.keys(SIZES).join(', ')}`);

const ROOT = process.cwd();
const NODE = process.execPath;
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const WORK = path.resolve('.tmp/bench');
const BASE_ENV = { ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };

interface SizeResult {
  size: SizeName;
  pages: number;
  check: Measured;
  /** `npm run changes` after the one-term edit, against the generated corpus committed to git (no build cache). */
  changes: Measured;
  checkWarm: Measured;
  cold: Measured;
  noChange: Measured;
  editTerm: Measured;
  baselineCold?: Measured;
  baselineNoChange?: Measured;
  dist: { bytes: number; files: number };
  baselineDist?: { bytes: number; files: number };
  types: TypeBytes[];
}

function astroBuild(which: 'ours' | 'baseline', dir: string, content: string, fresh: boolean): Measured {
  const out = path.join(dir, `${which}-dist`);
  const cache = path.join(dir, `${which}-cache`);
  if (fresh) {
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
  const args = [ASTRO, 'build', ...(which === 'baseline' ? ['--root', path.resolve('scripts/baseline-site')] : [])];
  const result = measure(NODE, args, { env: { ...BASE_ENV, EXPLAINER_CONTENT: content, EXPLAINER_OUT: out, EXPLAINER_CACHE: cache } });
  if (!result.ok) throw new Error(`${which} build failed:\n${result.output.slice(-3000)}`);
  return result;
}

/** The generated content as the base commit of its own repository, for `npm run changes`. */
function commitCorpus(dir: string): void {
  rmSync(path.join(dir, '.git'), { recursive: true, force: true });
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', 'content');
  git('commit', '-qm', 'generated corpus');
}

function pagesBuilt(m: Measured): number {
  return Number(/(\d+) page\(s\) built/.exec(m.output)?.[1] ?? 0);
}

/** Pages an incremental rebuild copied from the previous build instead of rendering them. */
function pagesRestored(m: Measured): number {
  return (stripVTControlCharacters(m.output).match(/\(restored\)/g) ?? []).length;
}

const results: SizeResult[] = [];
let lighthouse: LighthouseRow[] = [];
mkdirSync(WORK, { recursive: true });

for (const size of sizes) {
  const dir = path.join(WORK, size);
  const content = path.join(dir, 'content');
  const counts = generateCorpus({ out: dir, pages: SIZES[size] });
  commitCorpus(dir);
  console.error(`\n[${size}] corpus: ${counts.articles} articles, ${counts.actors} actors, ${counts.terms} terms`);

  // check keeps its result in the cache folder: the first run is cold (a fresh folder), the second warm.
  const checkCache = path.join(dir, 'check-cache');
  rmSync(checkCache, { recursive: true, force: true });
  const runCheck = () => measure(NODE, [path.resolve('scripts/author/check.ts')], { env: { ...BASE_ENV, EXPLAINER_CONTENT: content, EXPLAINER_CACHE: checkCache }, cwd: ROOT });
  const check = runCheck();
  if (!check.ok) throw new Error(`the generated ${size} corpus does not pass npm run check:\n${check.output.slice(-3000)}`);
  const checkWarm = runCheck();
  console.error(`[${size}] check ${fmtMs(check.ms)}, again (warm) ${fmtMs(checkWarm.ms)}`);
  const cold = astroBuild('ours', dir, content, true);
  console.error(`[${size}] ours cold ${fmtMs(cold.ms)} (${pagesBuilt(cold)} pages)`);
  const noChange = astroBuild('ours', dir, content, false);
  console.error(`[${size}] ours no-change rebuild ${fmtMs(noChange.ms)}`);
  const glossary = path.join(content, 'glossary');
  const first = path.join(glossary, readdirSync(glossary).sort()[0]!);
  writeFileSync(first, readFileSync(first, 'utf8').replace(/^summary: "(.*)"$/m, 'summary: "$1 Edited for the benchmark."'));
  const editTerm = astroBuild('ours', dir, content, false);
  console.error(`[${size}] ours rebuild after editing one glossary entry ${fmtMs(editTerm.ms)}`);
  const changes = measure(NODE, [path.resolve('scripts/author/changes.ts'), '--format', 'json'], { env: { ...BASE_ENV }, cwd: dir });
  if (!changes.ok) throw new Error(`npm run changes failed on the ${size} corpus:\n${changes.output.slice(-3000)}`);
  console.error(`[${size}] changes after editing one glossary entry ${fmtMs(changes.ms)}`);
  const result: SizeResult = { size, pages: pagesBuilt(cold), check, checkWarm, changes, cold, noChange, editTerm, dist: distSize(path.join(dir, 'ours-dist')), types: bytesPerPageType(path.join(dir, 'ours-dist')) };
  if (!values['no-baseline']) {
    result.baselineCold = astroBuild('baseline', dir, content, true);
    console.error(`[${size}] baseline cold ${fmtMs(result.baselineCold.ms)}`);
    result.baselineNoChange = astroBuild('baseline', dir, content, false);
    console.error(`[${size}] baseline no-change rebuild ${fmtMs(result.baselineNoChange.ms)}`);
    result.baselineDist = distSize(path.join(dir, 'baseline-dist'));
  }
  results.push(result);

  if (size === 'S' && !values['no-lighthouse']) {
    const pick = (folder: string) => `/${folder}/${readdirSync(path.join(dir, 'ours-dist', folder), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()[0]}/`;
    lighthouse = await runLighthouse({ dist: path.join(dir, 'ours-dist'), pages: { home: '/', article: pick('articles'), actor: pick('actors'), term: pick('glossary') }, formFactors: ['mobile', 'desktop'] });
  }
}

function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
}
const kib = (b: number) => `${(b / 1024).toFixed(1)}`;
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
/** Wall time with CPU time in brackets. */
const t = (m?: Measured) => (m ? `${fmtMs(m.ms)}${m.cpuS !== undefined ? ` (cpu ${m.cpuS.toFixed(1)} s)` : ''}` : 'n/a');
const rss = (m?: Measured) => (m?.rssMiB ? `${Math.round(m.rssMiB)} MiB` : 'n/a');
const ratio = (a: number, b?: number) => (b ? `${(a / b).toFixed(2)}×` : 'n/a');
const verdict = (ok: boolean | undefined) => (ok === undefined ? '?' : ok ? 'met' : '**not met**');

const lines: string[] = [];
lines.push(`Benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
lines.push('');
lines.push('Times are wall clock, with the CPU seconds (user + system, children included) in brackets.');
lines.push('');
lines.push('| size | pages | check (cold / warm) | changes (1 term edited) | cold build | no-change rebuild | edit 1 term, rebuild | peak RSS (build) | peak RSS (check) | baseline cold | baseline peak RSS | ours/baseline cold | baseline no-change | dist/ | baseline dist/ |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  lines.push(`| ${r.size} | ${r.pages} | ${t(r.check)} / ${t(r.checkWarm)} | ${t(r.changes)} | ${t(r.cold)} | ${t(r.noChange)}, ${pagesRestored(r.noChange)} pages reused | ${t(r.editTerm)}, ${ratio(r.editTerm.ms, r.cold.ms)} of cold, ${r.pages - pagesRestored(r.editTerm)} pages rendered | ${rss(r.cold)} | ${rss(r.check)} | ${t(r.baselineCold)} | ${rss(r.baselineCold)} | ${ratio(r.cold.ms, r.baselineCold?.ms)} (cpu ${ratio(r.cold.cpuS ?? 0, r.baselineCold?.cpuS)}) | ${t(r.baselineNoChange)} | ${mib(r.dist.bytes)} (${r.dist.files} files) | ${r.baselineDist ? mib(r.baselineDist.bytes) : 'n/a'} |`);
}
lines.push('');
lines.push('Bytes per page (mean, KiB; JS = scripts the page loads directly):');
lines.push('');
lines.push('| size | page type | pages | HTML | HTML gzip | JS | JS gzip |');
lines.push('|---|---|---|---|---|---|---|');
for (const r of results) for (const t of r.types) lines.push(`| ${r.size} | ${t.type} | ${t.pages} | ${kib(t.html)} | ${kib(t.htmlGzip)} | ${kib(t.js)} | ${kib(t.jsGzip)} |`);
if (lighthouse.length) {
  lines.push('');
  lines.push('Lighthouse (S corpus, our build):');
  lines.push('');
  lines.push('| page | form factor | performance | accessibility | best practices | SEO |');
  lines.push('|---|---|---|---|---|---|');
  for (const l of lighthouse) lines.push(`| ${l.page} | ${l.formFactor} | ${l.scores.performance} | ${l.scores.accessibility} | ${l.scores['best-practices']} | ${l.scores.seo} |`);
  const misses = lighthouse.flatMap((l) => l.failing.map((f) => `${l.page}/${l.formFactor}: ${f}`));
  if (misses.length) lines.push('', ...misses.map((m) => `- ${m}`));
}
const L = results.find((r) => r.size === 'L');
const XL = results.find((r) => r.size === 'XL');
lines.push('');
lines.push('Goals:');
// Verdicts on time use CPU seconds when measured: wall time on a shared machine mostly measures the neighbours.
const cpuOr = (m: Measured) => m.cpuS ?? m.ms / 1000;
// Issue 16's goals, as ratios to the baseline's cold build in this run (wall time, and CPU seconds, which a shared machine inflates less).
const vsBaseline = (label: string, m: Measured, goal: number) =>
  L?.baselineCold ? `${label} ≤ ${goal}× the baseline's cold build: wall ${ratio(m.ms, L.baselineCold.ms)} — ${verdict(m.ms <= goal * L.baselineCold.ms)}; CPU ${ratio(m.cpuS ?? 0, L.baselineCold.cpuS)} — ${verdict(cpuOr(m) <= goal * cpuOr(L.baselineCold))}` : `${label}: baseline not measured`;
if (L) {
  lines.push(`- L ${vsBaseline('cold build', L.cold, 0.3)}`);
  lines.push(`- L ${vsBaseline('no-change rebuild', L.noChange, 0.05)}`);
  lines.push(`- L ${vsBaseline('one-term edit rebuild', L.editTerm, 0.07)}`);
  lines.push(`- check at L ≤ 2 s cold: ${fmtMs(L.check.ms)} (cpu ${L.check.cpuS?.toFixed(1) ?? '?'} s) — ${verdict(L.check.ms <= 2000)}; ≤ 1 s warm: ${fmtMs(L.checkWarm.ms)} (cpu ${L.checkWarm.cpuS?.toFixed(1) ?? '?'} s) — ${verdict(L.checkWarm.ms <= 1000)}`);
  lines.push(`- changes ≤ 2× check at L: wall ${ratio(L.changes.ms, L.check.ms)}, cpu ${ratio(L.changes.cpuS ?? 0, L.check.cpuS)} — ${verdict(cpuOr(L.changes) <= 2 * cpuOr(L.check))}`);
  lines.push(`- peak RSS ≤ 700 MiB at L: ${rss(L.cold)} — ${verdict(L.cold.rssMiB === undefined ? undefined : L.cold.rssMiB <= 700)}${XL && L.cold.rssMiB && XL.cold.rssMiB ? `; XL ${rss(XL.cold)} (${(XL.cold.rssMiB / L.cold.rssMiB).toFixed(1)}× L for ${(XL.pages / L.pages).toFixed(1)}× the pages)` : ''}`);
}
if (lighthouse.length) {
  const perf = lighthouse.every((l) => l.scores.performance >= 99);
  const rest = lighthouse.every((l) => l.scores.accessibility === 100 && l.scores['best-practices'] === 100 && l.scores.seo === 100);
  lines.push(`- Lighthouse performance ≥ 99: ${verdict(perf)}; accessibility, best practices, SEO 100: ${verdict(rest)}`);
}
if (!values['no-cards']) {
  // Cards: per-card cold render, cache hits and a 1,000-card set, against the obvious way
  // (one satori + resvg call per card, fonts re-read, no cache, no workers) in the same run.
  lines.push('', 'Social cards (scripts/bench/cards.ts; baseline = one satori + resvg call per card, no cache, no workers):', '', '```');
  lines.push(formatCardTable(await benchCards((line) => process.stderr.write(`${line}\n`))), '```');
}
console.log(lines.join('\n'));
writeFileSync(path.join(WORK, 'results.json'), JSON.stringify({ date: new Date().toISOString(), results: results.map((r) => ({ ...r, check: { ...r.check, output: undefined }, changes: { ...r.changes, output: undefined }, cold: { ...r.cold, output: undefined }, noChange: { ...r.noChange, output: undefined }, editTerm: { ...r.editTerm, output: undefined }, baselineCold: r.baselineCold && { ...r.baselineCold, output: undefined }, baselineNoChange: r.baselineNoChange && { ...r.baselineNoChange, output: undefined } })), lighthouse }, null, 2));
