/**
 * `npm test`: every test, in lanes, fastest first: types, then the unit lane (Vitest project
 * `unit`, no build: `npm run test:unit`), then the build lane (project `build`: real `astro build`
 * runs and tests that start many processes, `npm run test:build`), then the browser tests
 * (Playwright, `npm run test:browser`) against the built site in dist/, building it first when it
 * is missing or older than anything it is built from (scripts/testing/build-freshness.ts). The
 * lanes are declared in vitest.config.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM } from '../../tests/browser/browser.ts';
import { BUILD_INPUTS, staleBuildReason } from './build-freshness.ts';
import { explainerEnv } from '../../src/core/env.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

function run(command: string, args: string[]): void {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const bin = (name: string) => `node_modules/.bin/${name}`;
/** Vitest on the Node that runs this file (node_modules/.bin/vitest would start whichever `node` is first on PATH). */
const vitest = (project: 'unit' | 'build') => run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', project]);

function playwrightBrowser(): string | undefined {
  if (SYSTEM_CHROMIUM) return SYSTEM_CHROMIUM;
  try {
    const own = chromium.executablePath();
    return existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

run(bin('tsc'), ['--noEmit']);
vitest('unit');
vitest('build');

if (!playwrightBrowser()) {
  console.error('No browser for the browser tests: install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or run npx playwright install chromium.');
  process.exit(1);
}
const stale = staleBuildReason(process.cwd(), [...BUILD_INPUTS, explainerEnv().contentDir]);
if (stale) {
  console.log(`\nBuilding the site first: ${stale}.`);
  run('npm', ['run', 'build']);
}
// Gates on the built site (issue 8): links + Nu HTML Checker, the dependency audit, browser tests
// (a11y, CSP, no foreign requests), then Lighthouse on 4 pages (mobile).
run(bin('node'), ['scripts/testing/validate-dist.ts']);
run(bin('node'), ['scripts/testing/audit.ts']);
run(bin('playwright'), ['test', ...process.argv.slice(2)]);
run(bin('node'), ['scripts/testing/lighthouse-check.ts']);
