/**
 * The content contract as Astro collections. The schemas come from src/lib/schema.ts, the single
 * source of truth shared with `npm run check`; the pages read metadata from the content index and
 * use these collections only to render MDX bodies.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  actorSchema,
  articleSchema,
  figureSchema,
  siteSchema,
  sourceSchema,
  termSchema,
  timelineEventSchema,
} from './lib/schema.ts';

/** The content folder: `content/` unless EXPLAINER_CONTENT points elsewhere (fixtures, benchmark corpora). */
const CONTENT = (process.env.EXPLAINER_CONTENT ?? 'content').replace(/\/$/, '');
const mdx = (folder: string) => glob({ base: `${CONTENT}/${folder}`, pattern: '[!_.]*.mdx' });

/** Timeline events have no id of their own: their position in the file is their id. */
const withIndexIds = (text: string) => (parse(text) as Record<string, unknown>[]).map((event, i) => ({ id: String(i + 1), ...event }));

export const collections = {
  articles: defineCollection({ loader: mdx('articles'), schema: articleSchema }),
  actors: defineCollection({ loader: mdx('actors'), schema: actorSchema }),
  glossary: defineCollection({ loader: mdx('glossary'), schema: termSchema }),
  sources: defineCollection({ loader: file(`${CONTENT}/sources.yaml`), schema: sourceSchema }),
  figures: defineCollection({ loader: file(`${CONTENT}/figures.yaml`), schema: figureSchema }),
  timeline: defineCollection({ loader: file(`${CONTENT}/timeline.yaml`, { parser: withIndexIds }), schema: timelineEventSchema.extend({ id: z.string() }) }),
  site: defineCollection({ loader: file(`${CONTENT}/site.yaml`, { parser: (text) => ({ site: parse(text) as Record<string, unknown> }) }), schema: siteSchema }),
};
