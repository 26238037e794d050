/**
 * Benchmark for `npm run check`: the first story, and a generated corpus of 1,000 entries
 * (articles, actors and terms that cite sources, mention each other and quote a source).
 * Run alone with `node scripts/bench-check.ts`, or call `benchCheck()` from `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { loadSite } from '../src/lib/site.ts';

const WORDS = ['harbor', 'river', 'council', 'treaty', 'border', 'market', 'signal', 'convoy', 'summit', 'ledger', 'beacon', 'canal'];
const word = (i: number) => `${WORDS[i % WORDS.length]}${WORDS[Math.floor(i / WORDS.length) % WORDS.length]}`;

/** Writes a valid corpus of `articles + actors + terms` entries under `root/content`. */
export function writeCorpus(root: string, { articles = 100, actors = 400, terms = 500 } = {}): number {
  const dir = (...p: string[]) => path.join(root, 'content', ...p);
  for (const d of ['articles', 'actors', 'glossary', 'sources']) mkdirSync(dir(d), { recursive: true });
  const source = 'The minister said the council would meet again. Nobody knows when the convoy will arrive.';
  writeFileSync(dir('site.yaml'), 'title: Bench\ndescription: A generated corpus.\nurl: https://bench.example.org\nlanguage: en\npublisher: Bench Desk\n');
  writeFileSync(dir('sources.yaml'), Array.from({ length: 50 }, (_, i) => `- id: source-${i}\n  title: "Source ${i}"\n  kind: news\n`).join(''));
  writeFileSync(dir('sources', 'source-0.txt'), source);
  writeFileSync(dir('figures.yaml'), Array.from({ length: 20 }, (_, i) => `- id: figure-${i}\n  label: "Figure ${i}"\n  claims:\n    - value: ${i}\n      asOf: 2025-11-11\n      source: source-${i % 50}\n`).join(''));
  writeFileSync(dir('timeline.yaml'), Array.from({ length: 50 }, (_, i) => `- date: 2025-10-${String((i % 28) + 1).padStart(2, '0')}\n  title: "Event ${i}"\n  summary: "Something happened."\n  sources: [source-${i % 50}]\n  actors: [actor-${word(i)}-${i}]\n`).join(''));
  const actorName = (i: number) => `Actor ${word(i)} ${i}`;
  const termName = (i: number) => `term ${word(i + 7)} ${i}`;
  for (let i = 0; i < actors; i++) {
    writeFileSync(dir('actors', `actor-${word(i)}-${i}.mdx`), `---\nname: "${actorName(i)}"\nkind: person\nrole: Minister\nroleAsOf: 2025-11-11\nsummary: "A person in the story."\nsources: [source-${i % 50}]\n---\nThey work with ${actorName((i + 1) % actors)} on ${termName(i % terms)}. <Cite id="source-${i % 50}" />\n`);
  }
  for (let i = 0; i < terms; i++) {
    writeFileSync(dir('glossary', `term-${word(i + 7)}-${i}.mdx`), `---\nterm: "${termName(i)}"\ncategory: law\nsummary: "A term."\nsources: [source-${i % 50}]\n---\nIt relates to ${termName((i + 1) % terms)}. <Cite id="source-${i % 50}" />\n`);
  }
  for (let i = 0; i < articles; i++) {
    const sections = Array.from({ length: 4 }, (_, s) => {
      const a = (i * 4 + s) % actors;
      const t = (i * 4 + s) % terms;
      return `## Section ${s}\n\n${actorName(a)} spoke about ${termName(t)} and ${termName((t + 3) % terms)} with ${actorName((a + 9) % actors)}. <Cite id="source-${(i + s) % 50}" /> Later, ${actorName(a)} left.\n\n<Figure id="figure-${s}" />\n`;
    }).join('\n');
    writeFileSync(dir('articles', `article-${i}.mdx`), `---\ntitle: "Article ${i}"\ndek: "What happened."\npublished: 2025-11-11\nsummary: "A generated article."\nsources: [source-0]\n---\nThe opening. <Cite id="source-0" />\n\n<Quote source="source-0" by="The minister">the council would meet again</Quote>\n\n${sections}`);
  }
  return articles + actors + terms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeLoad(root: string, contentDir: string, runs: number): { ms: number; errors: number } {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { diagnostics } = loadSite({ root, contentDir, includeDrafts: true });
    times.push(performance.now() - start);
    errors = diagnostics.filter((d) => d.severity === 'error').length;
  }
  return { ms: median(times), errors };
}

function timeCommand(cwd: string, script: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [script], { cwd, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`npm run check failed in ${cwd}:\n${result.stderr}`);
  return ms;
}

export interface BenchRow {
  corpus: string;
  entries: number;
  errors: number;
  /** Median time of loadSite in-process (validation + index), after a warm-up. */
  validateMs: number;
  /** Wall-clock time of the whole `npm run check` process, start-up included. */
  checkMs: number;
}

export function benchCheck(projectRoot: string): BenchRow[] {
  const script = path.join(projectRoot, 'scripts', 'check.ts');
  const rows: BenchRow[] = [];
  const story = timeLoad(projectRoot, 'content', 5);
  const { index } = loadSite({ root: projectRoot, contentDir: 'content' });
  const storyEntries = index ? index.articleIds.length + index.actorIds.length + index.termIds.length : 0;
  rows.push({ corpus: 'first story', entries: storyEntries, errors: story.errors, validateMs: story.ms, checkMs: timeCommand(projectRoot, script) });

  const root = mkdtempSync(path.join(tmpdir(), 'explainer-bench-'));
  try {
    const entries = writeCorpus(root);
    const generated = timeLoad(root, 'content', 5);
    rows.push({ corpus: 'generated', entries, errors: generated.errors, validateMs: generated.ms, checkMs: timeCommand(root, script) });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}

export function printRows(rows: BenchRow[]): void {
  console.log('\nnpm run check');
  console.log('| corpus | entries | errors | validate + index (median of 5) | whole npm run check |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.corpus} | ${r.entries} | ${r.errors} | ${r.validateMs.toFixed(0)} ms | ${r.checkMs.toFixed(0)} ms |`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printRows(benchCheck(process.cwd()));
}
