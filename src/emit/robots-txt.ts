/** robots.txt: everything may be crawled; the sitemap is at the deploy base. */
import { absoluteUrl } from '../core/routes.ts';

export function robotsTxt(siteUrl: string, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, base, '/sitemap-index.xml')}\n`;
}
