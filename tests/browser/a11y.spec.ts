import { expect, test } from '@playwright/test';
import { wcagAxe } from './axe.ts';
import { index, PAGE_TYPES, rel } from './site-index.ts';


for (const scheme of ['light', 'dark'] as const) {
  test.describe(`WCAG 2.2 AA (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const [type, route] of Object.entries(PAGE_TYPES)) {
      test(type, async ({ page }) => {
        await page.goto(rel(route));
        const results = await wcagAxe(page).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(rel('/'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('everything reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel(`/articles/${index.articleIds[0]}/`));
  await expect(page.locator('.prose a.xref').first()).toBeVisible();
  await expect(page.locator('.source-list li').first()).toBeVisible();
  await context.close();
});

test('pages make no requests to other origins', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  for (const route of Object.values(PAGE_TYPES)) await page.goto(rel(route), { waitUntil: 'networkidle' });
  expect(foreign).toEqual([]);
});

test("the axe run includes axe's experimental WCAG rules, such as 2.5.3 Label in Name", async ({ page }) => {
  // A citation as it used to be written: it shows [1] but its name does not contain 1.
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><p>Claim.<sup><a href="#s" aria-label="Source: A report">[1]</a></sup></p><p id="s">A report</p></main></html>');
  const results = await wcagAxe(page).analyze();
  expect(results.violations.map((v) => v.id)).toContain('label-content-name-mismatch');
});
