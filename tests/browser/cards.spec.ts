import { expect, test } from '@playwright/test';
import { explainerEnv } from '../../src/core/env.ts';
import { absoluteUrl, cardPath } from '../../src/core/routes.ts';
import { ALL_ROUTES, index, rel } from './site-index.ts';

const { base } = explainerEnv();
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test.describe('every page has a social card', () => {
  for (const route of [...ALL_ROUTES, '/404.html']) {
    test(route, async ({ page, request }) => {
      await page.goto(rel(route));
      const meta = async (attr: 'property' | 'name', key: string) => page.locator(`head meta[${attr}="${key}"]`).getAttribute('content');
      const image = route === '/404.html' ? cardPath('/') : cardPath(route);
      const expected = absoluteUrl(index.site.url, base, image);
      expect(await meta('property', 'og:image')).toBe(expected);
      expect(await meta('property', 'og:image:width')).toBe('1200');
      expect(await meta('property', 'og:image:height')).toBe('630');
      expect((await meta('property', 'og:image:alt'))?.length).toBeGreaterThan(3);
      expect(await meta('name', 'twitter:card')).toBe('summary_large_image');
      expect(await meta('name', 'twitter:image')).toBe(expected);
      expect(await meta('name', 'twitter:title')).toBe(await meta('property', 'og:title'));
      expect(await meta('name', 'twitter:description')).toBe(await meta('property', 'og:description'));

      // The image exists in dist/ and is a real 1200×630 PNG (read its header).
      const response = await request.get(rel(image));
      expect(response.status()).toBe(200);
      const png = await response.body();
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.length).toBeLessThanOrEqual(150 * 1024);
    });
  }

  test('the card gallery is for authors in dev only, not in dist', async ({ request }) => {
    expect((await request.get('cards/')).status()).toBe(404);
  });
});
