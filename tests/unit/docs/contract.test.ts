/**
 * CONTRACT.md describes what the code does: every field of every schema with whether it is
 * required, every fixed list of values, every component with its attributes, every route, and
 * the severity of every diagnostic code it names. A field, value, attribute or route added to the
 * code without its line in CONTRACT.md, or a severity changed in one place only, fails here.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../../src/core/diagnostic-codes.ts';
import { pagePath, ROUTES } from '../../../src/core/routes.ts';
import type { PageKind } from '../../../src/core/kinds.ts';
import { CONTENT_COMPONENTS } from '../../../src/read/components.ts';
import {
  ACTOR_KINDS,
  actorSchema,
  ASIDE_KINDS,
  articleSchema,
  claimSchema,
  figureSchema,
  PLACE_KINDS,
  placeSchema,
  PRECISIONS,
  siteSchema,
  SOURCE_KINDS,
  sourceSchema,
  TERM_CATEGORIES,
  termSchema,
  timelineEventSchema,
} from '../../../src/read/schema.ts';

const contract = readFileSync('CONTRACT.md', 'utf8');
const lines = contract.split('\n');

/** The text of the `## heading` section, up to the next `## `. */
function section(heading: string): string {
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`CONTRACT.md has no section "## ${heading}"`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** `| \`field\` | yes |` rows of a section's field tables: field → required. */
function fieldRows(text: string): Record<string, boolean> {
  return Object.fromEntries([...text.matchAll(/^\| `(\w+)` \| (yes|no) \|/gm)].map((m) => [m[1]!, m[2] === 'yes']));
}

/** Each field of a schema → whether it is required (does not accept a missing value). */
function schemaFields(...schemas: z.ZodObject[]): Record<string, boolean> {
  return Object.fromEntries(schemas.flatMap((s) => Object.entries(s.shape).map(([k, v]) => [k, !(v as z.ZodType).safeParse(undefined).success])));
}

describe('CONTRACT.md', () => {
  const collections: [string, z.ZodObject[]][] = [
    ['site.yaml', [siteSchema]],
    ['sources.yaml', [sourceSchema]],
    ['figures.yaml', [figureSchema, claimSchema]],
    ['timeline.yaml', [timelineEventSchema]],
    ['places.yaml', [placeSchema]],
    ['Articles', [articleSchema]],
    ['Actors', [actorSchema]],
    ['Terms', [termSchema]],
  ];
  for (const [heading, schemas] of collections) {
    it(`lists every field of ${heading}, and whether it is required, as the schema has them`, () => {
      expect(fieldRows(section(heading))).toEqual(schemaFields(...schemas));
    });
  }

  it('lists every value of each fixed list', () => {
    const lists = { SOURCE_KINDS, ACTOR_KINDS, TERM_CATEGORIES, PRECISIONS, PLACE_KINDS, ASIDE_KINDS };
    const missing = Object.entries(lists).filter(([, values]) => !lines.some((l) => /one of/.test(l) && values.every((v) => l.includes(`\`${v}\``))));
    expect(missing.map(([name]) => name)).toEqual([]);
  });

  it('lists every component with each attribute, required ones marked *', () => {
    const components = section('MDX bodies');
    for (const [name, spec] of Object.entries(CONTENT_COMPONENTS)) {
      const row = components.split('\n').find((l) => l.startsWith(`| \`<${name} `) || l.startsWith(`| \`<${name}>`));
      expect(row, `<${name}> has no row`).toBeDefined();
      const attributes = Object.fromEntries([...row!.matchAll(/`(\w+)`(\*?)/g)].map((m) => [m[1]!, m[2] === '*']));
      for (const [prop, propSpec] of Object.entries(spec.props)) expect(attributes[prop], `<${name} ${prop}>`).toBe(Boolean(propSpec.required));
      expect(row).toContain(spec.children === 'none' ? '| none |' : '| required |');
    }
  });

  it('lists every route', () => {
    const routes = section('Routes');
    const paths = [...Object.values(ROUTES), ...(['article', 'actor', 'term'] as PageKind[]).map((k) => pagePath(k, '<id>'))];
    expect(paths.filter((p) => !routes.includes(`| \`${p}\` |`))).toEqual([]);
  });

  it('names each diagnostic code with its severity', () => {
    const named = [...contract.matchAll(/\b(error|warning)s? `([a-z0-9-]+)`(?:(?:,| and| or) `([a-z0-9-]+)`)*/g)];
    expect(named.length).toBeGreaterThan(30);
    const wrong = named.flatMap((m) =>
      [...m[0].matchAll(/`([a-z0-9-]+)`/g)].map((c) => c[1]!).filter((code) => DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES]?.severity !== m[1]).map((code) => `${m[1]} ${code}`),
    );
    expect(wrong).toEqual([]);
  });
});
