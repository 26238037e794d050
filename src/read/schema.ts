/**
 * The content contract (DESIGN.md §2) as zod schemas: the single source of truth, used by
 * `npm run check` and by the build, which both load content through src/read/load.ts.
 */
import { z } from 'zod';
import { isIsoDate } from './dates.ts';
import { SLUG_PATTERN } from './slug.ts';

/** YAML loaders differ: ours keeps `2025-11-11` a string, js-yaml makes a Date. Accept both. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD, e.g. 2025-11-11', params: { code: 'invalid-format' } }),
);

const text = z.string().trim().min(1, { message: 'must not be empty' });
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
  title: text,
  description: text,
  url: absoluteUrl,
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'must be a BCP 47 language tag such as en or es' }),
  publisher: text,
  /** The site's accent colour, `#rrggbb`: pages and cards use it (darkened or lightened where text needs the contrast). */
  accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour written #rrggbb, e.g. #a4161a' }).optional(),
  /** The publisher's logo: an SVG or PNG file in the content folder, shown beside the publisher's name on pages and cards. */
  publisherLogo: z.string().regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png)$/i, { message: 'must be the name of an .svg or .png file in the content folder, e.g. logo.svg' }).optional(),
});

export const sourceSchema = z.strictObject({
  id,
  title: text,
  publisher: text.optional(),
  url: absoluteUrl.optional(),
  published: isoDate.optional(),
  accessed: isoDate.optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  note: text.optional(),
});
export const sourcesSchema = z.array(sourceSchema);

export const claimSchema = z.strictObject({
  value: z.number({ message: 'must be a number, e.g. 75 (put the wording in display)' }),
  display: text.optional(),
  asOf: isoDate,
  source: id,
  by: text.optional(),
  note: text.optional(),
});

export const figureSchema = z.strictObject({
  id,
  label: text,
  unit: text.optional(),
  claims: z.array(claimSchema).min(1, { message: 'needs at least one claim' }),
});
export const figuresSchema = z.array(figureSchema);

export const PLACE_KINDS = ['capital', 'city', 'country', 'sea', 'region', 'base', 'other'] as const;

/** A place a map can show (`content/places.yaml`, optional). `note` says why it is on the map. */
export const placeSchema = z.strictObject({
  id,
  name: text,
  lat: z.number({ message: 'must be a latitude in degrees, e.g. 10.48 (north is positive)' }).min(-90, { message: 'must be between -90 and 90' }).max(90, { message: 'must be between -90 and 90' }),
  lon: z.number({ message: 'must be a longitude in degrees, e.g. -66.9 (west is negative)' }).min(-180, { message: 'must be between -180 and 180' }).max(180, { message: 'must be between -180 and 180' }),
  kind: z.enum(PLACE_KINDS).optional(),
  note: text.optional(),
});
export const placesSchema = z.array(placeSchema);

export const timelineEventSchema = z.strictObject({
  date: isoDate,
  title: text,
  summary: text,
  sources: ids.min(1, { message: 'needs at least one source id' }),
  actors: ids.optional(),
  terms: ids.optional(),
  precision: z.enum(PRECISIONS).optional(),
});
export const timelineSchema = z.array(timelineEventSchema);

export const articleSchema = z.strictObject({
  title: text.max(120, { message: 'is too long: keep it under 120 characters' }),
  dek: text,
  published: isoDate,
  updated: isoDate.optional(),
  summary: text.max(200, { message: 'is too long: at most 200 characters' }),
  sources: ids.min(1, { message: 'needs at least one source id' }),
  actors: ids.optional(),
  terms: ids.optional(),
  updates: z.array(z.strictObject({ date: isoDate, note: text })).optional(),
  draft: z.boolean().optional(),
});

export const actorSchema = z.strictObject({
  name: text,
  kind: z.enum(ACTOR_KINDS),
  role: text,
  roleAsOf: isoDate,
  country: text.optional(),
  aliases: z.array(text).optional(),
  summary: text.max(240, { message: 'is too long: at most 240 characters' }),
  sources: ids.min(1, { message: 'needs at least one source id' }),
  related: ids.optional(),
  draft: z.boolean().optional(),
});

export const termSchema = z.strictObject({
  term: text,
  aliases: z.array(text).optional(),
  translations: z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'must be a language code such as es' }), text).optional(),
  category: z.enum(TERM_CATEGORIES),
  summary: text.max(240, { message: 'is too long: at most 240 characters' }),
  sources: ids.min(1, { message: 'needs at least one source id' }),
  related: ids.optional(),
  draft: z.boolean().optional(),
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
