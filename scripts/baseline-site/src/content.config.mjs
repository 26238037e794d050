import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { z } from 'zod';
import { actorSchema, articleSchema, figureSchema, sourceSchema, termSchema, timelineEventSchema } from '../../../src/read/schema.ts';

const CONTENT = process.env.EXPLAINER_CONTENT ?? '../../content';
const mdx = (folder) => glob({ base: `${CONTENT}/${folder}`, pattern: '[!_.]*.mdx' });

export const collections = {
  articles: defineCollection({ loader: mdx('articles'), schema: articleSchema }),
  actors: defineCollection({ loader: mdx('actors'), schema: actorSchema }),
  glossary: defineCollection({ loader: mdx('glossary'), schema: termSchema }),
  sources: defineCollection({ loader: file(`${CONTENT}/sources.yaml`), schema: sourceSchema }),
  figures: defineCollection({ loader: file(`${CONTENT}/figures.yaml`), schema: figureSchema }),
  timeline: defineCollection({ loader: file(`${CONTENT}/timeline.yaml`, { parser: (text) => parse(text).map((e, i) => ({ id: String(i + 1), ...e })) }), schema: timelineEventSchema.extend({ id: z.string() }) }),
};
