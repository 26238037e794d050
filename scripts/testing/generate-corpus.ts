/**
 * A deterministic corpus generator for the benchmark: valid content of any size (articles, actors,
 * glossary terms with aliases and translations, sources with archived texts, figures, timeline),
 * with MDX bodies that use every content component and mention many entries by name so that
 * auto-linking has work to do. Same seed and size → the same bytes.
 *
 *   node scripts/testing/generate-corpus.ts --size L --out .tmp/corpus-L   (writes <out>/content)
 *   sizes: S ≈ 70 pages, L ≈ 1,000 pages, XL ≈ 5,000 pages, or --pages N
 *
 * The text is synthetic (made-up names and sentences): it is benchmark input, never published.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { slugify } from '../../src/core/slug.ts';
import { foldKey } from '../../src/core/text.ts';

export const SIZES = { S: 70, L: 1_000, XL: 5_000 } as const;
export type SizeName = keyof typeof SIZES;

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ba', 'lo', 'mi', 'ra', 'ven', 'tor', 'sa', 'ke', 'lin', 'do', 'ma', 'ru', 'zel', 'ni', 'qua', 'fer', 'to', 'gal', 'vi', 'den', 'cor', 'al', 'bre', 'mo', 'san', 'ti', 'ño', 'lé', 'pa', 'ur'];
const ACTOR_KINDS = ['person', 'person', 'person', 'government', 'agency', 'military', 'organization', 'group', 'country'] as const;
const CATEGORIES = ['law', 'military', 'drugs', 'politics', 'geography', 'diplomacy', 'other'] as const;
const SOURCE_KINDS = ['news', 'official', 'legal', 'reference', 'social', 'other'] as const;
const VERBS = ['said', 'announced', 'denied', 'confirmed', 'questioned', 'rejected', 'welcomed', 'described', 'criticised', 'supported'];
const OBJECTS = ['the agreement', 'the operation', 'the new policy', 'the report', 'the decision', 'the talks', 'the strikes', 'the investigation', 'the sanctions', 'the statement'];
const WHEN = ['on Monday', 'last week', 'in September', 'after the vote', 'before the summit', 'in a televised address', 'in a written statement', 'during the session'];

export interface CorpusCounts {
  articles: number;
  actors: number;
  terms: number;
  sources: number;
  figures: number;
  events: number;
}

/** Page counts for a target number of pages: ~15% articles, the rest actors and terms. */
export function countsFor(pages: number): CorpusCounts {
  const articles = Math.max(2, Math.round(pages * 0.15));
  const actors = Math.max(3, Math.round((pages - articles) / 2));
  const terms = Math.max(3, pages - articles - actors);
  return { articles, actors, terms, sources: Math.max(5, Math.round(pages / 10)), figures: Math.max(3, Math.round(pages / 25)), events: Math.max(5, Math.round(pages / 8)) };
}

interface Named {
  id: string;
  name: string;
  alias?: string;
}

