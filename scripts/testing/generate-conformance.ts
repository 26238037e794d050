/**
 * The conformance generator: seeded random content that follows the content contract
 * (CONTRACT.md) exactly, written by someone who never saw this project's own content. It does
 * not import the project's code (its slugs and name folding are the contract's words, written
 * again here), so it cannot be tuned to what the project happens to accept.
 *
 * Every optional field is present in some entries and absent in others, every enum value is used,
 * and the edges are always there: a 400-character title, a summary of exactly 200 (article) and
 * 240 (actor, term) characters, empty optional lists, month and year precision, accents, ñ, emoji
 * and Arabic in names, an alias that differs only in case and accents from its own entry's name,
 * an article with no actors, a term used nowhere, a term with `sources: []`, `updates` without
 * `updated`, a draft.
 *
 *   node scripts/testing/generate-conformance.ts --size S|M|L --out .tmp/conformance-S [--seed N]
 *
 * Same seed and size → the same bytes. The text is synthetic: test input, never published.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prng } from './generate-corpus.ts';

/** Pages (articles + actors + terms) per size. */
export const CONFORMANCE_SIZES = { S: 16, M: 80, L: 320 } as const;
export type ConformanceSize = keyof typeof CONFORMANCE_SIZES;

export interface ConformanceSet {
  /** Ids of the published articles, actors and terms: each must have a page and a card. */
  articles: string[];
  actors: string[];
  terms: string[];
  /** Articles with `draft: true`: no page. */
  drafts: string[];
  /** Edge cases the tests look at by id. */
  edges: { longTitle: string; longTitleText: string; updatesWithoutUpdated: string; latestUpdate: string; noActors: string; unusedTerm: string; noSources: string };
  /** Every name and alias, for tests that add a forbidden clash. */
  names: { kind: 'actor' | 'term'; id: string; name: string }[];
}

// CONTRACT.md, "Ids, names and dates": "Slugs are lowercase ASCII with hyphens, derived from the name with accents folded".
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
const slug = (s: string) => fold(s).toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
// CONTRACT.md, "Ids, names and dates": "A name, term or alias belongs to one entry only" (this key folds case and accents;
// the contract also folds apostrophes and hyphens against spaces, which generated names never contain).
const nameKey = (s: string) => fold(s).toLowerCase();
const q = (s: string) => JSON.stringify(s);

const SYLLABLES = ['ba', 'lo', 'mi', 'ra', 'ven', 'tor', 'sa', 'ke', 'lin', 'do', 'ma', 'ru', 'zel', 'ni', 'fer', 'gal', 'vi', 'den', 'cor', 'bre', 'mo', 'san', 'ti', 'ño', 'lé', 'pa', 'ur', 'jó', 'çu', 'ãe'];
const SOURCE_KINDS = ['news', 'official', 'legal', 'reference', 'social', 'other'] as const;
const ACTOR_KINDS = ['person', 'government', 'agency', 'military', 'organization', 'group', 'country'] as const;
const CATEGORIES = ['law', 'military', 'drugs', 'politics', 'geography', 'diplomacy', 'other'] as const;
const ASIDES = ['note', 'unknown', 'next'] as const;
const LANGUAGES = ['en', 'es', 'en-GB', 'pt-BR'] as const;

/** Text of exactly `n` characters (code points), made of words. */
function exactly(n: number, seed: string): string {
  let text = seed;
  while ([...text].length < n) text += ` ${seed}`;
  return `${[...text].slice(0, n - 1).join('').trimEnd().padEnd(n - 1, 'x')}.`;
}

