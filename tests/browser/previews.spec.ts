import { devices, expect, type Page, test } from '@playwright/test';
import { wcagAxe } from './axe.ts';
import { index, rel } from './site-index.ts';

const ARTICLE = rel(`/articles/${index.articleIds[0]}/`);
const card = (page: Page) => page.locator('#preview-card');
const termLink = (page: Page) => page.locator('.prose a.xref[data-preview^="term:"]').first();
const actorLink = (page: Page) => page.locator('.prose a.xref[data-preview^="actor:"]').first();

/** The entry behind a link's data-preview, from the real content. */
async function entryFor(link: ReturnType<Page['locator']>) {
  const [kind, id] = (await link.getAttribute('data-preview'))!.split(':') as [string, string];
  return kind === 'term' ? { kind, id, title: index.terms[id]!.data.term, data: index.terms[id]!.data } : { kind, id, title: index.actors[id]!.data.name, data: index.actors[id]!.data };
}

/** Moves the mouse onto the link with the page's clock paused, so the test decides when time passes. */
async function hoverPaused(page: Page, link: ReturnType<Page['locator']>) {
  await link.scrollIntoViewIfNeeded();
  const box = (await link.boundingBox())!;
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
}

test.describe('previews with a mouse', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    await page.goto(ARTICLE);
  });

  test('a hover shows the preview only after the dwell', async ({ page }) => {
    const link = termLink(page);
    const entry = await entryFor(link);
    await hoverPaused(page, link);
    await page.clock.runFor(100);
    await expect(card(page)).toBeHidden();
    await page.clock.runFor(80);
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('.preview-title')).toHaveText(entry.title);
    await expect(card(page).locator('.preview-summary')).toHaveText(index.terms[entry.id]!.data.summary);
    const es = index.terms[entry.id]!.data.translations?.es;
    if (es) await expect(card(page).locator('.preview-translation [lang="es"]')).toHaveText(es);
    await expect(card(page).getByRole('link', { name: `Read more about ${entry.title}` })).toHaveAttribute('href', (await link.getAttribute('href'))!);
    await expect(link).toHaveAttribute('aria-describedby', 'preview-card');
  });

  test('an actor preview gives the role with its date', async ({ page }) => {
    const link = actorLink(page);
    const entry = await entryFor(link);
    await hoverPaused(page, link);
    await page.clock.runFor(200);
    await expect(card(page).locator('.preview-title')).toHaveText(entry.title);
    await expect(card(page).locator('.preview-role')).toContainText(`${index.actors[entry.id]!.data.role} (as of `);
  });

  test('a figure preview lists every claim with who says it and when', async ({ page }) => {
    const id = index.articles[index.articleIds[0]!]!.figures[0]!;
    const link = page.locator(`a[data-preview="figure:${id}"]`).first();
    await hoverPaused(page, link);
    await page.clock.runFor(200);
    await expect(card(page)).toBeVisible();
    const claims = index.figures[id]!.claims;
    await expect(card(page)).toContainText(index.figures[id]!.label);
    for (const claim of claims) {
      await expect(card(page)).toContainText(claim.display ?? String(claim.value));
      if (claim.by) await expect(card(page)).toContainText(claim.by);
    }
  });

  test('a quick pass over a link shows nothing', async ({ page }) => {
    await hoverPaused(page, termLink(page));
    await page.clock.runFor(60);
    await page.mouse.move(2, 2);
    await page.clock.runFor(500);
    await expect(card(page)).toBeHidden();
  });

  test('the preview lingers so the pointer can move into it, and closes when the pointer leaves', async ({ page }) => {
    await hoverPaused(page, termLink(page));
    await page.clock.runFor(200);
    await expect(card(page)).toBeVisible();
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.clock.runFor(1000);
    await expect(card(page)).toBeVisible();
    await page.mouse.move(2, 2);
    await page.clock.runFor(200);
    await expect(card(page)).toBeVisible();
    await page.clock.runFor(150);
    await expect(card(page)).toBeHidden();
    await expect(termLink(page)).not.toHaveAttribute('aria-describedby', /./);
  });

  test('Escape closes a hovered preview, and it stays closed while the pointer rests there', async ({ page }) => {
    await hoverPaused(page, termLink(page));
    await page.clock.runFor(200);
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    await page.clock.runFor(1000);
    await expect(card(page)).toBeHidden();
  });
});

