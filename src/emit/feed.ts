/**
 * The RSS feed's items, built from the one index: one item per published article and one per
 * entry in an article's update log (an update is news too, dated on its own day). Drafts never
 * reach the index of a production build, so they never reach the feed.
 */
import type { ContentIndex } from '../index/content-index.ts';
import { absoluteUrl, pagePath } from '../index/urls.ts';

export interface FeedItem {
  title: string;
  link: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  description: string;
  /** Unique and stable: the article URL, plus the update's anchor for an update. */
  guid: string;
}

/** Anchor of the `n`-th update (0-based, in file order) of an article: `update-2025-11-12`, `update-2025-11-12-2`. */
export function updateAnchors(updates: readonly { date: string }[]): string[] {
  const seen = new Map<string, number>();
  return updates.map(({ date }) => {
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    return n === 1 ? `update-${date}` : `update-${date}-${n}`;
  });
}

export function feedItems(index: ContentIndex, base: string): FeedItem[] {
  const items: FeedItem[] = [];
  for (const id of index.articleIds) {
    const article = index.articles[id]!;
    const url = absoluteUrl(index.site.url, base, pagePath('article', id));
    items.push({ title: article.data.title, link: url, date: article.data.published, description: article.data.summary, guid: url });
    const updates = article.data.updates ?? [];
    const anchors = updateAnchors(updates);
    updates.forEach((update, i) => {
      const link = `${url}#${anchors[i]}`;
      items.push({ title: `Update: ${article.data.title}`, link, date: update.date, description: update.note, guid: link });
    });
  }
  // Newest first; on the same day the article comes before its updates, then by link.
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.link.length - b.link.length || a.link.localeCompare(b.link));
}
