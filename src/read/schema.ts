/**
 * The content contract (CONTRACT.md: every field, its type and limits) as zod schemas: the single source of truth, used by
 * `npm run check` and by the build, which both load content through src/read/load.ts.
 */
import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import type { PageKind } from '../core/kinds.ts';
import { SLUG_PATTERN } from '../core/slug.ts';

/** YAML loaders differ: ours keeps `2025-11-11` a string, js-yaml makes a Date. Accept both. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD, e.g. 2025-11-11', params: { code: 'invalid-format' } }),
).meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', examples: ['2025-11-11'] });

const text = z.string().trim().min(1, { message: 'must not be empty' });

/**
 * An optional field (CONTRACT.md, "Rules for every field"). Written with no value (`aliases:`, `note: ""`), it is
 * absent: the contract does not forbid that, and the page has nothing to show for it either way.
 */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value), schema.optional());
}
const id = z.string().regex(SLUG_PATTERN, { message: 'must be an id: lowercase letters, digits and hyphens, e.g. gustavo-petro' });
const ids = z.array(id);
const absoluteUrl = z
  .string()
  .url({ message: 'must be an absolute URL starting with https:// or http://' })
  .refine((u) => /^https?:\/\//i.test(u), { message: 'must start with https:// or http://', params: { code: 'invalid-format' } });

export const SOURCE_KINDS = ['news', 'official', 'legal', 'reference', 'social', 'other'] as const;
export const ACTOR_KINDS = ['person', 'government', 'agency', 'military', 'organization', 'group', 'country'] as const;
export const TERM_CATEGORIES = ['law', 'military', 'drugs', 'politics', 'geography', 'diplomacy', 'other'] as const;
export const PRECISIONS = ['day', 'month', 'year'] as const;
export const ASIDE_KINDS = ['note', 'unknown', 'next'] as const;

export const siteSchema = z.strictObject({
  title: text.describe('The site’s title, shown on every page and card.'),
  description: text.describe('One or two sentences about the site: the home page and search results show it.'),
  url: absoluteUrl.describe('The absolute address the site will live at, e.g. https://example.org (canonical links, the feed and cards use it).'),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'must be a BCP 47 language tag such as en or es' }).describe('The language of the pages as a BCP 47 tag, e.g. en or es: also the locale for dates and A–Z sorting.'),
  publisher: text.describe('Who publishes the site, e.g. the newsroom.'),
  /** The site's accent colour, `#rrggbb`: pages and cards use it (darkened or lightened where text needs the contrast). */
  accent: optional(z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour written #rrggbb, e.g. #a4161a' })).describe('The accent colour of pages and cards, #rrggbb (adjusted where text needs the contrast). Optional.'),
  /** The publisher's logo: an SVG or PNG file in the content folder, shown beside the publisher's name on pages and cards. */
  publisherLogo: optional(z.string().regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png)$/i, { message: 'must be the name of an .svg or .png file in the content folder, e.g. logo.svg' })).describe('An SVG or PNG file in the content folder, shown beside the publisher on pages and cards. Optional.'),
});

export const sourceSchema = z.strictObject({
  id: id.describe('The id pages use to cite it: lowercase letters, digits and hyphens, e.g. seed.'),
  title: text.describe('The title of the source as published.'),
  publisher: optional(text).describe('Who published it.'),
  url: optional(absoluteUrl).describe('Its address, only when you are sure of it.'),
  published: optional(isoDate).describe('When it was published, YYYY-MM-DD.'),
  accessed: optional(isoDate).describe('When you read it, YYYY-MM-DD.'),
  kind: optional(z.enum(SOURCE_KINDS)).describe('What sort of source it is.'),
  note: optional(text).describe('Anything a reader should know about it, e.g. which article of a law.'),
});
export const sourcesSchema = z.array(sourceSchema);

export const claimSchema = z.strictObject({
  value: z.number({ message: 'must be a number, e.g. 75 (put the wording in display)' }).describe('The number itself, without quotes; put the wording in display.'),
  display: optional(text).describe('The wording readers see, e.g. "at least 75".'),
  asOf: isoDate.describe('The date the number is as of, YYYY-MM-DD.'),
  source: id.describe('The id of the source in sources.yaml.'),
  by: optional(text).describe('Who asserts it, e.g. "Trump administration figures".'),
  note: optional(text).describe('Anything a reader should know about this claim.'),
});

export const figureSchema = z.strictObject({
  id: id.describe('The id articles use in <Figure id="…" />.'),
  label: text.describe('What the number counts, e.g. "People killed in U.S. strikes".'),
  unit: optional(text).describe('The unit, e.g. people.'),
  claims: z.array(claimSchema).min(1, { message: 'needs at least one claim' }).describe('One claim per source: when they disagree the site shows each, never picks one.'),
});
export const figuresSchema = z.array(figureSchema);

export const PLACE_KINDS = ['capital', 'city', 'country', 'sea', 'region', 'base', 'other'] as const;

