/**
 * `npm run check`: validates all of content/ without building. Prints every problem as
 * `file:line:col: what is wrong — what to do` and exits 1 on any error.
 */
import process from 'node:process';
import { formatDiagnostic } from '../../src/read/diagnostics.ts';
import { loadSite } from '../../src/checks/load-site.ts';

const started = performance.now();
const root = process.cwd();
const contentDir = process.env.EXPLAINER_CONTENT ?? 'content';
const { diagnostics } = loadSite({ root, contentDir, includeDrafts: true });
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
