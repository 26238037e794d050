/**
 * `npm run schemas`: writes the JSON Schemas of the content files (src/author/json-schemas.ts) to
 * `.vscode/schemas/`, and the YAML extension's mapping to `.vscode/settings.json`. Run it after
 * changing src/read/schema.ts; tests/unit/author/json-schemas.test.ts fails until you do.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentJsonSchemas, yamlSchemaSettings } from '../../src/author/json-schemas.ts';

export const SCHEMA_FOLDER = '.vscode/schemas';
const root = process.cwd();
const folder = path.join(root, SCHEMA_FOLDER);
mkdirSync(folder, { recursive: true });
const schemas = contentJsonSchemas();
for (const stale of readdirSync(folder)) if (!schemas.some((s) => s.name === stale)) rmSync(path.join(folder, stale));
for (const s of schemas) writeFileSync(path.join(folder, s.name), s.json);

const settingsFile = path.join(root, '.vscode/settings.json');
let settings: Record<string, unknown> = {};
try {
  settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
} catch {
  // none yet
}
settings['yaml.schemas'] = yamlSchemaSettings(SCHEMA_FOLDER);
writeFileSync(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
console.log(`Wrote ${schemas.length} schemas to ${SCHEMA_FOLDER}/ and their mapping to .vscode/settings.json.`);