/** A place a map can show (`content/places.yaml`, optional). `note` says why it is on the map. */
export const placeSchema = z.strictObject({
  id: id.describe('The id <Map places="…"> uses.'),
  name: text.describe('Shown on the map and in the list of places.'),
  lat: z.number({ message: 'must be a latitude in degrees, e.g. 10.48 (north is positive)' }).min(-90, { message: 'must be between -90 and 90' }).max(90, { message: 'must be between -90 and 90' }).describe('Latitude in decimal degrees, north positive.'),
  lon: z.number({ message: 'must be a longitude in degrees, e.g. -66.9 (west is negative)' }).min(-180, { message: 'must be between -180 and 180' }).max(180, { message: 'must be between -180 and 180' }).describe('Longitude in decimal degrees, west negative.'),
  kind: optional(z.enum(PLACE_KINDS)).describe('What sort of place it is.'),
  note: optional(text).describe('What happened there, from the sources.'),
});
export const placesSchema = z.array(placeSchema);

export const timelineEventSchema = z.strictObject({
  date: isoDate.describe('When it happened, YYYY-MM-DD (the 1st of the month with precision: month).'),
  title: text.describe('What happened, in a few words.'),
  summary: text.describe('What happened, in a sentence or two.'),
  sources: ids.describe('Ids of the sources that report it.'),
  actors: optional(ids).describe('Ids of the actors involved.'),
  terms: optional(ids).describe('Ids of glossary terms it is about.'),
  precision: optional(z.enum(PRECISIONS)).describe('How precisely the date is known: day (default), month or year.'),
});
export const timelineSchema = z.array(timelineEventSchema);

export const articleSchema = z.strictObject({
  title: text.describe('The headline readers see.'),
  dek: text.describe('One sentence under the headline: what this article explains.'),
  published: isoDate.describe('The date it is first published, YYYY-MM-DD.'),
  updated: optional(isoDate).describe('The date of the latest change to a published fact (the date of the latest entry in updates).'),
  summary: text.max(200, { message: 'is too long: at most 200 characters' }).describe('At most 200 characters: used in search results, meta description and the social card.'),
  sources: ids.describe('Ids from sources.yaml the article relies on.'),
  actors: optional(ids).describe('Ids of actors to feature beyond those the text mentions.'),
  terms: optional(ids).describe('Ids of glossary terms to feature beyond those the text mentions.'),
  updates: optional(z.array(z.strictObject({ date: isoDate.describe('The date of the change, YYYY-MM-DD.'), note: text.describe('What changed and why, in a sentence.') }))).describe('The correction log readers see: one { date, note } per change to a published fact.'),
  draft: optional(z.boolean()).describe('true keeps it off the published site (it still shows in npm run dev).'),
});

export const actorSchema = z.strictObject({
  name: text.describe('As readers see it, with accents, e.g. Nicolás Maduro.'),
  kind: z.enum(ACTOR_KINDS).describe('What sort of actor it is.'),
  role: text.describe('Their role on the date in roleAsOf, e.g. President of Colombia.'),
  roleAsOf: isoDate.describe('The date a source confirms that role, YYYY-MM-DD.'),
  country: optional(text).describe('A display name, e.g. Colombia.'),
  aliases: optional(z.array(text)).describe('Other names and spellings that should link here, e.g. [Petro].'),
  summary: text.max(240, { message: 'is too long: at most 240 characters' }).describe('Who they are, at most 240 characters: shown in previews and the card.'),
  sources: ids.describe('Ids from sources.yaml.'),
  related: optional(ids).describe('Ids of related actors.'),
  draft: optional(z.boolean()).describe('true keeps it off the published site (it still shows in npm run dev).'),
});

export const termSchema = z.strictObject({
  term: text.describe('As readers see it, e.g. Extrajudicial killing.'),
  aliases: optional(z.array(text)).describe('Other forms that should link here, e.g. [extrajudicial killings].'),
  translations: optional(z.record(z.string().regex(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'must be a language code such as es' }), text)).describe('Language code → the term in that language, e.g. es: ejecución extrajudicial.'),
  category: z.enum(TERM_CATEGORIES).describe('What the term is about.'),
  summary: text.max(240, { message: 'is too long: at most 240 characters' }).describe('The one-sentence definition, at most 240 characters: shown in previews and the card.'),
  sources: ids.describe('Ids from sources.yaml; cite legal or reference sources where they exist.'),
  related: optional(ids).describe('Ids of related terms.'),
  draft: optional(z.boolean()).describe('true keeps it off the published site (it still shows in npm run dev).'),
});

export type SiteData = z.infer<typeof siteSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type FigureData = z.infer<typeof figureSchema>;
export type ClaimData = z.infer<typeof claimSchema>;
export type PlaceData = z.infer<typeof placeSchema>;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type TimelineEventData = z.infer<typeof timelineEventSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type ActorData = z.infer<typeof actorSchema>;
export type TermData = z.infer<typeof termSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type TermCategory = (typeof TERM_CATEGORIES)[number];

/** The frontmatter schema of each page kind (the schema column of the kinds table, src/core/kinds.ts). */
export const PAGE_SCHEMAS = { article: articleSchema, actor: actorSchema, term: termSchema } as const satisfies Record<PageKind, z.ZodType>;
