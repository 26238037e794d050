/**
 * Flags timeline events dated after an article that covers the same actors or terms was last
 * published or updated: the article may be out of date, or the event's date may be wrong.
 *
 * An event is compared by the first day of its period (a `precision: month` event dated
 * 2025-11-01 is not "later" than an article of 11 November 2025). An event relates to an article
 * when they share an actor or a term (the article's frontmatter lists); an event without actors
 * or terms relates to every article. Drafts are left out: they are not yet published.
 */
import { type Diagnostic, warning } from '../core/diagnostics.ts';
import { entryKey } from '../core/kinds.ts';
import type { LoadedContent } from '../read/load.ts';

export function checkTimelineAgainstArticles(content: Pick<LoadedContent, 'timeline' | 'articles'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const articles = content.articles.filter((a) => !a.data.draft);
  for (const event of content.timeline) {
    const { date, actors = [], terms = [] } = event.data;
    const keys = (actorIds: string[], termIds: string[]) => [...actorIds.map((id) => entryKey('actor', id)), ...termIds.map((id) => entryKey('term', id))];
    const topics = new Set(keys(actors, terms));
    const behind = articles.filter((a) => {
      const asOf = a.data.updated ?? a.data.published;
      if (date <= asOf) return false;
      if (!topics.size) return true;
      return keys(a.data.actors ?? [], a.data.terms ?? []).some((t) => topics.has(t));
    });
    if (!behind.length) continue;
    const names = behind.map((a) => `${a.file} (${a.data.updated ? 'updated' : 'published'} ${a.data.updated ?? a.data.published})`).join(', ');
    out.push(
      warning(
        'timeline-ahead-of-article',
        event.file,
        event.yaml.locate([event.index, 'date']),
        `the event "${event.data.title}" (${date}) is later than ${behind.length === 1 ? 'an article' : 'articles'} on the same people or terms: ${names}`,
        'update the article and add an updates entry with the date, or check the event date',
      ),
    );
  }
  return out;
}
