/** The authors' card preview page (`/cards/` in `npm run dev` only): every page's card, with its data. */
import { type CardData, cardImagePath } from './card-data.ts';
import { withBase } from '../index/urls.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function galleryHtml(cards: CardData[], base: string, siteTitle: string): string {
  const items = cards
    .map((c) => {
      const img = withBase(base, cardImagePath(c));
      return `<li><a href="${escape(withBase(base, c.path))}"><img src="${escape(img)}" width="600" height="315" alt="${escape(c.alt)}" loading="lazy"></a>
<p><code>${escape(cardImagePath(c))}</code> · ${escape(c.kind)} · <a href="${escape(img)}">full size</a> · from <code>${escape(c.origin.file)}</code></p></li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social cards · ${escape(siteTitle)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;background:#eee;color:#111}ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(600px,100%),1fr));gap:2rem}img{width:100%;height:auto;display:block;box-shadow:0 1px 4px #0003}p{margin:.5rem 0 0;font-size:14px}</style></head>
<body><h1>Social cards (${cards.length})</h1><p>Every page's 1200×630 card, as shared links show it. This page exists only in <code>npm run dev</code>; edit a content file and reload.</p>
<ul>${items}</ul></body></html>`;
}
