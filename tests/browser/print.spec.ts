import { expect, type Page, test } from '@playwright/test';
import { index, rel } from './site-index.ts';

const afterContent = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el, '::after').content);

test.describe('printing an article', () => {
  const id = index.articleIds[0]!;

  test('drops the navigation chrome and shows where external links go, but not for cross-references or citations', async ({ page }) => {
    await page.goto(rel(`/articles/${id}/`));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.skip-link')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.sources .source-list')).toBeVisible();

    expect(await afterContent(page, '.prose a.xref')).toBe('none');
    expect(await afterContent(page, '.prose .cite a')).toBe('none');
  });

  test('source links print with their URL (a glossary page citing web sources)', async ({ page }) => {
    await page.goto(rel('/glossary/extrajudicial-killing/'));
    await page.emulateMedia({ media: 'print' });
    const href = (await page.locator('.sources a[href^="http"]').first().getAttribute('href'))!;
    expect(await afterContent(page, '.sources a[href^="http"]')).toBe(`" (${href})"`);
    expect(await afterContent(page, '.prose a.xref')).toBe('none');
    // On screen, no URLs after links.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.site-header')).toBeVisible();
    expect(await afterContent(page, '.sources a[href^="http"]')).toBe('none');
  });
});
