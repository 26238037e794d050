/**
 * `npm run changes -- --format text|markdown|json`: the report of `compareSites` for a person at a
 * terminal, for a pull request (`$GITHUB_STEP_SUMMARY` or a comment, with the changed cards as
 * images when their address is known), and for other programs. Pure.
 */
import type { Edit, PageChange, SiteChanges } from './page-changes.ts';
import { cardPath, withBase } from '../core/routes.ts';

export const CHANGES_FORMATS = ['text', 'markdown', 'json'] as const;
export type ChangesFormat = (typeof CHANGES_FORMATS)[number];

/** The version of `--format json`; fields are only ever added within a version. */
export const CHANGES_JSON_VERSION = 1;

export interface ReportContext {
  /** What was compared with, e.g. `origin/main (merge base 1a2b3c4)`. */
  base: string;
  /** Content errors that kept part of either side out of the comparison, one line each. */
  problems: string[];
  /** Astro's base, for the pages' paths (`/` by default). */
  sitePath?: string;
  /** Where the changed cards can be seen, e.g. an artifact or preview address: `<prefix>/og/<path>.png`. */
  cardsUrl?: string;
  /** The markdown lists at most this many pages per section (a comment has a size limit). */
  maxRows?: number;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const TYPE_WORD: Record<PageChange['type'], string> = { article: 'article', actor: 'actor', term: 'term', index: 'index page' };
const CARD_WORD: Record<PageChange['card'], string> = { added: 'new card', removed: 'card removed', changed: 'card changed', unchanged: 'card unchanged' };

export function summaryOf(changes: SiteChanges): { added: number; removed: number; changed: number; cards: number } {
  const n = (change: PageChange['change']) => changes.pages.filter((p) => p.change === change).length;
  return { added: n('added'), removed: n('removed'), changed: n('changed'), cards: changes.pages.filter((p) => p.card === 'added' || p.card === 'changed').length };
}

function headline(changes: SiteChanges): string {
  const s = summaryOf(changes);
  if (!changes.pages.length) return `No page changes for readers (${count(changes.compared, 'page')} compared).`;
  return `${count(s.added, 'page')} added, ${s.removed} removed, ${s.changed} changed; ${count(s.cards, 'new or changed social card')} (of ${count(changes.compared, 'page')}).`;
}

const editLine = (e: Edit) => `${e.file}: ${e.kind === 'site' || e.kind === 'timeline' ? e.kind : `${e.kind} “${e.label}”`} — ${e.what}${e.pages ? ` — changes ${count(e.pages, 'page')}` : ''}`;

export function formatChangesText(changes: SiteChanges, context: ReportContext): string {
  const at = (path: string) => withBase(context.sitePath ?? '/', path);
  const out = [`What readers will see change, compared with ${context.base}:`, headline(changes)];
  for (const problem of context.problems) out.push(`! ${problem}`);
  const visible = changes.edits.filter((e) => e.pages > 0 || e.change !== 'changed');
  if (visible.length) out.push('', 'Edits:', ...visible.map((e) => `  ${editLine(e)}`));
  for (const change of ['added', 'removed', 'changed'] as const) {
    const list = changes.pages.filter((p) => p.change === change);
    if (!list.length) continue;
    out.push('', `${change[0]!.toUpperCase()}${change.slice(1)}:`);
    for (const p of list) out.push(`  ${at(p.path)}  ${TYPE_WORD[p.type]} “${p.title}” — ${p.reasons.join('; ')}; ${CARD_WORD[p.card]}`);
  }
  return `${out.join('\n')}\n`;
}

/** Text safe in a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}

export function formatChangesMarkdown(changes: SiteChanges, context: ReportContext): string {
  const at = (path: string) => withBase(context.sitePath ?? '/', path);
  const max = context.maxRows ?? 200;
  const out = ['### What readers will see change', '', `Compared with ${cell(context.base)}: ${cell(headline(changes))}`];
  for (const problem of context.problems) out.push('', `> [!WARNING]\n> ${cell(problem)}`);
  const visible = changes.edits.filter((e) => e.pages > 0 || e.change !== 'changed');
  if (visible.length) {
    out.push('', '| Edit | File | Pages it changes |', '|---|---|---|');
    for (const e of visible.slice(0, max)) out.push(`| ${cell(e.kind === 'site' || e.kind === 'timeline' ? e.kind : `${e.kind} “${e.label}”`)}: ${cell(e.what)} | \`${cell(e.file)}\` | ${e.pages} |`);
    if (visible.length > max) out.push(`| … and ${visible.length - max} more edits | | |`);
  }
  for (const change of ['added', 'removed', 'changed'] as const) {
    const list = changes.pages.filter((p) => p.change === change);
    if (!list.length) continue;
    out.push('', `<details${change === 'changed' && list.length > 20 ? '' : ' open'}><summary><strong>${change[0]!.toUpperCase()}${change.slice(1)}</strong> (${list.length})</summary>`, '', '| Page | Kind | Why | Card |', '|---|---|---|---|');
    for (const p of list.slice(0, max)) out.push(`| [${cell(p.title)}](${at(p.path)}) \`${at(p.path)}\` | ${TYPE_WORD[p.type]} | ${cell(p.reasons.join('; '))} | ${CARD_WORD[p.card]} |`);
    if (list.length > max) out.push(`| … and ${list.length - max} more: run \`npm run changes\` for the full list | | | |`);
    out.push('', '</details>');
  }
  if (context.cardsUrl) {
    const cards = changes.pages.filter((p) => p.card === 'added' || p.card === 'changed');
    if (cards.length) {
      const prefix = context.cardsUrl.replace(/\/+$/, '');
      out.push('', `#### New and changed cards (${cards.length})`, '');
      for (const p of cards.slice(0, 24)) out.push(`<img src="${prefix}${cardPath(p.path)}" width="300" alt="Card of ${cell(p.title).replace(/"/g, '&quot;')}">`);
      if (cards.length > 24) out.push('', `… and ${cards.length - 24} more.`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function formatChangesJson(changes: SiteChanges, context: ReportContext): string {
  const at = (path: string) => withBase(context.sitePath ?? '/', path);
  return `${JSON.stringify(
    {
      version: CHANGES_JSON_VERSION,
      base: context.base,
      problems: context.problems,
      summary: { ...summaryOf(changes), compared: changes.compared },
      edits: changes.edits.map((e) => ({ kind: e.kind, label: e.label, file: e.file, change: e.change, what: e.what, pages: e.pages })),
      pages: changes.pages.map((p) => ({ url: at(p.path), kind: p.type, title: p.title, ...(p.file ? { file: p.file } : {}), change: p.change, reasons: p.reasons, card: p.card, cardUrl: at(cardPath(p.path)) })),
    },
    null,
    2,
  )}\n`;
}

export function formatChanges(format: ChangesFormat, changes: SiteChanges, context: ReportContext): string {
  return format === 'json' ? formatChangesJson(changes, context) : format === 'markdown' ? formatChangesMarkdown(changes, context) : formatChangesText(changes, context);
}