export function generateCorpus(options: { out: string; pages: number; seed?: number }): CorpusCounts {
  const random = prng(options.seed ?? 20251111);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], n: number): T[] => {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(n, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const used = new Set<string>();
  const word = (min = 2, max = 3) => Array.from({ length: min + int(max - min + 1) }, () => pick(SYLLABLES)).join('');
  /** A name whose folded form, and whose slug, is new. */
  const fresh = (make: () => string): string => {
    for (;;) {
      const candidate = make();
      const key = foldKey(candidate);
      if (!used.has(key) && !used.has(`slug:${slugify(candidate)}`) && slugify(candidate)) {
        used.add(key);
        used.add(`slug:${slugify(candidate)}`);
        return candidate;
      }
    }
  };
  const date = (year = 2025) => `${year}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
  const counts = countsFor(options.pages);

  const root = path.join(options.out, 'content');
  rmSync(root, { recursive: true, force: true });
  for (const dir of ['articles', 'actors', 'glossary', 'sources']) mkdirSync(path.join(root, dir), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
  const yamlString = (s: string) => JSON.stringify(s);

  write('site.yaml', `title: Benchmark explainer\ndescription: A generated corpus for the benchmark.\nurl: https://bench.example.org\nlanguage: en\npublisher: Benchmark Desk\n`);

  // Sources, each with an archived text holding the sentences that quotes will use.
  const sources = Array.from({ length: counts.sources }, (_, i) => ({ id: `source-${String(i + 1).padStart(4, '0')}`, quotes: [] as string[] }));
  write(
    'sources.yaml',
    sources
      .map((s, i) => `- id: ${s.id}\n  title: ${yamlString(`Report ${i + 1} on ${cap(word())} ${cap(word())}`)}\n  publisher: ${cap(word())} News\n  url: https://news.example.org/${s.id}\n  published: ${date()}\n  kind: ${pick(SOURCE_KINDS)}\n`)
      .join(''),
  );
  for (const s of sources) {
    s.quotes = Array.from({ length: 5 }, () => `We ${pick(VERBS)} ${pick(OBJECTS)} ${pick(WHEN)} and we will ${pick(['continue', 'review', 'stop', 'expand'])} it`);
    write(`sources/${s.id}.txt`, `${s.quotes.map((q) => `"${q}," an official told reporters.`).join('\n\n')}\n`);
  }
  const sourceIds = sources.map((s) => s.id);

  const actors: Named[] = Array.from({ length: counts.actors }, () => {
    const name = fresh(() => `${cap(word())} ${cap(word(2, 4))}`);
    const alias = random() < 0.5 ? fresh(() => `${cap(word(3, 4))}`) : undefined;
    return { id: slugify(name), name, ...(alias ? { alias } : {}) };
  });
  const terms: Named[] = Array.from({ length: counts.terms }, () => {
    const name = fresh(() => `${word(2, 3)} ${word(2, 4)}`);
    const alias = random() < 0.5 ? fresh(() => `${word(3, 4)}`) : undefined;
    return { id: slugify(name), name, ...(alias ? { alias } : {}) };
  });
  const figures = Array.from({ length: counts.figures }, (_, i) => ({ id: `figure-${i + 1}`, label: `${cap(word())} count ${i + 1}` }));

  write(
    'figures.yaml',
    figures
      .map((f) => {
        const claims = Array.from({ length: 1 + int(2) }, () => {
          const value = 10 + int(990);
          return `    - value: ${value}\n      display: at least ${value}\n      asOf: ${date()}\n      source: ${pick(sourceIds)}\n      by: ${yamlString(pick(actors).name)}\n`;
        });
        return `- id: ${f.id}\n  label: ${yamlString(f.label)}\n  unit: people\n  claims:\n${claims.join('')}`;
      })
      .join(''),
  );
  write(
    'timeline.yaml',
    Array.from({ length: counts.events }, () => {
      const d = date();
      return `- date: ${d}\n  title: ${yamlString(`${pick(actors).name} ${pick(VERBS)} ${pick(OBJECTS)}`)}\n  summary: ${yamlString(`A generated event on ${d}.`)}\n  sources: [${pick(sourceIds)}]\n  actors: [${some(actors, 2).map((a) => a.id).join(', ')}]\n  terms: [${pick(terms).id}]\n`;
    })
      .sort()
      .join(''),
  );

  /** A sentence that mentions entries by name (auto-link material). */
  const sentence = () => {
    const who = pick(actors);
    const what = pick(terms);
    const mentionName = who.alias && random() < 0.3 ? who.alias : who.name;
    return `${mentionName} ${pick(VERBS)} ${pick(OBJECTS)} about ${what.alias && random() < 0.3 ? what.alias : what.name} ${pick(WHEN)}.`;
  };
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');

  for (const a of actors) {
    const related = some(actors, 2).filter((r) => r.id !== a.id).map((r) => r.id);
    const cited = some(sourceIds, 2);
    write(
      `actors/${a.id}.mdx`,
      `---\nname: ${yamlString(a.name)}\nkind: ${pick(ACTOR_KINDS)}\nrole: ${yamlString(`${cap(pick(['minister', 'director', 'commander', 'spokesperson', 'leader']))} of ${cap(word())}`)}\nroleAsOf: ${date()}\ncountry: ${cap(word())}\n${a.alias ? `aliases: [${yamlString(a.alias)}]\n` : ''}summary: ${yamlString(`${a.name} is a generated actor in the benchmark corpus.`)}\nsources: [${cited.join(', ')}]\nrelated: [${related.join(', ')}]\n---\n${paragraph(3)}<Cite id="${cited[0]}" />\n\n## Background\n\n${paragraph(3)}\n`,
    );
  }
  for (const t of terms) {
    const related = some(terms, 2).filter((r) => r.id !== t.id).map((r) => r.id);
    const cited = some(sourceIds, 1);
    write(
      `glossary/${t.id}.mdx`,
      `---\nterm: ${yamlString(t.name)}\n${t.alias ? `aliases: [${yamlString(t.alias)}]\n` : ''}translations:\n  es: ${yamlString(`${t.name} (es)`)}\ncategory: ${pick(CATEGORIES)}\nsummary: ${yamlString(`A generated definition of ${t.name}.`)}\nsources: [${cited.join(', ')}]\nrelated: [${related.join(', ')}]\n---\n${paragraph(2)}<Cite id="${cited[0]}" />\n\n${paragraph(2)}\n`,
    );
  }
  for (let i = 0; i < counts.articles; i++) {
    const title = `${cap(word())} and ${cap(word())}: what happened ${i + 1}`;
    const id = slugify(title);
    const cited = some(sourceIds, 3);
    const source = sources.find((s) => s.id === cited[0])!;
    const sections = Array.from({ length: 4 }, (_, s) => {
      const t = pick(terms);
      const who = pick(actors);
      const parts = [`## ${cap(word())} ${cap(word())} ${s + 1}`, '', `${paragraph(3)} <Term id="${t.id}">${t.name}</Term> and <Actor id="${who.id}">${who.name}</Actor> came up again.<Cite id="${pick(cited)}" />`, '', paragraph(4)];
      if (s === 1) parts.push('', `<Figure id="${pick(figures).id}" />`);
      if (s === 2) parts.push('', `<Quote source="${source.id}" by="${who.name}">${pick(source.quotes)}</Quote>`);
      if (s === 3) parts.push('', `<Aside kind="unknown">`, '', paragraph(2), '', '</Aside>');
      return parts.join('\n');
    });
    write(
      `articles/${id}.mdx`,
      `---\ntitle: ${yamlString(title)}\ndek: ${yamlString(`A generated article ${i + 1} for the benchmark.`)}\npublished: ${date()}\nsummary: ${yamlString(`Generated article ${i + 1}.`)}\nsources: [${cited.join(', ')}]\nterms: [${pick(terms).id}]\n---\n${paragraph(3)}\n\n${sections.join('\n\n')}\n`,
    );
  }
  return counts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'S' }, pages: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const pages = values.pages ? Number(values.pages) : SIZES[values.size as SizeName];
  if (!pages) throw new Error(`unknown size ${values.size}: use S, L, XL or --pages N`);
  const out = path.resolve(values.out ?? `.tmp/corpus-${values.size}`);
  const counts = generateCorpus({ out, pages, ...(values.seed ? { seed: Number(values.seed) } : {}) });
  console.log(`Wrote ${counts.articles} articles, ${counts.actors} actors, ${counts.terms} terms, ${counts.sources} sources, ${counts.figures} figures, ${counts.events} events to ${path.relative(process.cwd(), out)}/content`);
}
