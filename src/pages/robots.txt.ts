/** /robots.txt, pointing crawlers at the sitemap under the site's url and base. */
import type { APIRoute } from 'astro';
import index from 'virtual:explainer/index';
import { robotsTxt } from '../emit/robots-txt.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(index.site.url, import.meta.env.BASE_URL), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
