/**
 * The Lighthouse gate in `npm test`: home, article, actor and term pages on mobile must score 100
 * for accessibility, best practices and SEO. (Performance is measured, not gated: on a shared
 * 2-core machine it is noise; `npm run bench` reports it.)
 */
import process from 'node:process';
import { explainerEnv } from '../../src/core/env.ts';
import { loadSite } from '../../src/site/load.ts';
import { pagePath } from '../../src/core/routes.ts';
import { runLighthouse } from '../bench/lighthouse.ts';

const env = explainerEnv();
const { index } = loadSite({ root: env.root, contentDir: env.contentDir });
if (!index) throw new Error('content has errors: run npm run check');
const pages = {
  home: '/',
  article: pagePath('article', index.articleIds[0]!),
  actor: pagePath('actor', index.actorIds[0]!),
  term: pagePath('term', index.termIds[0]!),
};
const rows = await runLighthouse({ dist: env.outDir, pages, formFactors: ['mobile'], base: env.base });
let failed = false;
for (const row of rows) {
  const gated = (['accessibility', 'best-practices', 'seo'] as const).filter((c) => row.scores[c] < 100);
  const line = `${row.page.padEnd(8)} ${row.formFactor}: performance ${row.scores.performance}, accessibility ${row.scores.accessibility}, best practices ${row.scores['best-practices']}, SEO ${row.scores.seo}`;
  if (gated.length) {
    failed = true;
    console.error(`✗ ${line}`);
    if (row.runtimeError) console.error(`    Lighthouse could not measure the page: ${row.runtimeError}`);
    for (const f of row.failing.filter((f) => gated.some((c) => f.startsWith(c)))) console.error(`    ${f}`);
  } else console.log(`✓ ${line}`);
}
process.exitCode = failed ? 1 : 0;
