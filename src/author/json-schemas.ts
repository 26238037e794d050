/**
 * JSON Schemas of the content files, generated from the zod schemas (the single source of truth)
 * with zod's `z.toJSONSchema`, so that an editor can complete fields, list allowed values, show
 * each field's description and flag mistakes while an author types. `npm run schemas` writes them
 * to `.vscode/schemas/`; a test fails when the committed files are out of date.
 */
import { z } from 'zod';
import { PAGE_KIND_LIST, PAGE_KINDS } from '../core/kinds.ts';
import { figuresSchema, PAGE_SCHEMAS, placesSchema, siteSchema, sourcesSchema, timelineSchema } from '../read/schema.ts';

export interface JsonSchemaFile {
  /** File name, e.g. `site.schema.json`. */
  name: string;
  /** The content files it describes, as globs relative to the project root. */
  files: string[];
  /** Whether an editor can apply it (MDX frontmatter: no extension validates it). */
  editor: boolean;
  json: string;
}

const FILES: Array<{ name: string; title: string; schema: z.ZodType; files: string[]; editor: boolean }> = [
  { name: 'site.schema.json', title: 'content/site.yaml: the site’s settings', schema: siteSchema, files: ['content/site.yaml'], editor: true },
  { name: 'sources.schema.json', title: 'content/sources.yaml: every source any page cites', schema: sourcesSchema, files: ['content/sources.yaml'], editor: true },
  { name: 'figures.schema.json', title: 'content/figures.yaml: numbers the story depends on, with who said what, when', schema: figuresSchema, files: ['content/figures.yaml'], editor: true },
  { name: 'timeline.schema.json', title: 'content/timeline.yaml: dated events', schema: timelineSchema, files: ['content/timeline.yaml'], editor: true },
  { name: 'places.schema.json', title: 'content/places.yaml: places maps can show', schema: placesSchema, files: ['content/places.yaml'], editor: true },
  ...PAGE_KIND_LIST.map((kind) => ({
    name: `${kind}.frontmatter.schema.json`,
    title: `The frontmatter of content/${PAGE_KINDS[kind].folder}/*.mdx`,
    schema: PAGE_SCHEMAS[kind],
    files: [`content/${PAGE_KINDS[kind].folder}/*.mdx`],
    editor: false,
  })),
];

/** Every schema file, in a fixed order, as the exact text written to disk. */
export function contentJsonSchemas(): JsonSchemaFile[] {
  return FILES.map(({ name, title, schema, files, editor }) => {
    // `input`: what an author writes (before defaults and preprocessing), which is what an editor sees.
    const json = { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title, $comment: 'Generated from src/read/schema.ts by npm run schemas: do not edit.' };
    return { name, files, editor, json: `${JSON.stringify(json, null, 2)}\n` };
  });
}

/** `yaml.schemas` for VS Code's YAML extension: schema path → the files it applies to. */
export function yamlSchemaSettings(folder: string): Record<string, string[]> {
  return Object.fromEntries(contentJsonSchemas().filter((s) => s.editor).map((s) => [`./${folder}/${s.name}`, s.files]));
}
