/**
 * What a change to content does for readers (`npm run changes`): the pages added, removed and
 * changed between two versions of the site, each with why it changed and whether its social card
 * did. Pages are compared by the same keys the incremental build uses (`page-keys.ts`), so a page
 * reported unchanged is exactly a page the build would reuse. The reasons come from the edits:
 * every entry, source, figure, the timeline and the site settings are compared field by field,
 * and each changed page names the edited things it shows. Pure: the caller loads both sites.
 */
import { createHash } from 'node:crypto';
import type { LoadedContent } from '../read/load.ts';
import { entryKey, idsOf, nameOf, PAGE_KIND_LIST, PAGE_KINDS, type PageKind } from '../core/kinds.ts';
import { entryOf, type RenderedIndex } from '../index/content-index.ts';
import { homeSelection } from '../views/home.ts';
import { pageCacheKey, pageContents } from '../views/page-keys.ts';
import { pagePath, ROUTES } from '../core/routes.ts';
import { clip } from '../core/text.ts';

/** Anything a page can show: an entry, a source, a figure, the timeline, the site settings. */
export type ThingKind = PageKind | 'source' | 'figure' | 'timeline' | 'site';

interface Thing {
  /** `term:coca`, `source:seed`, `timeline`, `site`. */
  key: string;
  kind: ThingKind;
  /** What readers call it: the name, term, title or label. */
  label: string;
  file: string;
  /** Field → its value as JSON; `body` is the hash of an entry's text as written. */
  fields: Record<string, string>;
}

export type PageType = PageKind | 'index';

export interface PageSnapshot {
  /** Root-relative path, e.g. `/glossary/coca/`. */
  path: string;
  type: PageType;
  title: string;
  /** The content file of an entry's page. */
  file?: string;
  key: string;
  /** A hash of the page's card data. */
  card: string;
  /**
   * The things the page shows, its own first: thing key → a hash of what the page shows of it (of
   * a linked entry only its frontmatter, of a page that mentions it only those mentions). An edit
   * explains a change of the page only when what the page shows of the edited thing changed.
   */
  shows: Map<string, string>;
}

export interface SiteSnapshot {
  pages: Map<string, PageSnapshot>;
  things: Map<string, Thing>;
  /** Entries whose file exists but that were left out for content errors (`article:x`, …). */
  broken?: Set<string>;
}

/** A hash of a value's JSON; objects are hashed once however many pages show them. */
const hashes = new WeakMap<object, string>();
function hash(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const known = hashes.get(value);
    if (known) return known;
    const digest = createHash('sha1').update(JSON.stringify(value)).digest('base64url');
    hashes.set(value, digest);
    return digest;
  }
  return createHash('sha1').update(JSON.stringify(value) ?? '').digest('base64url');
}
const fieldsOf = (data: object): Record<string, string> => Object.fromEntries(Object.entries(data).map(([k, v]) => [k, JSON.stringify(v)]));

/**
 * A snapshot of the site readers would see: every page's key and card, and every thing pages show.
 * `content` is what the index was built from (drafts it left out are skipped), `contentDir` the
 * content folder as file names in it start, `cardOf` a page's card data by path.
 */
