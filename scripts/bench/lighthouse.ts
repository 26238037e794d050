/**
 * Lighthouse on the built site: home, one article, one actor and one term page, on mobile and/or
 * desktop. Serves dist/ with scripts/author/serve.ts on a free port and drives Chromium (CHROME_PATH, or
 * /usr/bin/chromium) through chrome-launcher. Used by `npm run bench` (all four categories, both
 * form factors) and by `npm test` via scripts/testing/lighthouse-check.ts (mobile only).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { SYSTEM_CHROMIUM } from '../../tests/browser/browser.ts';

export type FormFactor = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRow {
  page: string;
  route: string;
  formFactor: FormFactor;
  scores: Record<Category, number>;
  /** Titles of audits that did not pass, for the categories that scored below 100. */
  failing: string[];
  /** Lighthouse's own failure to measure the page (e.g. NO_FCP on a starved machine), after retries. */
  runtimeError?: string;
}

export interface LighthouseOptions {
  /** The built site. */
  dist: string;
  /** page label → route (without base). */
  pages: Record<string, string>;
  formFactors: FormFactor[];
  base?: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the preview server did not start at ${url}`);
}

export async function runLighthouse(options: LighthouseOptions): Promise<LighthouseRow[]> {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const port = await freePort();
  const server = spawn(process.execPath, [path.resolve('scripts/author/serve.ts'), '--port', String(port), '--dir', options.dist], { stdio: 'ignore', env: { ...process.env, EXPLAINER_BASE: base } });
  const chrome = await chromeLauncher.launch({
    ...((process.env.CHROME_PATH ?? SYSTEM_CHROMIUM) ? { chromePath: (process.env.CHROME_PATH ?? SYSTEM_CHROMIUM)! } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const rows: LighthouseRow[] = [];
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitFor(`${origin}${base}`);
    for (const formFactor of options.formFactors) {
      for (const [page, route] of Object.entries(options.pages)) {
        const url = `${origin}${base}${route.replace(/^\//, '')}`;
        // A run Lighthouse itself could not complete (no first paint within its timeout when the
        // machine is busy) scores 0 without measuring anything: run it again, at most twice.
        let result: Awaited<ReturnType<typeof lighthouse>>;
        for (let attempt = 0; ; attempt++) {
          result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, formFactor === 'desktop' ? desktopConfig : undefined);
          if (!result?.lhr.runtimeError || attempt === 2) break;
        }
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { categories, audits } = result.lhr;
        const runtimeError = result.lhr.runtimeError ? `${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}` : undefined;
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
        const failing = CATEGORIES.filter((c) => scores[c] < 100).flatMap((c) =>
          (categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}: ${audits[ref.id]?.title ?? ref.id}${audits[ref.id]?.displayValue ? ` (${audits[ref.id]!.displayValue})` : ''}`),
        );
        rows.push({ page, route, formFactor, scores, failing, ...(runtimeError ? { runtimeError } : {}) });
      }
    }
  } finally {
    chrome.kill();
    server.kill();
  }
  return rows;
}
