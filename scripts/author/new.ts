/**
 * `npm run new -- article|actor|term "Name"`: scaffolds a content file with a folded slug
 * (`Nicolás Maduro` → content/actors/nicolas-maduro.mdx), all required fields and comments on
 * what goes where. Refuses to overwrite an existing file. Prints the path.
 */
import process from 'node:process';
import { createEntry } from '../../src/author/scaffold.ts';
import { explainerEnv } from '../../src/core/env.ts';

const [kind = '', ...rest] = process.argv.slice(2);
if (!kind || kind === '--help' || kind === '-h') {
  console.error('Usage: npm run new -- article|actor|term "Name"\n  e.g. npm run new -- actor "Nicolás Maduro"');
  process.exit(kind ? 0 : 1);
}
const result = createEntry({ root: process.cwd(), contentDir: explainerEnv().contentDir, kind, name: rest.join(' ') });
if (!result.ok) {
  console.error(`✗ ${result.message}`);
  process.exit(1);
}
console.log(result.file);
console.error(`Created ${result.file}. Replace every TODO (npm run check lists them), then run npm run check.`);