export function siteSnapshot(index: RenderedIndex, content: Pick<LoadedContent, 'articles' | 'actors' | 'terms' | 'declared'>, contentDir: string, cardOf: (path: string) => unknown): SiteSnapshot {
  const things = new Map<string, Thing>();
  const add = (thing: Thing) => things.set(thing.key, thing);
  const yamlFile = (name: string) => `${contentDir.replace(/\/+$/, '')}/${name}`;
  add({ key: 'site', kind: 'site', label: index.site.title, file: yamlFile('site.yaml'), fields: fieldsOf(index.site) });
  for (const doc of [...content.articles, ...content.actors, ...content.terms]) {
    if (!entryOf(index, doc.kind, doc.id)) continue;
    add({ key: entryKey(doc.kind, doc.id), kind: doc.kind, label: nameOf(doc.kind, doc.data), file: doc.file, fields: { ...fieldsOf(doc.data), body: doc.bodyHash } });
  }
  for (const id of index.sourceIds) add({ key: `source:${id}`, kind: 'source', label: index.sources[id]!.title, file: yamlFile('sources.yaml'), fields: fieldsOf(index.sources[id]!) });
  for (const id of index.figureIds) add({ key: entryKey('figure', id), kind: 'figure', label: index.figures[id]!.label, file: yamlFile('figures.yaml'), fields: fieldsOf(index.figures[id]!) });
  add({ key: 'timeline', kind: 'timeline', label: 'the timeline', file: yamlFile('timeline.yaml'), fields: Object.fromEntries(index.timeline.map((e) => [`${e.date} ${e.title}`, JSON.stringify(e)])) });

  const pages = new Map<string, PageSnapshot>();
  const page = (p: Omit<PageSnapshot, 'card'>) => pages.set(p.path, { ...p, card: hash(cardOf(p.path)) });
  const data = (kind: PageKind, id: string) => entryOf(index, kind, id)?.data ?? null;
  const linked = (kind: PageKind, ids: readonly string[]): Array<[string, unknown]> => ids.map((id) => [entryKey(kind, id), data(kind, id)]);
  const sourcesShown = (ids: readonly string[]): Array<[string, unknown]> => ids.map((id) => [`source:${id}`, index.sources[id] ?? null]);

  for (const kind of PAGE_KIND_LIST) {
    for (const id of idsOf(index, kind)) {
      // What the page shows is decided by src/views/page-keys.ts, which its incremental key hashes.
      const contents = pageContents(index, kind, id)!;
      const { entry } = contents;
      const mentionsBy = new Map<string, unknown[]>();
      for (const m of contents.mentions ?? []) mentionsBy.set(entryKey(m.page.kind, m.page.id), [...(mentionsBy.get(entryKey(m.page.kind, m.page.id)) ?? []), m]);
      const key = pageCacheKey(index, kind, id);
      page({
        path: pagePath(kind, id),
        type: kind,
        title: things.get(entryKey(kind, id))?.label ?? id,
        file: entry.file,
        key,
        shows: shown([
          // Everything of its own entry that the page shows is in its key.
          [entryKey(kind, id), key],
          ['site', index.site],
          ...sourcesShown(contents.sources),
          ...contents.figures.map((f): [string, unknown] => [entryKey('figure', f), index.figures[f] ?? null]),
          ...linked('actor', contents.actors),
          ...linked('term', contents.terms),
          // …and what its body links to, which the report names as "now links" or "no longer links".
          ...linked('actor', entry.actors),
          ...linked('term', entry.terms),
          ...mentionsBy,
        ]),
      });
    }
  }

  // The index pages have no incremental key of their own (they are always rendered); this is a
  // hash of what each one lists, so that the report names them only when that changes.
  const home = homeSelection(index);
  const indexPage = (path: string, title: string, list: Array<[string, unknown]>, extra: unknown) => {
    const shows = shown([['site', index.site], ...list]);
    page({ path, type: 'index', title, key: hash([...shows, extra]), shows });
  };
  indexPage(
    ROUTES.home,
    'Home',
    [
      ...home.articles.map((a): [string, unknown] => [entryKey('article', a.id), [a.data, a.lead, a.readingMinutes]]),
      ...linked('actor', home.actorIds),
      ...linked('term', home.termIds),
      ['timeline', home.events],
    ],
    [index.articleIds, index.actorIds.length, index.termIds.length],
  );
  indexPage(ROUTES.actors, 'Actors', linked('actor', index.actorIds), index.actorIds);
  indexPage(ROUTES.glossary, 'Glossary', linked('term', index.termIds), index.termIds);
  indexPage(
    ROUTES.timeline,
    'Timeline',
    [
      ['timeline', index.timeline],
      ...linked('actor', index.timeline.flatMap((e) => e.actors ?? [])),
      ...linked('term', index.timeline.flatMap((e) => e.terms ?? [])),
      ...sourcesShown(index.timeline.flatMap((e) => e.sources)),
    ],
    null,
  );
  indexPage(
    ROUTES.sources,
    'Sources',
    [...sourcesShown(index.sourceIds), ...Object.values(index.citedBy).flat().map((p): [string, unknown] => [`${p.kind}:${p.id}`, p.title])],
    [index.sourceIds, index.citedBy],
  );
  const loaded = new Set([...content.articles, ...content.actors, ...content.terms].map((d) => `${d.kind}:${d.id}`));
  const broken = new Set(PAGE_KIND_LIST.flatMap((kind) => [...content.declared[kind]].map((id) => entryKey(kind, id))).filter((key) => !loaded.has(key)));
  return { pages, things, broken };
}

