/**
 * `npm run check`: validates all of content/ without building. Prints every problem as
 * `file:line:col: what is wrong — what to do` and exits 1 on any error.
 *
 * The result is kept in Astro's cacheDir (src/checks/site-cache.ts), keyed by every content file
 * and the checking code: run again on unchanged content, it prints the same problems without
 * loading anything. The loader is imported only on a miss.
 */
import path from 'node:path';
import process from 'node:process';
import { type Diagnostic, formatDiagnostic } from '../../src/read/diagnostics.ts';
import { readSiteCache, siteKey, writeSiteCache } from '../../src/checks/site-cache.ts';

const started = performance.now();
const root = process.cwd();
const contentDir = process.env.EXPLAINER_CONTENT ?? 'content';
const cacheFile = path.resolve(root, process.env.EXPLAINER_CACHE ?? 'node_modules/.astro', 'explainer-check.bin');
const key = siteKey(root, contentDir, { contentDir, includeDrafts: true, check: true });
let diagnostics = readSiteCache<Diagnostic[]>(cacheFile, key);
if (!diagnostics) {
  const { loadSite } = await import('../../src/checks/load-site.ts');
  diagnostics = loadSite({ root, contentDir, includeDrafts: true }).diagnostics;
  writeSiteCache(cacheFile, key, diagnostics);
}
const errors = diagnostics.filter((d) => d.severity === 'error');
const warnings = diagnostics.filter((d) => d.severity === 'warning');

for (const d of diagnostics) (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d));
const ms = Math.round(performance.now() - started);
const summary = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'} in ${contentDir}/ (${ms} ms)`;
if (errors.length) {
  console.error(`\n✗ ${summary}. Fix the errors above and run npm run check again.`);
  process.exitCode = 1;
} else {
  console.log(`✓ ${summary}`);
}
