/**
 * `npm run new -- article|actor|term "Name"`: a new content file with every required field, a
 * comment on what goes where, and a `TODO` placeholder for everything only the author can know.
 * `npm run check` reports each placeholder until it is replaced (src/read/internal/placeholders.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE_KINDS, type PageKind } from '../core/kinds.ts';
import { ACTOR_KINDS, TERM_CATEGORIES } from '../read/schema.ts';
import { slugify } from '../core/slug.ts';
import { closest } from '../core/suggest.ts';

export const SCAFFOLD_KINDS = { article: 'article', actor: 'actor', term: 'term' } as const satisfies Record<string, PageKind>;

/** A YAML string that keeps accents and any punctuation safe. */
const quoted = (text: string) => JSON.stringify(text);

function article(title: string, today: string): string {
  return `---
# The headline readers see (best under 120 characters: cards and search results cut longer ones).
title: ${quoted(title)}
# One sentence under the headline: what this article explains.
dek: "TODO: one sentence that says what this article explains"
# The day the article is first published, written YYYY-MM-DD.
published: ${today}
# Shown in search results and on the social card: at most 200 characters.
summary: "TODO: a summary of at most 200 characters"
# The ids (from content/sources.yaml) of the sources this article relies on, e.g. [seed].
sources: [TODO-source-id]
# Optional: actors and terms to feature beyond those the text mentions (ids), e.g.
# actors: [gustavo-petro]
# terms: [extrajudicial-killing]
# Optional, when a published fact changes: the date of the change and what changed.
# updated: ${today}
# updates:
#   - date: ${today}
#     note: Corrected the number of strikes.
---
TODO: Write the opening paragraph: what happened, who did it and when. Put a Cite after each fact (see AUTHORING.md).

## TODO: A heading for the first section

TODO: Write the section. Start a new section with a line that begins with two # signs.
`;
}

function actor(name: string, today: string): string {
  return `---
# The name as readers see it, with its accents, e.g. Nicolás Maduro.
name: ${quoted(name)}
# What kind of actor: one of ${ACTOR_KINDS.join(', ')}.
kind: TODO-kind
# Their role on the date below, e.g. President of Colombia.
role: "TODO: their role, e.g. President of Colombia"
# The date (YYYY-MM-DD) on which a source confirms the role, e.g. ${today}.
roleAsOf: TODO-YYYY-MM-DD
# Optional: the country, as readers would write it, e.g. Colombia.
# country: Colombia
# Other names and spellings that should link here, e.g. [Maduro]. Leave [] for none.
aliases: []
# Shown in previews and on the social card: who they are, at most 240 characters.
summary: "TODO: who they are, at most 240 characters"
# The ids (from content/sources.yaml) of the sources for this page, e.g. [seed].
sources: [TODO-source-id]
# Optional: ids of related actors, e.g. [gustavo-petro].
# related: []
---
TODO: Write the background for a reader who has never heard of them. Put a Cite after each fact (see AUTHORING.md).
`;
}

function term(name: string): string {
  return `---
# The term as readers see it, e.g. Extrajudicial killing.
term: ${quoted(name)}
# Other words that should link here, e.g. [extrajudicial killings]. Leave [] for none.
aliases: []
# The term in other languages: a language code, a colon and the term, with its accents.
translations:
  es: "TODO: the Spanish term that Spanish-language media and legal texts use"
# One of ${TERM_CATEGORIES.join(', ')}.
category: TODO-category
# The one-sentence definition shown in previews: at most 240 characters.
summary: "TODO: a one-sentence definition"
# The ids (from content/sources.yaml) of the sources for this page, e.g. [seed].
sources: [TODO-source-id]
# Optional: ids of related terms, e.g. [war-crime].
# related: []
---
TODO: Write the longer explanation, citing legal or reference sources where they exist (see AUTHORING.md).
`;
}

/** The text of a new file of `kind` for `name`. `today` is YYYY-MM-DD. */
export function scaffoldText(kind: PageKind, name: string, today: string): string {
  return kind === 'article' ? article(name, today) : kind === 'actor' ? actor(name, today) : term(name);
}

export type CreateResult = { ok: true; file: string } | { ok: false; message: string };

export interface CreateOptions {
  root: string;
  contentDir?: string;
  kind: string;
  name: string;
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
}

/** Writes the new file; never overwrites one that exists. `file` is relative to the root. */
export function createEntry({ root, contentDir = 'content', kind, name, today = new Date().toISOString().slice(0, 10) }: CreateOptions): CreateResult {
  const kinds = Object.keys(SCAFFOLD_KINDS);
  if (!(kind in SCAFFOLD_KINDS)) {
    const near = closest(kind, kinds);
    return { ok: false, message: `"${kind}" is not something npm run new can create — ${near ? `did you mean "${near}"? ` : ''}use one of ${kinds.join(', ')}, e.g. npm run new -- actor "Nicolás Maduro"` };
  }
  const title = name.trim().replace(/\s+/g, ' ');
  if (!title) return { ok: false, message: `the ${kind} needs a name — write it in quotes, e.g. npm run new -- ${kind} "Nicolás Maduro"` };
  const slug = slugify(title);
  if (!slug) return { ok: false, message: `no file name can be made from "${title}" — write the name in Latin letters; the page can show it in any script later` };
  const pageKind = SCAFFOLD_KINDS[kind as keyof typeof SCAFFOLD_KINDS];
  const dir = path.posix.join(contentDir.split(path.sep).join('/'), PAGE_KINDS[pageKind].folder);
  const file = `${dir}/${slug}.mdx`;
  if (existsSync(path.join(root, file))) return { ok: false, message: `${file} already exists — edit that file, or choose another name` };
  mkdirSync(path.join(root, dir), { recursive: true });
  try {
    writeFileSync(path.join(root, file), scaffoldText(pageKind, title, today), { encoding: 'utf8', flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'EEXIST' ? `${file} already exists — edit that file, or choose another name` : `${file} could not be written (${code ?? String(e)}) — check that you may write to ${dir}` };
  }
  return { ok: true, file };
}