/** What a page shows of each thing, as thing key → a hash of it (in the order given: its own first). */
function shown(list: Iterable<[string, unknown]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of list) map.set(key, (map.get(key) ?? '') + hash(value));
  return map;
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

/** One edit between the two versions: a thing added, removed or changed, in readers' words. */
export interface Edit {
  key: string;
  kind: ThingKind;
  label: string;
  file: string;
  change: 'added' | 'removed' | 'changed';
  /** e.g. `renamed “Coca” → “Coca leaf”`, `text edited`, `summary changed`. */
  what: string;
  /** How many pages this edit changes. */
  pages: number;
}

export interface PageChange {
  path: string;
  type: PageType;
  title: string;
  file?: string;
  change: 'added' | 'removed' | 'changed';
  /** Why, in readers' words: its own text first, then the other things it shows. */
  reasons: string[];
  card: 'added' | 'removed' | 'changed' | 'unchanged';
}

export interface SiteChanges {
  pages: PageChange[];
  edits: Edit[];
  /** Pages compared in all (both versions together). */
  compared: number;
}

const KIND_WORD: Record<ThingKind, string> = { article: 'article', actor: 'actor', term: 'term', source: 'source', figure: 'figure', timeline: 'timeline', site: 'site settings' };
const quote = (text: string) => `“${clip(text, 60)}”`;
const plain = (json: string | undefined) => {
  if (json === undefined) return '';
  const value = JSON.parse(json) as unknown;
  return typeof value === 'string' ? value : json;
};

/** What changed in one thing, in a few words. */
export function describeChange(before: Thing, after: Thing): string {
  const fields = unique([...Object.keys(before.fields), ...Object.keys(after.fields)]).filter((f) => before.fields[f] !== after.fields[f]);
  if (before.kind === 'timeline') {
    const added = fields.filter((f) => !(f in before.fields)).length;
    const removed = fields.filter((f) => !(f in after.fields)).length;
    const changed = fields.length - added - removed;
    const n = (count: number, word: string) => (count ? [`${count} event${count === 1 ? '' : 's'} ${word}`] : []);
    return [...n(added, 'added'), ...n(removed, 'removed'), ...n(changed, 'changed')].join(', ');
  }
  const name = before.kind === 'source' || before.kind === 'site' ? 'title' : before.kind === 'figure' ? 'label' : PAGE_KINDS[before.kind].nameField;
  const parts: string[] = [];
  for (const field of fields) {
    if (field === name) parts.push(`${before.kind === 'actor' || before.kind === 'term' ? 'renamed' : before.kind === 'figure' ? 'relabelled' : 'retitled'} ${quote(plain(before.fields[field]))} → ${quote(plain(after.fields[field]))}`);
    else if (field === 'body') parts.push('text edited');
    else if (field === 'claims') parts.push('figures updated');
    else if (field === 'aliases') parts.push('aliases changed (what links to it)');
    else if (field === 'related') parts.push('related entries changed');
    else if (!(field in before.fields)) parts.push(`${field} added`);
    else if (!(field in after.fields)) parts.push(`${field} removed`);
    else parts.push(`${field} changed`);
  }
  return parts.join('; ');
}

