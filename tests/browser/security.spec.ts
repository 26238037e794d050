/**
 * Security gates in a real browser: every page type carries a Content-Security-Policy (Astro's
 * `security.csp` <meta>, plus any header from dist/_headers that scripts/author/serve.ts applies) whose
 * script-src allows no 'unsafe-inline' or 'unsafe-eval'; loading and using the page triggers no
 * CSP violation.
 */
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, rel } from './site-index.ts';


/** The script-src (or default-src) of one policy string, split into sources. */
function scriptSources(policy: string): string[] {
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0]!.toLowerCase(), d.slice(1)]));
  return directives.get('script-src') ?? directives.get('default-src') ?? [];
}

test.describe('Content-Security-Policy', () => {
  for (const [type, route] of Object.entries(PAGE_TYPES)) {
    test(`${type}: strict policy, no violations`, async ({ page }) => {
      const violations: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __csp: string[] }).__csp ??= [];
          (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
        });
      });
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      const response = await page.goto(rel(route), { waitUntil: 'networkidle' });
      const policies = [response?.headers()['content-security-policy'], ...(await page.locator('meta[http-equiv="content-security-policy" i]').evaluateAll((els) => els.map((e) => e.getAttribute('content') ?? '')))].filter((p): p is string => Boolean(p));
      expect(policies.length, 'a CSP header or <meta>').toBeGreaterThan(0);
      for (const policy of policies) {
        const sources = scriptSources(policy);
        expect(sources.length, `script-src or default-src in ${policy}`).toBeGreaterThan(0);
        expect(sources).not.toContain("'unsafe-inline'");
        expect(sources).not.toContain("'unsafe-eval'");
        expect(sources.filter((s) => s === '*' || /^(https?:|data:|blob:)$/.test(s))).toEqual([]);
      }
      // Exercise the page: focus and hover every link (previews, if any, run their scripts).
      const links = page.locator('main a');
      const count = Math.min(await links.count(), 10);
      for (let i = 0; i < count; i++) {
        await links.nth(i).hover({ timeout: 500 }).catch(() => undefined);
        await links.nth(i).focus({ timeout: 500 }).catch(() => undefined);
      }
      violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
      expect(violations).toEqual([]);
    });
  }

  test('the policy really is enforced: an injected inline script is blocked', async ({ page }) => {
    await page.goto(rel('/'));
    const ran = await page.evaluate(async () => {
      const fired = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      const directive = await Promise.race([fired, new Promise<string>((r) => setTimeout(() => r('none'), 2000))]);
      return { injected: (window as unknown as { __injected?: boolean }).__injected === true, directive };
    });
    expect(ran.injected).toBe(false);
    expect(ran.directive).toMatch(/script-src/);
  });
});
