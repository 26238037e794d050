import { expect, test } from '@playwright/test';
import { ALL_ROUTES, index, rel } from './site-index.ts';

test.describe('every route of the contract renders', () => {
  for (const route of ALL_ROUTES) {
    test(route, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      const response = await page.goto(rel(route));
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', index.site.language);
      await expect(page.locator('main#main')).toBeVisible();
      expect(await page.title()).toContain(index.site.title);
      expect(problems).toEqual([]);
    });
  }

  test('an unknown address gets the 404 page with a way back', async ({ page }) => {
    const response = await page.goto('no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Glossary' }).first()).toBeVisible();
  });
});

test.describe('articles', () => {
  const id = index.articleIds[0]!;
  const article = index.articles[id]!;

  test('auto-links point at existing actor and term pages', async ({ page }) => {
    await page.goto(rel(`/articles/${id}/`));
    const links = page.locator('.prose a.xref[data-auto]');
    const count = await links.count();
    // The remark plugin ran on the MDX: there are links the author did not write.
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const href = (await link.getAttribute('href'))!;
      const [, kind, slug] = /\/(actors|glossary)\/([a-z0-9-]+)\/$/.exec(href) ?? [];
      expect(kind, href).toBeTruthy();
      expect(kind === 'actors' ? index.actors[slug!] : index.terms[slug!], href).toBeDefined();
      expect(await link.getAttribute('id')).toMatch(/^mention-(actor|term)-/);
    }
    // First mention per section only: no entry is linked twice in one section.
    const perSection = await page.locator('.prose').evaluate((prose) => {
      const seen: string[] = [];
      let section = 0;
      for (const el of prose.querySelectorAll('h2, a.xref')) {
        if (el.tagName === 'H2') section++;
        else seen.push(`${section}:${el.getAttribute('href')}`);
      }
      return seen;
    });
    expect(new Set(perSection).size).toBe(perSection.length);
  });

  test('following an auto-link opens that page', async ({ page }) => {
    await page.goto(rel(`/articles/${id}/`));
    const link = page.locator('.prose a.xref-term[data-auto]').first();
    const text = (await link.textContent())!;
    await link.click();
    await expect(page).toHaveURL(/\/glossary\/[a-z0-9-]+\/$/);
    const term = index.terms[page.url().split('/').at(-2)!]!;
    const names = [term.data.term, ...(term.data.aliases ?? [])].map((n) => n.toLowerCase().replace(/[-\u2011\s]+/g, ' '));
    expect(names).toContain(text.toLowerCase().replace(/[-\u2011\s]+/g, ' '));
  });

  test('citations are numbered and lead to the source list', async ({ page }) => {
    await page.goto(rel(`/articles/${id}/`));
    const cite = page.locator('.prose sup.cite a').first();
    await expect(cite).toHaveText('[1]');
    const target = (await cite.getAttribute('href'))!;
    await expect(page.locator(target)).toContainText(index.sources[article.sources[0]!]!.title);
  });

  test('quotations render as block quotes with attribution', async ({ page }) => {
    await page.goto(rel(`/articles/${id}/`));
    const quote = page.locator('figure.quote').first();
    await expect(quote.locator('blockquote')).not.toBeEmpty();
    await expect(quote.locator('figcaption')).toContainText('—');
  });
});

test.describe('entry pages', () => {
  test('an actor page shows the dated role, aliases and where it is mentioned', async ({ page }) => {
    const id = 'gustavo-petro' in index.actors ? 'gustavo-petro' : index.actorIds[0]!;
    const actor = index.actors[id]!;
    await page.goto(rel(`/actors/${id}/`));
    await expect(page.locator('.role')).toContainText(actor.data.role);
    await expect(page.locator('.role time')).toHaveAttribute('datetime', actor.data.roleAsOf);
    const mentions = index.mentions[`actor:${id}`] ?? [];
    // Each page once, with every mention on it as a snippet under it (not one item per mention).
    const pages = new Set(mentions.map((m) => `${m.page.kind}:${m.page.id}`));
    await expect(page.locator('.mention-pages > li')).toHaveCount(pages.size);
    await expect(page.locator('.mention-pages > li > a.mention-page')).toHaveCount(pages.size);
    await expect(page.locator('.mention-snippets li')).toHaveCount(mentions.length);
    if (mentions.length) {
      const href = (await page.locator('.mention-snippets a').first().getAttribute('href'))!;
      await page.goto(href);
      await expect(page.locator(`#${mentions[0]!.anchor}`)).toBeVisible();
    }
  });

  test('the glossary is A–Z, accent-insensitive, with Spanish terms', async ({ page }) => {
    await page.goto(rel('/glossary/'));
    const terms = await page.locator('.glossary-list dt > a').allTextContents();
    const collator = new Intl.Collator(index.site.language, { sensitivity: 'base' });
    expect(terms).toEqual([...terms].sort(collator.compare));
    expect(terms).toHaveLength(index.termIds.length);
    await expect(page.locator('.glossary-list [lang="es"]').first()).toBeVisible();
    const letter = page.locator('.letter-nav a').first();
    await letter.click();
    await expect(page.locator(`${(await letter.getAttribute('href'))!}`)).toBeInViewport();
  });

  test('the actors index groups actors by kind', async ({ page }) => {
    await page.goto(rel('/actors/'));
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(page.locator('.entry-list li')).toHaveCount(index.actorIds.length);
  });

  test('the timeline is in date order with dates at their precision', async ({ page }) => {
    await page.goto(rel('/timeline/'));
    const dates = await page.locator('.timeline time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort());
    const monthOnly = index.timeline.find((e) => e.precision === 'month');
    if (monthOnly) await expect(page.locator(`.timeline time[datetime="${monthOnly.date.slice(0, 7)}"]`).first()).toBeVisible();
  });

  test('the sources page lists each source with the pages that cite it', async ({ page }) => {
    await page.goto(rel('/sources/'));
    await expect(page.locator('.all-sources > li')).toHaveCount(index.sourceIds.length);
    const seed = index.sourceIds[0]!;
    await expect(page.locator(`#source-${seed} .cited-by summary`)).toContainText(`${index.citedBy[seed]!.length}`);
  });
});
