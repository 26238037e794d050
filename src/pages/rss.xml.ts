/** /rss.xml: the articles and their updates, newest first (items from src/emit/feed.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import index from 'virtual:explainer/index';
import { feedItems } from '../emit/feed.ts';
import { absoluteUrl, ROUTES } from '../core/routes.ts';

export const GET: APIRoute = () =>
  rss({
    title: index.site.title,
    description: index.site.description,
    site: absoluteUrl(index.site.url, import.meta.env.BASE_URL, ROUTES.home),
    trailingSlash: true,
    customData: `<language>${index.site.language}</language>`,
    items: feedItems(index, import.meta.env.BASE_URL).map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: item.description,
    })),
  });