test.describe('previews with a keyboard', () => {
  test('focus shows the preview and Escape closes it, keeping focus on the link; Tab moves on', async ({ page }) => {
    // The clock is paused, so the test decides when the dwell passes (the next link may have a preview too).
    await page.clock.install();
    await page.goto(ARTICLE);
    await page.clock.pauseAt(Date.now() + 60_000);
    const link = termLink(page);
    await link.focus();
    await page.clock.runFor(200);
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    await expect(link).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(link).not.toBeFocused();
    await expect(card(page)).toBeHidden();
    // The newly focused link, if it has a preview, shows its own after the dwell, never the old one.
    const next = page.locator(':focus');
    await page.clock.runFor(200);
    const preview = await next.getAttribute('data-preview');
    if (preview) await expect(card(page)).toHaveAttribute('data-kind', preview.split(':')[0]!);
    else await expect(card(page)).toBeHidden();
    const { title } = await entryFor(link);
    if (preview) await expect(card(page)).not.toHaveAttribute('aria-label', `Preview: ${title}`);
  });

  test('Escape from inside the card returns focus to the link', async ({ page }) => {
    await page.goto(ARTICLE);
    const link = termLink(page);
    await link.focus();
    const more = card(page).locator('.preview-more');
    await expect(more).toBeVisible();
    await more.focus();
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    await expect(link).toBeFocused();
  });

  test('moving focus away closes it', async ({ page }) => {
    await page.goto(ARTICLE);
    await termLink(page).focus();
    await expect(card(page)).toBeVisible();
    await page.locator('.site-title').focus();
    await expect(card(page)).toBeHidden();
  });
});

test.describe('previews on a touch screen', () => {
  const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
  test.use(pixel);

  test('the first tap opens the preview, a tap on its link navigates', async ({ page }) => {
    await page.goto(ARTICLE);
    const link = termLink(page);
    const entry = await entryFor(link);
    await link.tap();
    await expect(card(page)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await card(page).locator('.preview-more').tap();
    await expect(page).toHaveURL(new RegExp(`/glossary/${entry.id}/$`));
  });

  test('a second tap on the same link navigates', async ({ page }) => {
    await page.goto(ARTICLE);
    const link = actorLink(page);
    const entry = await entryFor(link);
    await link.tap();
    await expect(card(page)).toBeVisible();
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`/actors/${entry.id}/$`));
  });

  test('a tap elsewhere closes it, and the card stays inside the viewport', async ({ page }) => {
    await page.goto(ARTICLE);
    const viewport = page.viewportSize()!;
    const links = page.locator('.prose a.xref[data-preview]');
    const count = Math.min(await links.count(), 6);
    for (let i = 0; i < count; i++) {
      await links.nth(i).tap();
      await expect(card(page)).toBeVisible();
      const box = (await card(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await page.locator('h1').tap();
      await expect(card(page)).toBeHidden();
    }
  });
});

test('without JavaScript there is no preview and the link navigates', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  const link = termLink(page);
  const href = (await link.getAttribute('href'))!;
  await link.hover();
  await page.waitForTimeout(400);
  await expect(card(page)).toHaveCount(0);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await context.close();
});

test('the preview data is a static file under the base', async ({ request }) => {
  const response = await request.get(rel('/previews.json'));
  expect(response.ok()).toBe(true);
  const data = await response.json();
  expect(Object.keys(data)).toHaveLength(index.actorIds.length + index.termIds.length + index.figureIds.length);
});

test('the page loads its script from a file, not inline', async ({ page }) => {
  await page.goto(ARTICLE);
  // JSON-LD is data the browser never runs; every executable script must be a file.
  await expect(page.locator('script[type="application/ld+json"]').first()).toBeAttached();
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
  expect(inline).toBe(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG problem with a preview open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(ARTICLE);
    await actorLink(page).focus();
    await expect(card(page)).toBeVisible();
    const results = await wcagAxe(page).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
