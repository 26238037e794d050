/**
 * The RSS feed's items, built from the one index: one item per published article and one per
 * entry in an article's update log (an update is news too, dated on its own day). Drafts never
 * reach the index of a production build, so they never reach the feed.
 */
import type { ContentIndex } from '../index/content-index.ts';
import { articleView } from '../views/entry-view.ts';
import { absoluteUrl, pagePath, updateAnchors } from '../core/routes.ts';

export interface FeedItem {
  title: string;
  link: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  description: string;
  /** Unique and stable: the article URL, plus the update's anchor for an update. */
  guid: string;
}

export function feedItems(index: ContentIndex, base: string): FeedItem[] {
  const items: FeedItem[] = [];
  for (const id of index.articleIds) {
    const article = index.articles[id]!;
    const view = articleView(index, id);
    const url = absoluteUrl(index.site.url, base, pagePath('article', id));
    items.push({ title: view.title, link: url, date: article.data.published, description: view.summary, guid: url });
    const updates = article.data.updates ?? [];
    const anchors = updateAnchors(updates);
    updates.forEach((update, i) => {
      const link = `${url}#${anchors[i]}`;
      items.push({ title: `Update: ${view.title}`, link, date: update.date, description: update.note, guid: link });
    });
  }
  // Newest first; on the same day the article comes before its updates, then by link.
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.link.length - b.link.length || a.link.localeCompare(b.link));
}