const thingName = (thing: Thing) => (thing.kind === 'timeline' || thing.kind === 'site' ? KIND_WORD[thing.kind] : `${KIND_WORD[thing.kind]} ${quote(thing.label)}`);

/** Compares two snapshots: every page that is added, removed or shows something different. */
export function compareSites(base: SiteSnapshot, head: SiteSnapshot): SiteChanges {
  const edits = new Map<string, Edit>();
  for (const key of unique([...base.things.keys(), ...head.things.keys()])) {
    const before = base.things.get(key);
    const after = head.things.get(key);
    if (before && after) {
      const what = describeChange(before, after);
      if (what) edits.set(key, { key, kind: after.kind, label: after.label, file: after.file, change: 'changed', what, pages: 0 });
    } else if (after) edits.set(key, { key, kind: after.kind, label: after.label, file: after.file, change: 'added', what: `new ${KIND_WORD[after.kind]}`, pages: 0 });
    else if (before) {
      const what = head.broken?.has(key) ? 'left out: its file has content errors (npm run check lists them)' : `${KIND_WORD[before.kind]} deleted`;
      edits.set(key, { key, kind: before.kind, label: before.label, file: before.file, change: 'removed', what, pages: 0 });
    }
  }

  const pages: PageChange[] = [];
  for (const path of unique([...base.pages.keys(), ...head.pages.keys()])) {
    const before = base.pages.get(path);
    const after = head.pages.get(path);
    const page = (after ?? before)!;
    const common = { path, type: page.type, title: page.title, ...(page.file ? { file: page.file } : {}) };
    if (!before || !after) {
      const own = page.type === 'index' ? undefined : edits.get([...page.shows.keys()][0]!);
      if (own) own.pages++;
      pages.push({ ...common, change: after ? 'added' : 'removed', reasons: [own?.what ?? (after ? 'new page' : 'page removed')], card: after ? 'added' : 'removed' });
      continue;
    }
    if (before.key === after.key && before.card === after.card) continue;
    const reasons: string[] = [];
    const own = [...after.shows.keys()][0];
    for (const key of unique([...after.shows.keys(), ...before.shows.keys()])) {
      const edit = edits.get(key);
      if (!edit || before.shows.get(key) === after.shows.get(key)) continue;
      edit.pages++;
      if (key === own && after.type !== 'index') reasons.push(edit.what);
      else {
        const thing = head.things.get(key) ?? base.things.get(key)!;
        const via = edit.kind === 'actor' || edit.kind === 'term' ? (!before.shows.has(key) ? 'now links ' : !after.shows.has(key) ? 'no longer links ' : 'links ') : 'shows ';
        reasons.push(`${edit.kind === 'site' || edit.kind === 'timeline' ? '' : via}${thingName(thing)}: ${edit.what}`);
      }
    }
    if (!reasons.length) reasons.push('what it shows changed');
    pages.push({ ...common, change: 'changed', reasons: compact(reasons), card: before.card === after.card ? 'unchanged' : 'changed' });
  }
  const order = { added: 0, removed: 1, changed: 2 };
  pages.sort((a, b) => order[a.change] - order[b.change] || a.path.localeCompare(b.path));
  return {
    pages,
    edits: [...edits.values()].sort((a, b) => b.pages - a.pages || a.file.localeCompare(b.file) || a.key.localeCompare(b.key)),
    compared: unique([...base.pages.keys(), ...head.pages.keys()]).length,
  };
}

/** An index page may list hundreds of edited entries: name a few and count the rest. */
function compact(reasons: string[], max = 5): string[] {
  return reasons.length <= max ? reasons : [...reasons.slice(0, max), `and ${reasons.length - max} more edits it shows`];
}
