/**
 * Reads `content/` from disk and parses every file against its schema. Each problem becomes a
 * diagnostic with its file and line; entries that fail their schema are left out of the result.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { z } from 'zod';
import { type Diagnostic, error, type Place, warning } from '../core/diagnostics.ts';
import { settleArticle } from './article-fields.ts';
import { normaliseText, splitFrontmatter } from './internal/frontmatter.ts';
import { type LogoImage, readLogo } from './logo.ts';
import { guardTree } from './internal/guard.ts';
import { memoryParseCache, openParseCache, type ParseCache, parserFingerprint } from './internal/parse-cache.ts';
import { bodyPlaceholders, quotePlaceholder, underPlaceholder, yamlPlaceholders } from './internal/placeholders.ts';
import {
  type ActorData,
  type ArticleData,
  type FigureData,
  figureSchema,
  PAGE_SCHEMAS,
  type PlaceData,
  placeSchema,
  type SiteData,
  siteSchema,
  type SourceData,
  sourceSchema,
  type TermData,
  type TimelineEventData,
  timelineEventSchema,
} from './schema.ts';
import { describeIssues } from './internal/schema-issues.ts';
import { nameOf as entryName, PAGE_KINDS, type PageKind } from '../core/kinds.ts';
import { isSlug, slugify } from '../core/slug.ts';
import { type ParsedYaml, parseYaml } from './internal/yaml.ts';

export interface YamlItem<T> {
  file: string;
  /** Position of the item in its list. */
  index: number;
  data: T;
  yaml: ParsedYaml;
}

export interface MdxDocument<T> {
  kind: PageKind;
  id: string;
  file: string;
  data: T;
  yaml: ParsedYaml;
  tree: Root;
  /** A hash of the body's text as written: tells an edit of the body from a change in what it links (`npm run changes`). */
  bodyHash: string;
}

export interface LoadedContent {
  site: SiteData | undefined;
  /** Where site.yaml is (`<content folder>/site.yaml`): diagnostics about the site as a whole point at it. */
  siteFile: string;
  /** The publisher's logo named in site.yaml, read and checked. */
  logo?: LogoImage;
  sources: YamlItem<SourceData>[];
  figures: YamlItem<FigureData>[];
  timeline: YamlItem<TimelineEventData>[];
  /** `content/places.yaml`, optional: places maps can show. */
  places: YamlItem<PlaceData>[];
  articles: MdxDocument<ArticleData>[];
  actors: MdxDocument<ActorData>[];
  terms: MdxDocument<TermData>[];
  /** Archived source texts, `content/sources/<id>.txt`. */
  sourceTexts: Map<string, string>;
  /** Every id present in a file, valid or not, so one bad entry does not cascade into "unknown id" errors. */
  declared: { source: Set<string>; figure: Set<string>; place: Set<string>; article: Set<string>; actor: Set<string>; term: Set<string> };
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** The project root; file names in diagnostics are relative to it. */
  root: string;
  /** The content folder, relative to the root. */
  contentDir?: string;
  /** Keep parsed MDX bodies in this file between builds (src/read/internal/parse-cache.ts); none by default. */
  parseCacheFile?: string;
  /** Or keep them in memory across loads in one process (`memoryParseCache()`): wins over `parseCacheFile`. */
  parseCache?: ParseCache;
}

export { memoryParseCache, parserFingerprint, type ParseCache };

