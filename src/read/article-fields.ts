/**
 * What the contract leaves open in an article's fields, settled with a warning instead of an
 * error (CONTRACT.md, "Errors and warnings": the project may warn about anything, it rejects only
 * what the contract forbids).
 *
 * - `updated?` is optional and `updates?` has no rule tying it to `updated`: when the update log
 *   is newer than `updated` (or `updated` is missing), the latest update's date is used, so the
 *   page, the feed, the sitemap and the structured data all show that the story changed.
 * - `updated` before `published` cannot be right: the page shows the publication date alone.
 * - `title` has no limit in the contract: a long one builds; the card clamps it and search
 *   engines cut it, so the warning says where readers lose the end of it.
 */
import { type Diagnostic, type Place, warning } from '../core/diagnostics.ts';
import type { ArticleData } from './schema.ts';

/** Above this, social cards clamp the headline and search engines cut it. */
export const TITLE_SHOWN = 120;

export interface SettledArticle {
  data: ArticleData;
  diagnostics: Diagnostic[];
}

/** The date of the newest entry of the update log, if any. */
export function latestUpdate(data: Pick<ArticleData, 'updates'>): string | undefined {
  return data.updates?.map((u) => u.date).sort().at(-1);
}

export function settleArticle(data: ArticleData, file: string, locate: (field: string) => Place): SettledArticle {
  const diagnostics: Diagnostic[] = [];
  let updated = data.updated;
  if (updated !== undefined && updated < data.published) {
    diagnostics.push(
      warning('updated-before-published', file, locate('updated'), `updated (${updated}) is before published (${data.published}): the page shows only the publication date`, 'updated is the date of the latest change; correct it or remove it'),
    );
    updated = undefined;
  }
  const latest = latestUpdate(data);
  if (latest !== undefined && latest > data.published && (updated === undefined || updated < latest)) {
    const was = updated === undefined ? 'updated is missing' : `updated is ${updated}`;
    diagnostics.push(warning('updated-behind-updates', file, locate(data.updated === undefined ? 'updates' : 'updated'), `the latest update is dated ${latest} but ${was}: the page shows "Updated" with ${latest}`, `set updated: ${latest}`));
    updated = latest;
  }
  if ([...data.title].length > TITLE_SHOWN) {
    diagnostics.push(
      warning('long-title', file, locate('title'), `the title is ${[...data.title].length} characters long: social cards and search results show about the first ${TITLE_SHOWN}, so readers who share it lose the end`, `keep the headline under ${TITLE_SHOWN} characters if you can`),
    );
  }
  const { updated: _given, ...rest } = data;
  return { data: updated === undefined ? rest : { ...rest, updated }, diagnostics };
}
