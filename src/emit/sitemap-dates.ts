/**
 * `lastmod` for the sitemap, from the content's own dates: an article's latest update, an actor's
 * `roleAsOf`, the newest article for the home page, the newest event for the timeline. Pages with
 * no meaningful date (terms, sources, lists) get none rather than a made-up one.
 */
import type { ContentIndex } from '../index/content-index.ts';
import { absoluteUrl, pagePath, ROUTES } from '../core/routes.ts';

const latest = (dates: (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => Boolean(d)).sort().at(-1);

/** The last-modified date of an article: published, updated or its newest update-log entry. */
export function articleModified(data: { published: string; updated?: string | undefined; updates?: { date: string }[] | undefined }): string {
  return latest([data.published, data.updated, ...(data.updates ?? []).map((u) => u.date)])!;
}

/** Absolute page URL → ISO date. */
export function lastModifiedByUrl(index: ContentIndex, base: string): Map<string, string> {
  const url = (path: string) => absoluteUrl(index.site.url, base, path);
  const dates = new Map<string, string>();
  const articleDates = index.articleIds.map((id) => articleModified(index.articles[id]!.data));
  index.articleIds.forEach((id, i) => {
    dates.set(url(pagePath('article', id)), articleDates[i]!);
  });
  for (const id of index.actorIds) dates.set(url(pagePath('actor', id)), index.actors[id]!.data.roleAsOf);
  const home = latest(articleDates);
  if (home) dates.set(url(ROUTES.home), home);
  const timeline = latest(index.timeline.map((e) => e.date));
  if (timeline) dates.set(url(ROUTES.timeline), timeline);
  const actors = latest(index.actorIds.map((id) => index.actors[id]!.data.roleAsOf));
  if (actors) dates.set(url(ROUTES.actors), actors);
  return dates;
}
