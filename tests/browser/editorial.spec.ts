/** Editorial depth in the built site: timeline order, the map and its text, figures with every claim. */
import { expect, test } from '@playwright/test';
import { wcagAxe } from './axe.ts';
import { figureView } from '../../src/views/figures.ts';
import { formatDate, machineDate } from '../../src/core/dates.ts';
import { index, rel } from './site-index.ts';

const articleId = index.articleIds.find((id) => index.articles[id]!.figures.length > 0) ?? index.articleIds[0]!;
const article = rel(`/articles/${articleId}/`);

test('the timeline lists every event in date order, each date at its precision', async ({ page }) => {
  await page.goto(rel('/timeline/'));
  const times = page.locator('.timeline-event > time');
  await expect(times).toHaveCount(index.timeline.length);
  const datetimes = await times.evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(datetimes).toEqual(index.timeline.map((e) => machineDate(e.date, e.precision)));
  expect([...datetimes].sort()).toEqual(datetimes);
  const texts = await times.allTextContents();
  expect(texts).toEqual(index.timeline.map((e) => formatDate(e.date, index.site.language, e.precision)));
  // Each event has its summary, its actors and terms as links, and its source.
  const first = page.locator('.timeline-event').first();
  await expect(first).toContainText(index.timeline[0]!.summary);
  await expect(first.locator('a[href*="/actors/"]')).toHaveCount(index.timeline[0]!.actors?.length ?? 0);
  await expect(first.locator('a[href*="/sources/"]')).toHaveCount(index.timeline[0]!.sources.length);
});

test.describe('the map', () => {
  test('renders as an SVG with a title, a description and the list of places', async ({ page }) => {
    await page.goto(article);
    const map = page.locator('figure.map');
    await expect(map).toHaveCount(1);
    const svg = map.locator('svg[role="img"]');
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAccessibleName(/Where the story happens/);
    await expect(svg).toHaveAccessibleDescription(/A map of the area from .*°W to .*°W/);
    const ids = (await map.getAttribute('data-map'))!.split(/\s+/);
    const items = map.locator('.map-places > li');
    await expect(items).toHaveCount(ids.length);
    for (const [i, id] of ids.entries()) await expect(items.nth(i)).toContainText(index.places[id]!.name);
    // Countries are drawn and the story's countries shaded; point places have dots and labels.
    expect(await svg.locator('path.map-land').count()).toBeGreaterThan(5);
    expect(await svg.locator('path.map-story').count()).toBe(ids.filter((id) => index.places[id]!.kind === 'country').length);
    await expect(svg.locator('text', { hasText: 'Caracas' })).toHaveCount(1);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
  });

  test('makes no request beyond the site itself', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.goto(article);
    await page.locator('figure.map').scrollIntoViewIfNeeded();
    expect(outside).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the article with the map passes axe (WCAG 2.2 AA, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(article);
      const results = await wcagAxe(page).include('figure.map').analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      const whole = await wcagAxe(page).analyze();
      expect(whole.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test('a figure shows every claim, with who says it, as of when, and its source', async ({ page }) => {
  await page.goto(article);
  const id = index.articles[articleId]!.figures[0]!;
  const view = figureView(index.figures[id]!, index.sources, index.site.language);
  const inline = page.locator(`.figure[data-figure="${id}"]`).first();
  await expect(inline).toBeVisible();
  for (const claim of view.claims) {
    await expect(inline).toContainText(claim.display);
    if (claim.by) await expect(inline).toContainText(`according to ${claim.by}`);
    await expect(inline.locator(`time[datetime="${claim.asOf}"]`)).toHaveText(claim.asOfText);
    await expect(inline.getByRole('link', { name: `Source: ${claim.sourceTitle}` })).toHaveAttribute('href', `#source-${claim.source}`);
  }
  if (view.disagree) await expect(inline).toContainText('sources differ');
  // The figures section lists the figure with every claim; the inline figure links to it.
  await inline.getByRole('link', { name: 'about this figure' }).click();
  const entry = page.locator(`#figure-${id}`);
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('heading')).toHaveText(view.label);
  await expect(entry.locator('.figure-claims > li')).toHaveCount(view.claims.length);
});