export function generateConformance(options: { out: string; pages: number; seed?: number }): ConformanceSet {
  const random = prng(options.seed ?? 7);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const word = (min = 2, max = 3) => Array.from({ length: min + int(max - min + 1) }, () => pick(SYLLABLES)).join('');
  const date = (from = 2024, span = 2) => `${from + int(span)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
  const taken = new Set<string>();
  const takenSlugs = new Set<string>();
  /** Claims a name (and its slug, for an entry's own name) so no other entry can have it. */
  const claim = (name: string, withSlug: boolean): boolean => {
    if (taken.has(nameKey(name)) || (withSlug && (!slug(name) || takenSlugs.has(slug(name))))) return false;
    taken.add(nameKey(name));
    if (withSlug) takenSlugs.add(slug(name));
    return true;
  };
  const fresh = (make: () => string, withSlug = true): string => {
    for (;;) {
      const candidate = make();
      if (claim(candidate, withSlug)) return candidate;
    }
  };

  const root = path.join(options.out, 'content');
  rmSync(root, { recursive: true, force: true });
  for (const dir of ['articles', 'actors', 'glossary', 'sources']) mkdirSync(path.join(root, dir), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);

  const articleCount = Math.max(6, Math.round(options.pages * 0.2));
  const actorCount = Math.max(7, Math.round((options.pages - articleCount) / 2));
  const termCount = Math.max(7, options.pages - articleCount - actorCount);

  // site.yaml: every field is required.
  write('site.yaml', `title: ${q(`Conformance ${cap(word())}`)}\ndescription: A generated explainer that follows the content contract.\nurl: https://conformance.example.org\nlanguage: ${pick(LANGUAGES)}\npublisher: ${q(`${cap(word())} Desk`)}\n`);

  // sources.yaml: every kind, every optional field present and absent.
  const sources = Array.from({ length: Math.max(8, Math.round(options.pages / 6)) }, (_, i) => {
    const id = `source-${i + 1}`;
    const full = i % 2 === 0;
    const kind = i < SOURCE_KINDS.length ? SOURCE_KINDS[i] : i % 3 ? pick(SOURCE_KINDS) : undefined;
    const lines = [`- id: ${id}`, `  title: ${q(`Report ${i + 1}: ${cap(word())} ${cap(word())}`)}`];
    if (full) lines.push(`  publisher: ${q(`${cap(word())} Ñews`)}`, `  url: https://news.example.org/${id}`, `  published: ${date()}`, `  accessed: ${date(2025)}`, `  note: ${q('A generated source.')}`);
    if (kind) lines.push(`  kind: ${kind}`);
    return { id, yaml: lines.join('\n'), quotes: [] as string[] };
  });
  // Archived texts for half the sources: quotations from them are checked word for word.
  sources.forEach((s, i) => {
    if (i % 2) return;
    s.quotes = Array.from({ length: 3 }, () => `We will ${pick(['review', 'continue', 'stop'])} the ${word()} plan with ${cap(word())}`);
    write(`sources/${s.id}.txt`, `${s.quotes.map((x) => `“${x},” an official said.`).join('\n\n')}\n`);
  });
  write('sources.yaml', `${sources.map((s) => s.yaml).join('\n')}\n`);
  const sourceIds = sources.map((s) => s.id);
  /** Sources with no archived text: a quotation from one cannot be checked (a warning), never refused. */
  const unarchived = sources.filter((s) => !s.quotes.length).map((s) => s.id);

  // Actors: fixed edge names first, then random ones.
  interface Entry { id: string; name: string; aliases: string[] | undefined }
  const actorNames: { name: string; aliases: string[] | undefined }[] = [
    { name: 'Nicolás Peñaloza Núñez', aliases: ['NICOLAS PENALOZA NUNEZ', 'Peñaloza'] },
    { name: 'Grupo 🚤 Lancha Azul', aliases: [] },
    { name: 'Karim Haddad (كريم حداد)', aliases: ['كريم حداد'] },
  ];
  for (const a of actorNames) {
    claim(a.name, true);
    // The alias that differs only in case and accents belongs to the same entry: allowed.
    a.aliases?.forEach((x) => {
      if (nameKey(x) !== nameKey(a.name)) claim(x, false);
    });
  }
  while (actorNames.length < actorCount) {
    const i = actorNames.length;
    const name = fresh(() => `${cap(word())} ${cap(word(2, 4))}`);
    const aliases = i % 4 === 0 ? undefined : i % 4 === 1 ? [] : i % 4 === 2 ? [fresh(() => cap(word(3, 4)), false)] : [fresh(() => cap(word(3, 4)), false), fresh(() => `${cap(word())} ${cap(word())}`, false)];
    actorNames.push({ name, aliases });
  }
  const actors: Entry[] = actorNames.map((a) => ({ id: slug(a.name), ...a }));

  const termNames: { name: string; aliases: string[] | undefined }[] = [
    { name: 'Ejecución extrajudicial', aliases: ['ejecucion extrajudicial', 'ejecuciones extrajudiciales'] },
    { name: 'Zyxquor doctrine', aliases: undefined },
    { name: 'Lancha rápida', aliases: [] },
  ];
  for (const t of termNames) {
    claim(t.name, true);
    t.aliases?.forEach((x) => {
      if (nameKey(x) !== nameKey(t.name)) claim(x, false);
    });
  }
  while (termNames.length < termCount) {
    const i = termNames.length;
    const name = fresh(() => `${word(2, 3)} ${word(2, 4)}`);
    const aliases = i % 3 === 0 ? undefined : i % 3 === 1 ? [] : [fresh(() => word(3, 4), false)];
    termNames.push({ name, aliases });
  }
  const terms: Entry[] = termNames.map((t) => ({ id: slug(t.name), ...t }));
  const unusedTerm = terms[1]!;
  const usable = terms.filter((t) => t !== unusedTerm);

  // figures.yaml: one claim and several that disagree; optional fields present and absent.
  const figures = Array.from({ length: Math.max(3, Math.round(options.pages / 20)) }, (_, i) => {
    const claims = Array.from({ length: 1 + (i % 3) }, (_, c) => {
      const value = i % 2 ? 10 + int(500) : Number((int(10_000) / 100).toFixed(2));
      const lines = [`    - value: ${value}`, `      asOf: ${date()}`, `      source: ${pick(sourceIds)}`];
      if (c % 2 === 0) lines.push(`      display: ${q(`at least ${value}`)}`, `      by: ${q(pick(actors).name)}`, `      note: ${q('Generated.')}`);
      return lines.join('\n');
    });
    return { id: `figure-${i + 1}`, yaml: [`- id: figure-${i + 1}`, `  label: ${q(`${cap(word())} count ${i + 1}`)}`, ...(i % 2 ? ['  unit: people'] : []), '  claims:', ...claims].join('\n') };
  });
  write('figures.yaml', `${figures.map((f) => f.yaml).join('\n')}\n`);

  // timeline.yaml: every precision (and none), optional lists present, empty and absent.
  const events = Array.from({ length: Math.max(6, Math.round(options.pages / 5)) }, (_, i) => {
    const precision = [undefined, 'day', 'month', 'year'][i % 4];
    const d = date();
    const when = precision === 'month' ? `${d.slice(0, 7)}-01` : precision === 'year' ? `${d.slice(0, 4)}-01-01` : d;
    const lines = [`- date: ${when}`, `  title: ${q(`${pick(actors).name} and the ${word()} talks`)}`, `  summary: ${q(`A generated event (${i + 1}).`)}`, `  sources: [${some(sourceIds, 2).join(', ')}]`];
    if (i % 3 === 0) lines.push(`  actors: [${some(actors, 2).map((a) => a.id).join(', ')}]`, `  terms: [${pick(usable).id}]`);
    if (i % 3 === 1) lines.push('  actors: []', '  terms: []');
    if (precision) lines.push(`  precision: ${precision}`);
    return lines.join('\n');
  });
  write('timeline.yaml', `${events.join('\n')}\n`);

  const sentence = () => {
    const who = pick(actors);
    const what = pick(usable);
    const whoName = who.aliases?.length && random() < 0.4 ? pick(who.aliases) : who.name;
    const whatName = what.aliases?.length && random() < 0.4 ? pick(what.aliases) : what.name;
    return `${whoName} ${pick(['spoke about', 'questioned', 'defended', 'explained'])} ${whatName} ${pick(['on Monday', 'in a statement', 'last year', 'again'])}.`;
  };
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');

  const list = (name: string, ids: string[] | undefined) => (ids === undefined ? '' : `${name}: [${ids.join(', ')}]\n`);
  actors.forEach((a, i) => {
    const cited = some(sourceIds, 1 + (i % 2));
    const related = i % 3 === 0 ? undefined : i % 3 === 1 ? [] : some(actors, 2).filter((r) => r !== a).map((r) => r.id);
    const summary = i === 0 ? exactly(240, `${a.name} is a generated actor`) : `${a.name} is a generated actor (as of 2025).`;
    const front = [
      `name: ${q(a.name)}`,
      `kind: ${ACTOR_KINDS[i % ACTOR_KINDS.length]}`,
      `role: ${q(`${cap(pick(['minister', 'director', 'spokesperson']))} of ${cap(word())}`)}`,
      `roleAsOf: ${date(2025)}`,
      ...(i % 2 ? [`country: ${q(pick(['Colombia', 'Venezuela', 'Perú', 'Côte d’Ivoire']))}`] : []),
      ...(a.aliases === undefined ? [] : [`aliases: [${a.aliases.map(q).join(', ')}]`]),
      `summary: ${q(summary)}`,
      `sources: [${cited.join(', ')}]`,
    ].join('\n');
    write(`actors/${a.id}.mdx`, `---\n${front}\n${list('related', related)}---\n${paragraph(2)} <Cite id="${cited[0]}" />\n\n## Background\n\n${paragraph(2)}\n`);
  });
  terms.forEach((t, i) => {
    // `sources` is required but may be an empty list: the third term cites nothing.
    const cited = i === 2 ? [] : some(sourceIds, 1);
    const related = i % 3 === 0 ? undefined : i % 3 === 1 ? [] : some(usable, 2).filter((r) => r !== t).map((r) => r.id);
    const translations = i === 0 ? { es: 'ejecución extrajudicial', ar: 'إعدام خارج نطاق القضاء', 'pt-BR': 'execução extrajudicial' } : i % 2 ? { es: `${t.name} (es)` } : undefined;
    const summary = i === 0 ? exactly(240, `A generated definition of ${t.name}`) : `A generated definition of ${t.name}.`;
    const front = [
      `term: ${q(t.name)}`,
      ...(t.aliases === undefined ? [] : [`aliases: [${t.aliases.map(q).join(', ')}]`]),
      ...(translations ? ['translations:', ...Object.entries(translations).map(([k, v]) => `  ${k}: ${q(v)}`)] : []),
      `category: ${CATEGORIES[i % CATEGORIES.length]}`,
      `summary: ${q(summary)}`,
      `sources: [${cited.join(', ')}]`,
    ].join('\n');
    // The unused term's body mentions nobody, and no other page mentions it.
    const body = t === unusedTerm ? `A doctrine defined for the conformance test. <Cite id="${cited[0]}" />` : cited.length ? `${paragraph(2)} <Cite id="${cited[0]}" />` : paragraph(2);
    write(`glossary/${t.id}.mdx`, `---\n${front}\n${list('related', related)}---\n${body}\n`);
  });

  const articles: string[] = [];
  const drafts: string[] = [];
  const edges = { longTitle: '', longTitleText: '', updatesWithoutUpdated: '', latestUpdate: '', noActors: '', unusedTerm: unusedTerm.id, noSources: terms[2]!.id };
  for (let i = 0; i < articleCount; i++) {
    let title = `${cap(word())} and ${cap(word())}: what happened ${i + 1}`;
    if (i === 0) title = exactly(400, `Why ${actors[0]!.name} and the ${word()} talks matter for the region ${i + 1}`);
    if (i === 1) title = `Lanchas 🚤 y el Caribe: ما الذي حدث ${i + 1}`;
    // A 400-character title makes a slug too long for a file name; the slug comes from its first words.
    const id = slug(title.split(/\s+/).slice(0, 8).join(' '));
    const cited = some(sourceIds, 1 + (i % 3));
    const published = date(2025, 1);
    const front: string[] = [`title: ${q(title)}`, `dek: ${q(`What generated article ${i + 1} explains, in one sentence.`)}`, `published: ${published}`];
    let updates: { date: string; note: string }[] | undefined;
    if (i % 4 === 1) updates = [{ date: '2026-03-02', note: 'Corrected a figure.' }, { date: '2026-03-09', note: 'Added a source.' }];
    if (i % 4 === 2) updates = [];
    if (i % 4 === 3) front.push(`updated: ${'2026-02-01'}`);
    if (i % 4 === 3) updates = [{ date: '2026-02-01', note: 'Added context.' }];
    front.push(`summary: ${q(i === 2 ? exactly(200, `Generated 🚤 article ${i + 1} in brief`) : `Generated article ${i + 1}.`)}`, `sources: [${cited.join(', ')}]`);
    const noActors = i === 3;
    if (noActors) front.push('actors: []');
    else if (i % 2) front.push(`actors: [${pick(actors).id}]`);
    if (i % 3 === 0) front.push(`terms: [${pick(usable).id}]`);
    else if (i % 3 === 1) front.push('terms: []');
    if (updates) front.push(updates.length ? 'updates:' : 'updates: []', ...updates.map((u) => `  - date: ${u.date}\n    note: ${q(u.note)}`));
    if (i === 5) front.push('draft: true');
    else if (i % 5 === 4) front.push('draft: false');

    const source = sources.find((s) => s.quotes.length)!;
    const who = actors[i % actors.length]!;
    const term = usable[i % usable.length]!;
    const body = noActors
      ? // No actor anywhere: no name in the text, none featured.
        `The ${term.name} is explained here without naming anyone. <Cite id="${cited[0]}" />\n\n## What is known\n\nVery little is known. <Figure id="${figures[0]!.id}" />\n`
      : [
          `${paragraph(2)} <Cite id="${cited[0]}" />`,
          `## ${cap(word())} ${cap(word())}`,
          `${paragraph(3)} <Term id="${term.id}">${term.name}</Term> and <Actor id="${who.id}">${who.name}</Actor> came up again.<Cite id="${pick(cited)}" />`,
          `<Figure id="${pick(figures).id}" />`,
          `<Quote source="${source.id}" by="${who.name}"${i % 2 ? ' context="in a statement"' : ''}>${pick(source.quotes)}</Quote>`,
          `She said <Quote source="${pick(unarchived)}" by="${who.name}">we will see</Quote> and left.`,
          `## Details`,
          `| Who | What |\n| --- | --- |\n| ${who.name} | ${term.name} |`,
          `A claim with a footnote.[^1]\n\n[^1]: A note with a [link](https://example.org/${i}).`,
          `<Aside kind="${ASIDES[i % ASIDES.length]}"${i % 2 ? ' title="In short"' : ''}>\n\n- ${paragraph(1)}\n\n</Aside>`,
          `**Bold**, *italic* and \`code\`.`,
        ].join('\n\n');
    write(`articles/${id}.mdx`, `---\n${front.join('\n')}\n---\n${body}\n`);
    if (i === 5) drafts.push(id);
    else articles.push(id);
    if (i === 0) Object.assign(edges, { longTitle: id, longTitleText: title });
    if (i === 1) Object.assign(edges, { updatesWithoutUpdated: id, latestUpdate: '2026-03-09' });
    if (noActors) edges.noActors = id;
  }
  return {
    articles,
    actors: actors.map((a) => a.id),
    terms: terms.map((t) => t.id),
    drafts,
    edges,
    names: [...actors.flatMap((a) => [a.name, ...(a.aliases ?? [])].map((name) => ({ kind: 'actor' as const, id: a.id, name }))), ...terms.flatMap((t) => [t.name, ...(t.aliases ?? [])].map((name) => ({ kind: 'term' as const, id: t.id, name })))],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'S' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const pages = CONFORMANCE_SIZES[values.size as ConformanceSize];
  if (!pages) throw new Error(`unknown size ${values.size}: use S, M or L`);
  const out = path.resolve(values.out ?? `.tmp/conformance-${values.size}`);
  const set = generateConformance({ out, pages, ...(values.seed ? { seed: Number(values.seed) } : {}) });
  console.log(`Wrote ${set.articles.length} articles (+${set.drafts.length} draft), ${set.actors.length} actors, ${set.terms.length} terms to ${path.relative(process.cwd(), out)}/content`);
}
