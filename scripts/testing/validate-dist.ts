/**
 * Validates a built site (`node scripts/testing/validate-dist.ts [dir]`, run by `npm test` after the build):
 * 1. every internal link and #fragment resolves (scripts/testing/link-check.ts);
 * 2. the Nu HTML Checker (vnu-jar, one Java run over every page) reports 0 errors.
 * Exits 1 with every problem listed.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { checkLinks, formatLinkProblem, readSiteFiles } from './link-check.ts';
import { explainerEnv } from '../../src/core/env.ts';
import { loadSite } from '../../src/site/load.ts';

const env = explainerEnv();
const dir = process.argv[2] ? path.resolve(process.argv[2]) : env.outDir;
const { base } = env;
let failed = false;

const site = readSiteFiles(dir);
const pages = [...site.html.keys()];
const siteUrl = loadSite({ root: env.root, contentDir: env.contentDir }).index?.site.url;

const linkProblems = checkLinks(site, { base, ...(siteUrl ? { siteUrl } : {}) });
if (linkProblems.length) {
  failed = true;
  console.error(`✗ ${linkProblems.length} broken internal link${linkProblems.length === 1 ? '' : 's'}:`);
  for (const p of linkProblems) console.error(`  ${formatLinkProblem(p)}`);
} else {
  console.log(`✓ links: every internal link and #fragment in ${pages.length} pages resolves`);
}

// The Nu HTML Checker: one JVM for all pages.
const jar = createRequire(import.meta.url)('vnu-jar') as string;
const vnu = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...pages.map((p) => path.join(dir, p))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (vnu.error || vnu.status === null) {
  failed = true;
  console.error(`✗ vnu: could not run java -jar ${jar}: ${vnu.error?.message ?? 'killed'}. Java 11+ must be on the PATH.`);
} else {
  const report = JSON.parse(vnu.stderr || vnu.stdout || '{"messages":[]}') as { messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[] };
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  if (errors.length) {
    failed = true;
    console.error(`✗ vnu: ${errors.length} HTML error${errors.length === 1 ? '' : 's'}:`);
    for (const m of errors) console.error(`  ${m.url ? path.relative(dir, new URL(m.url).pathname) : '?'}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `  «${m.extract.trim().slice(0, 80)}»` : ''}`);
  } else {
    console.log(`✓ vnu: 0 errors in ${pages.length} pages`);
  }
}
process.exitCode = failed ? 1 : 0;
