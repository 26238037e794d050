/**
 * `npm run check`: validates all of content/ without building. Prints every problem as
 * `file:line:col: what is wrong — what to do` and exits 1 on any error.
 *
 *   npm run check -- --format text|github|json   (github by default when GITHUB_ACTIONS=true)
 *   npm run check -- --watch                      (checks again on every save)
 *   npm run check -- --cache                      (keeps parsed bodies between runs: the pre-commit hook)
 *
 * The site is opened through the front door (src/site/open.ts): the result is kept in the cache
 * folder, keyed by every content file and the checking code, so run again on unchanged content it
 * prints the same problems without loading anything. `--watch` always checks afresh.
 */
import { watch } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { explainerEnv } from '../../src/core/env.ts';
import { openSiteForCheck } from '../../src/site/open.ts';
import { CHECK_FORMATS, type CheckFormat, defaultFormat, formatReport, isCheckFormat } from '../../src/author/diagnostic-formats.ts';
import type { ParseCache } from '../../src/read/load.ts';

const USAGE = `usage: npm run check -- [--format ${CHECK_FORMATS.join('|')}] [--watch] [--cache]`;

function usageError(message: string): never {
  process.stderr.write(`npm run check: ${message} (${USAGE})\n`);
  process.exit(2);
}

let options: { format?: string | undefined; watch?: boolean | undefined; cache?: boolean | undefined };
try {
  options = parseArgs({ options: { format: { type: 'string' }, watch: { type: 'boolean' }, cache: { type: 'boolean' } }, strict: true, allowPositionals: false }).values;
} catch (e) {
  usageError((e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
}
if (options.format !== undefined && !isCheckFormat(options.format)) usageError(`unknown format "${options.format}": use ${CHECK_FORMATS.join(', ')}`);
const format: CheckFormat = (options.format as CheckFormat | undefined) ?? defaultFormat(process.env);

const env = explainerEnv();
const { contentDir } = env;

/** Checks once; returns whether there was an error. */
async function check(parseCache?: ParseCache): Promise<boolean> {
  const started = performance.now();
  const { diagnostics } = await openSiteForCheck(env, { keepBodies: Boolean(options.cache), ...(parseCache ? { parseCache } : {}) });
  const report = formatReport(diagnostics, format, { contentDir, ms: Math.round(performance.now() - started) });
  process.stdout.write(report.stdout);
  process.stderr.write(report.stderr);
  return diagnostics.some((d) => d.severity === 'error');
}

if (!options.watch) {
  if (await check()) process.exitCode = 1;
} else {
  // Bodies that did not change are not parsed again: the re-check after one save is quick.
  const { memoryParseCache } = await import('../../src/read/load.ts');
  const cache = memoryParseCache();
  await check(cache);
  process.stderr.write(`Watching ${contentDir}/ — save a file to check again, Ctrl+C to stop.\n`);
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  watch(path.resolve(env.root, contentDir), { recursive: true }, (_event, name) => {
    if (name) changed.add(name.toString());
    clearTimeout(timer);
    timer = setTimeout(() => {
      const names = [...changed].sort().join(', ');
      changed.clear();
      process.stderr.write(`\n— ${new Date().toLocaleTimeString()}: ${names || 'a file'} changed, checking again\n`);
      void check(cache);
    }, 60);
  });
}
