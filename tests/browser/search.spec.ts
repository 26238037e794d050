import { expect, test } from '@playwright/test';
import { index, rel } from './site-index.ts';

/** Runs a search the way a reader does: from the header's search box on any page. */
async function searchFromHeader(page: import('@playwright/test').Page, query: string) {
  await page.goto(rel('/glossary/'));
  await page.getByRole('searchbox', { name: 'Search the site' }).fill(query);
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
}

test.describe('search', () => {
  test('the header box reaches the search page, which finds terms with their type', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    await searchFromHeader(page, 'extrajudicial');
    const results = page.locator('[data-search-results] li');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('[data-search-status]')).toContainText('for “extrajudicial”');
    const term = results.filter({ has: page.locator('a', { hasText: /^Extrajudicial killing$/i }) });
    await expect(term).toHaveCount(1);
    await expect(term.locator('.search-type')).toHaveText('Glossary term');
    await expect(term.locator('mark').first()).toBeVisible();
    // Result links stay under the deploy base and lead to real pages.
    const href = (await term.locator('a').getAttribute('href'))!;
    expect(href).toBe(new URL(rel('/glossary/extrajudicial-killing/'), baseURL).pathname);
    // Nothing left the site.
    const origin = new URL(page.url()).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('is accent-insensitive: "ejecucion" finds "ejecución"', async ({ page }) => {
    const term = Object.values(index.terms).find((t) => Object.values(t.data.translations ?? {}).some((v) => v.includes('ejecución')));
    expect(term, 'the seed content has a term translated with "ejecución"').toBeDefined();
    for (const query of ['ejecucion', 'ejecución', 'EJECUCION']) {
      await page.goto(`${rel('/search/')}?q=${encodeURIComponent(query)}`);
      await expect(page.locator('[data-search-results] li a', { hasText: term!.data.term })).toHaveCount(1);
    }
  });

  test('finds actors by name, with their type, and filters by type', async ({ page }) => {
    const actor = index.actors['gustavo-petro'] ?? index.actors[index.actorIds[0]!]!;
    await page.goto(`${rel('/search/')}?q=${encodeURIComponent(actor.data.name)}`);
    const hit = page.locator('[data-search-results] li', { has: page.locator('a', { hasText: actor.data.name }) }).first();
    await expect(hit.locator('.search-type')).toHaveText('Actor');
    await page.getByRole('radio', { name: 'Glossary terms' }).check();
    await expect(page).toHaveURL(/type=Term/);
    await expect(page.locator('[data-search-status]')).toContainText(/result|Nothing found/);
    const types = await page.locator('[data-search-results] .search-type').allTextContents();
    expect(types.every((t) => t === 'Glossary term')).toBe(true);
  });

  test('the article is findable, and its type is shown', async ({ page }) => {
    const article = index.articles[index.articleIds[0]!]!;
    await page.goto(`${rel('/search/')}?q=${encodeURIComponent('intelligence sharing')}`);
    const hit = page.locator('[data-search-results] li', { has: page.locator('a', { hasText: article.data.title }) });
    await expect(hit.locator('.search-type')).toHaveText('Article');
  });

  test('list pages and navigation are not indexed: only articles, actors and terms', async ({ page }) => {
    await page.goto(`${rel('/search/')}?q=glossary`);
    await expect(page.locator('[data-search-status]')).not.toHaveText('Searching…');
    const types = await page.locator('[data-search-results] .search-type').allTextContents();
    expect(types.filter((t) => !['Article', 'Actor', 'Glossary term'].includes(t))).toEqual([]);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form still reaches the search page, which explains that search needs JavaScript', async ({ page }) => {
    await searchFromHeader(page, 'coca');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    // Chromium parses <noscript> as text when scripting is disabled through DevTools, so check its content.
    expect(await page.locator('noscript').textContent()).toContain('Search needs JavaScript');
    await expect(page.locator('form[data-search-form]')).toHaveAttribute('method', 'get');
  });
});
