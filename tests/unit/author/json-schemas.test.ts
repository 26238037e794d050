/**
 * The editor's JSON Schemas (src/author/json-schemas.ts → .vscode/schemas/): committed and up to
 * date, every field described, every enum complete, and the YAML extension pointed at them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas, yamlSchemaSettings } from '../../../src/author/json-schemas.ts';
import { ACTOR_KINDS, PLACE_KINDS, PRECISIONS, SOURCE_KINDS, TERM_CATEGORIES } from '../../../src/read/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FOLDER = path.join(ROOT, '.vscode/schemas');
const schemas = contentJsonSchemas();
type Json = { type?: string; properties?: Record<string, Json>; items?: Json; additionalProperties?: Json | boolean; enum?: string[]; description?: string };
const parsed = (name: string) => JSON.parse(schemas.find((s) => s.name === name)!.json) as Json;

/** Every object property in a schema, with its path. */
function properties(schema: Json, at = ''): Array<[string, Json]> {
  const own = Object.entries(schema.properties ?? {}).flatMap(([key, value]): Array<[string, Json]> => [[`${at}${key}`, value], ...properties(value, `${at}${key}.`)]);
  return [...own, ...(schema.items ? properties(schema.items, `${at}[].`) : [])];
}

describe('JSON Schemas for the editor', () => {
  it('are committed and up to date (run npm run schemas after changing src/read/schema.ts)', () => {
    expect(readdirSync(FOLDER).sort()).toEqual(schemas.map((s) => s.name).sort());
    for (const s of schemas) expect(readFileSync(path.join(FOLDER, s.name), 'utf8'), `${s.name} is stale: run npm run schemas`).toBe(s.json);
    const settings = JSON.parse(readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    expect(settings['yaml.schemas'], '.vscode/settings.json is stale: run npm run schemas').toEqual(yamlSchemaSettings('.vscode/schemas'));
  });

  it('cover every YAML file and each kind’s frontmatter', () => {
    expect(schemas.flatMap((s) => s.files)).toEqual(['content/site.yaml', 'content/sources.yaml', 'content/figures.yaml', 'content/timeline.yaml', 'content/places.yaml', 'content/articles/*.mdx', 'content/actors/*.mdx', 'content/glossary/*.mdx']);
  });

  it('describe every field, from the zod schemas', () => {
    for (const s of schemas) {
      const fields = properties(JSON.parse(s.json) as Json);
      expect(fields.length, s.name).toBeGreaterThan(3);
      for (const [field, schema] of fields) expect(schema.description ?? '', `${s.name}: ${field}`).not.toBe('');
    }
    expect(properties(parsed('article.frontmatter.schema.json')).find(([f]) => f === 'dek')![1].description).toBe('One sentence under the headline: what this article explains.');
  });

  it('list every allowed value', () => {
    const values = (name: string, field: string) => properties(parsed(name)).find(([f]) => f === field)![1].enum;
    expect(values('actor.frontmatter.schema.json', 'kind')).toEqual([...ACTOR_KINDS]);
    expect(values('term.frontmatter.schema.json', 'category')).toEqual([...TERM_CATEGORIES]);
    expect(values('sources.schema.json', '[].kind')).toEqual([...SOURCE_KINDS]);
    expect(values('timeline.schema.json', '[].precision')).toEqual([...PRECISIONS]);
    expect(values('places.schema.json', '[].kind')).toEqual([...PLACE_KINDS]);
  });

  it('reject unknown fields and require the required ones, as npm run check does', () => {
    const actor = parsed('actor.frontmatter.schema.json') as Json & { required: string[] };
    expect(actor.additionalProperties).toBe(false);
    expect(actor.required).toEqual(['name', 'kind', 'role', 'roleAsOf', 'summary', 'sources']);
  });
});