export function loadContent({ root, contentDir = 'content', parseCacheFile, parseCache: shared }: LoadOptions): LoadedContent {
  const parseCache = shared ?? openParseCache(parseCacheFile, parseCacheFile ? parserFingerprint(root) : '');
  const diagnostics: Diagnostic[] = [];
  const rel = (...parts: string[]) => path.posix.join(contentDir.split(path.sep).join('/'), ...parts);
  const abs = (file: string) => path.resolve(root, file);
  /** The file's text; undefined when it does not exist; null when it cannot be read (reported). */
  const read = (file: string): string | undefined | null => {
    if (!existsSync(abs(file))) return undefined;
    try {
      const text = normaliseText(readFileSync(abs(file), 'utf8'));
      const bad = text.indexOf('\uFFFD');
      if (bad >= 0) {
        const before = text.slice(0, bad).split('\n');
        diagnostics.push(warning('not-utf8', file, { line: before.length, column: before[before.length - 1]!.length + 1 }, 'the file has characters that are not UTF-8 text: readers see � in their place', 'save the file as UTF-8 in your editor and retype the broken characters'));
      }
      return text;
    } catch (e) {
      diagnostics.push(unreadable(file, e));
      return null;
    }
  };

  const validate = <T>(schema: z.ZodType<T>, value: unknown, file: string, yaml: ParsedYaml, base: PropertyKey[] = []): T | undefined => {
    const placeholders = yamlPlaceholders(value);
    for (const p of placeholders) {
      const field = p.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
      diagnostics.push(error('placeholder', file, yaml.locate([...base, ...p.path]), `"${field}" is still the placeholder "${quotePlaceholder(p.text)}"`, 'replace it with the real value; the comment above it says what goes there'));
    }
    let result = schema.safeParse(value);
    if (!result.success) {
      const problems = describeIssues(schema, value, result.error.issues).filter((p) => !underPlaceholder(p.path, placeholders));
      // An unknown field is not forbidden by the contract: it is ignored, with a warning.
      const unknown = problems.filter((p) => p.code === 'unknown-field');
      for (const problem of problems) {
        const full = [...base, ...problem.path];
        const place = problem.key ? yaml.locateKey(full, problem.key) : yaml.locate(full, { key: true });
        if (problem.code === 'unknown-field') diagnostics.push(warning(problem.code, file, place, `${problem.message}: the site ignores it`, problem.fix));
        else diagnostics.push(error(problem.code, file, place, problem.message, problem.fix));
      }
      if (unknown.length < problems.length || problems.length === 0) return undefined;
      result = schema.safeParse(withoutKeys(value, unknown));
      if (!result.success) return undefined;
    }
    return placeholders.length ? undefined : result.data;
  };

  const yamlProblems = (file: string, yaml: ParsedYaml): boolean => {
    for (const p of yaml.problems) diagnostics.push(error(p.code, file, p.place, `YAML syntax: ${p.message}`, p.fix ?? 'check the indentation and the colon after each field name; quote text that contains ": " or starts with a special character'));
    return yaml.problems.length > 0;
  };

  // site.yaml
  const siteFile = rel('site.yaml');
  let site: SiteData | undefined;
  let logo: LogoImage | undefined;
  const siteText = read(siteFile);
  if (siteText === null) {
    // reported by read()
  } else if (siteText === undefined) {
    diagnostics.push(error('missing-file', siteFile, undefined, 'site.yaml is missing', 'create it with title, description, url, language and publisher'));
  } else {
    const yaml = parseYaml(siteText);
    if (!yamlProblems(siteFile, yaml)) site = validate(siteSchema, yaml.value ?? {}, siteFile, yaml);
    if (site?.publisherLogo) {
      const read = readLogo(abs(rel(site.publisherLogo)), site.publisherLogo, siteFile, yaml.locate(['publisherLogo']));
      diagnostics.push(...read.diagnostics);
      logo = read.logo;
    }
  }

  const declared: LoadedContent['declared'] = { source: new Set(), figure: new Set(), place: new Set(), article: new Set(), actor: new Set(), term: new Set() };

  const loadList = <T extends object>(name: string, schema: z.ZodType<T>, idOf?: (item: Record<string, unknown>) => unknown, declare?: Set<string>, optional = false): YamlItem<T>[] => {
    const file = rel(name);
    const text = read(file);
    if (text === null) return [];
    if (text === undefined && optional) return [];
    if (text === undefined) {
      diagnostics.push(error('missing-file', file, undefined, `${name} is missing`, 'create it; it may be an empty list: []'));
      return [];
    }
    const yaml = parseYaml(text);
    if (yamlProblems(file, yaml)) return [];
    const value = yaml.value ?? [];
    if (!Array.isArray(value)) {
      diagnostics.push(error('not-a-list', file, yaml.locate([]), `${name} must be a list, one "- " item per entry`, 'start each entry with "- "'));
      return [];
    }
    const items: YamlItem<T>[] = [];
    value.forEach((item, index) => {
      const id = idOf?.(item as Record<string, unknown>);
      if (declare && typeof id === 'string') declare.add(id);
      try {
        const data = validate(schema, item, file, yaml, [index]);
        if (data) items.push({ file, index, data, yaml });
      } catch (e) {
        diagnostics.push(unexpected(file, e, yaml.locate([index])));
      }
    });
    return items;
  };

  const sources = loadList('sources.yaml', sourceSchema, (i) => i?.id, declared.source);
  const figures = loadList('figures.yaml', figureSchema, (i) => i?.id, declared.figure);
  const timeline = loadList('timeline.yaml', timelineEventSchema);
  const places = loadList('places.yaml', placeSchema, (i) => i?.id, declared.place, true);

  const loadMdx = <T extends object>(kind: PageKind, schema: z.ZodType<T>): MdxDocument<T>[] => {
    const dir = rel(PAGE_KINDS[kind].folder);
    if (!existsSync(abs(dir))) return [];
    const docs: MdxDocument<T>[] = [];
    for (const name of readdirSync(abs(dir)).sort()) {
      const file = `${dir}/${name}`;
      if (name.startsWith('.') || name.startsWith('_')) continue;
      if (!name.endsWith('.mdx')) {
        if (name.endsWith('.md')) diagnostics.push(warning('not-mdx', file, undefined, 'content files must end in .mdx: this file is not published', `rename it to ${name.replace(/\.md$/, '.mdx')}`));
        continue;
      }
      const id = name.slice(0, -'.mdx'.length);
      declared[kind].add(id);
      if (!isSlug(id)) {
        diagnostics.push(error('invalid-file-name', file, undefined, `the file name "${name}" is not a valid id`, `rename it to ${slugify(id) || 'a-name'}.mdx (lowercase letters, digits and hyphens)`));
      }
      const raw = read(file);
      if (raw === null || raw === undefined) continue;
      try {
        const doc = loadOne(kind, schema, id, file, raw);
        if (doc) docs.push(doc);
      } catch (e) {
        diagnostics.push(unexpected(file, e));
      }
    }
    return docs;
  };

  const loadOne = <T extends object>(kind: PageKind, schema: z.ZodType<T>, id: string, file: string, raw: string): MdxDocument<T> | undefined => {
    const split = splitFrontmatter(raw);
    if (split.frontmatter === undefined) {
      diagnostics.push(error('no-frontmatter', file, undefined, 'the file has no frontmatter', 'start it with a --- line, the fields, and another --- line'));
      return undefined;
    }
    const yaml = parseYaml(split.frontmatter, split.frontmatterLine - 1);
    const parsed = parseCache.parse(split.body);
    if (parsed.problem) diagnostics.push(error('mdx-syntax', file, parsed.problem.place, parsed.problem.message, parsed.problem.fix));
    else {
      for (const p of guardTree(parsed.tree)) {
        // A component attribute it does not take is ignored: the contract does not forbid one.
        if (p.code === 'unknown-attribute') diagnostics.push(warning(p.code, file, p.place, `${p.message}: it is ignored`, p.fix));
        else diagnostics.push(error(p.code, file, p.place, p.message, p.fix));
      }
      for (const p of bodyPlaceholders(parsed.tree)) diagnostics.push(error('placeholder', file, p.place, `the text is still the placeholder "${quotePlaceholder(p.text)}"`, 'replace it with your own text, or delete it'));
    }
    if (yamlProblems(file, yaml)) return undefined;
    let data = validate(schema, yaml.value ?? {}, file, yaml);
    if (!data || !parsed.tree) return undefined;
    if (kind === 'article') {
      const settled = settleArticle(data as unknown as ArticleData, file, (field) => yaml.locate([field], { key: true }));
      diagnostics.push(...settled.diagnostics);
      data = settled.data as unknown as T;
    }
    if (kind === 'article' && !parsed.tree.children.length) {
      diagnostics.push(error('empty-body', file, { line: split.bodyLine, column: 1 }, 'the article has no text', 'write the article below the closing --- line'));
    }
    const expected = slugify(entryName(kind, data));
    if (isSlug(id) && expected && expected !== id && kind !== 'article') {
      diagnostics.push(warning('file-name-mismatch', file, yaml.locate([PAGE_KINDS[kind].nameField]), `the file name "${id}" does not match the slug of "${entryName(kind, data)}"`, `rename the file to ${expected}.mdx`));
    }
    return { kind, id, file, data, yaml, tree: parsed.tree, bodyHash: createHash('sha256').update(split.body).digest('base64url') };
  };

  const articles = loadMdx('article', PAGE_SCHEMAS.article);
  const actors = loadMdx('actor', PAGE_SCHEMAS.actor);
  const terms = loadMdx('term', PAGE_SCHEMAS.term);

  const sourceTexts = new Map<string, string>();
  const textDir = rel('sources');
  if (existsSync(abs(textDir))) {
    for (const name of readdirSync(abs(textDir)).sort()) {
      if (!name.endsWith('.txt')) continue;
      const id = name.slice(0, -4);
      sourceTexts.set(id, read(`${textDir}/${name}`) ?? '');
      if (!declared.source.has(id)) {
        diagnostics.push(warning('orphan-source-text', `${textDir}/${name}`, undefined, `no source with id "${id}" in sources.yaml`, 'add it to sources.yaml or rename the file to <source id>.txt'));
      }
    }
  }

  parseCache.save();
  return { site, siteFile, ...(logo ? { logo } : {}), sources, figures, timeline, places, articles, actors, terms, sourceTexts, declared, diagnostics };
}

/** A copy of `value` without the fields at `problems`' paths and keys. */
function withoutKeys(value: unknown, problems: readonly { path: PropertyKey[]; key?: string | undefined }[]): unknown {
  const copy = structuredClone(value);
  for (const { path: at, key } of problems) {
    const parent = at.reduce<unknown>((v, part) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[part] : undefined), copy);
    if (parent && typeof parent === 'object' && key !== undefined) delete (parent as Record<string, unknown>)[key];
  }
  return copy;
}

/** A file that exists but cannot be read (a folder, no permission). */
function unreadable(file: string, e: unknown): Diagnostic {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why = code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(e);
  return error('unreadable-file', file, undefined, `the file cannot be read (${why})`, code === 'EISDIR' ? 'rename or move the folder: only files belong here' : 'check that it is a plain text file you are allowed to read');
}

/** Anything that went wrong while reading one file, as a diagnostic: never a stack trace. */
function unexpected(file: string, e: unknown, place?: Place): Diagnostic {
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return error('unprocessable-file', file, place, `the file could not be processed: ${message}`, 'check the file for unusual syntax near this line; if it looks right, report this to the developers with the file attached');
}

export type { Place };
