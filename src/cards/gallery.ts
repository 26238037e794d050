/** The authors' card preview page (`/cards/` in `npm run dev` only): every page's card, with the data it is drawn from beside it. */
import { type CardData, cardImagePath } from './card-data.ts';
import { withBase } from '../core/routes.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The card's fields as `name → text` rows, nested objects flattened (`figure.value`); a logo shows as its size. */
export function cardFields(card: CardData): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const walk = (prefix: string, value: unknown) => {
    if (value === undefined) return;
    if (prefix === 'logo' && value && typeof value === 'object') {
      const { width, height } = value as { width: number; height: number };
      return void rows.push([prefix, `image, ${width}×${height}`]);
    }
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
      return;
    }
    rows.push([prefix, String(value)]);
  };
  walk('', card);
  return rows;
}

export function galleryHtml(cards: CardData[], base: string, siteTitle: string): string {
  const items = cards
    .map((c) => {
      const img = withBase(base, cardImagePath(c));
      const data = cardFields(c)
        .map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(v)} <small>(${[...v].length})</small></dd>`)
        .join('');
      return `<li><a href="${escape(withBase(base, c.path))}"><img src="${escape(img)}" width="600" height="315" alt="${escape(c.alt)}" loading="lazy"></a>
<div><p><code>${escape(cardImagePath(c))}</code> · <a href="${escape(img)}">full size</a> · from <code>${escape(c.origin.file)}</code></p><dl>${data}</dl></div></li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social cards · ${escape(siteTitle)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;background:#eee;color:#111}ul{list-style:none;padding:0;display:grid;gap:2rem}li{display:grid;grid-template-columns:minmax(0,600px) minmax(0,1fr);gap:1.5rem;align-items:start}@media (max-width:60rem){li{grid-template-columns:1fr}}img{width:100%;height:auto;display:block;box-shadow:0 1px 4px #0003}p{margin:0 0 .5rem;font-size:14px}dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:0;font-size:14px}dt{font-family:ui-monospace,monospace;color:#555}dd{margin:0;overflow-wrap:anywhere}small{color:#777}</style></head>
<body><h1>Social cards (${cards.length})</h1><p>Every page's 1200×630 card, as shared links show it, beside the data it is drawn from (with each text's length in characters). This page exists only in <code>npm run dev</code>; edit a content file and reload.</p>
<ul>${items}</ul></body></html>`;
}
