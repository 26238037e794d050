/**
 * What the home page shows, decided once: the lead article (the newest), the actors and terms it
 * features, and the latest timeline events. The home page lays it out; `npm run changes` reports a
 * change to it — both read this, so the report cannot drift from the page.
 */
import type { ArticleEntry, ContentIndex } from '../index/content-index.ts';
import type { TimelineEventData } from '../read/schema.ts';

/** How many of each the home page shows. */
export const HOME_LIMITS = { actors: 6, terms: 8, events: 4 } as const;

export interface HomeSelection<Body extends object> {
  /** Every article, newest first. */
  articles: (ArticleEntry & Body)[];
  /** The newest article, whose lead sentences open the page. */
  lead: (ArticleEntry & Body) | undefined;
  /** The lead article's featured actors and terms (the first of the site's, without one). */
  actorIds: string[];
  termIds: string[];
  /** The latest events, newest first. */
  events: TimelineEventData[];
}

export function homeSelection<Body extends object>(index: ContentIndex<Body>): HomeSelection<Body> {
  const articles = index.articleIds.map((id) => index.articles[id]!);
  const lead = articles[0];
  return {
    articles,
    lead,
    actorIds: (lead ? lead.actors : index.actorIds).slice(0, HOME_LIMITS.actors),
    termIds: (lead ? lead.terms : index.termIds).slice(0, HOME_LIMITS.terms),
    events: index.timeline.slice(-HOME_LIMITS.events).reverse(),
  };
}
