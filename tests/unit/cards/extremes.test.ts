/**
 * Cards at the extremes: the longest text the contract allows (and far beyond), and no optional
 * field at all. Every card must keep its ink inside the safe area, and show what it can.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { ActorCard, ArticleCard, CardData, IndexCard, TermCard } from '../../../src/cards/card-data.ts';
import { createRenderer } from '../../../src/cards/render.ts';
import { BACKGROUND, BAR_WIDTH, HEIGHT, SAFE, WIDTH } from '../../../src/cards/internal/templates.ts';
import { readableOn } from '../../../src/views/theme.ts';

const renderer = createRenderer();
const origin = { file: 'content/x.mdx', line: 1 };
const long = (words: string, chars: number) => `${words} `.repeat(Math.ceil(chars / (words.length + 1))).slice(0, chars).trim();
const LOGO = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 32"><rect width="80" height="32" rx="6" fill="#102a43"/></svg>').toString('base64')}`;

const minimal: CardData[] = [
  { kind: 'article', path: '/articles/a/', siteName: 'S', title: 'T', dek: 'D', asOf: 'as of 1 January 2025', alt: '', origin },
  { kind: 'actor', path: '/actors/a/', siteName: 'S', name: 'N', role: 'R', roleAsOf: 'as of 1 January 2025', actorKind: 'Person', summary: 'S', alt: '', origin },
  { kind: 'term', path: '/glossary/a/', siteName: 'S', term: 'T', definition: 'D', category: 'Law', alt: '', origin },
  { kind: 'index', path: '/', siteName: 'S', label: 'L', title: 'T', description: 'D', alt: '', origin },
];
const common = { siteName: long('A very long site title', 160), publisher: long('A publisher with a long name', 120), logo: { src: LOGO, width: 80, height: 32 }, accent: '#ffcc00', alt: '', origin };
const longest: CardData[] = [
  { ...common, kind: 'article', path: '/articles/b/', title: long('The longest headline anyone could write about intelligence sharing', 400), dek: long('A standfirst that goes on and on', 400), asOf: 'as of 30 September 2025', figure: { label: long('People killed in strikes on boats', 200), value: long('between 75 and 83', 120), source: long('Source: a report with a very long title', 300) } } satisfies ArticleCard,
  { ...common, kind: 'actor', path: '/actors/b/', name: long('Bolivarian National Armed Forces', 200), role: long('Minister of Defence and commander', 200), roleAsOf: 'as of 30 September 2025', actorKind: long('Organization · Venezuela', 120), summary: long('A summary of who this is and why', 400) } satisfies ActorCard,
  { ...common, kind: 'term', path: '/glossary/b/', term: long('Extrajudicial killing', 200), definition: long('A deliberate killing by agents of a state without a lawful basis', 400), translation: { language: 'Spanish', text: long('ejecución extrajudicial', 200) }, category: 'Law' } satisfies TermCard,
  { ...common, kind: 'index', path: '/glossary/', label: long('Glossary', 100), title: long('The terms, explained', 300), description: long('Defined in plain language', 400), count: long('26 terms', 100) } satisfies IndexCard,
];

async function pixels(card: CardData): Promise<Uint8Array> {
  return new Resvg(await renderer.svg(card), { font: { loadSystemFonts: false } }).render().pixels;
}

/** Pixels outside the safe area (the accent bar aside, on whichever side it is) that are not background. */
function inkOutside(px: Uint8Array, rtl = false): number {
  const bg = [1, 3, 5].map((i) => parseInt(BACKGROUND.slice(i, i + 2), 16));
  const [left, right] = rtl ? [SAFE.right, SAFE.left] : [SAFE.left, SAFE.right];
  let bad = 0;
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      if (rtl ? x >= WIDTH - BAR_WIDTH : x < BAR_WIDTH) continue;
      if (x >= left && x < WIDTH - right && y >= SAFE.top && y < HEIGHT - SAFE.bottom) continue;
      const i = (y * WIDTH + x) * 4;
      if (px[i] !== bg[0] || px[i + 1] !== bg[1] || px[i + 2] !== bg[2]) bad++;
    }
  }
  return bad;
}

const colourAt = (px: Uint8Array, x: number, y: number) => `#${[0, 1, 2].map((c) => px[(y * WIDTH + x) * 4 + c]!.toString(16).padStart(2, '0')).join('')}`;

describe('cards at the extremes', () => {
  // CARDS_OUT=<dir> writes every card drawn here, to look at.
  if (process.env.CARDS_OUT) {
    it('writes the cards', async () => {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(process.env.CARDS_OUT!, { recursive: true });
      const rtl = { ...minimal[1]!, name: 'غوستافو بيترو', role: 'رئيس كولومبيا', summary: 'رئيس كولومبيا منذ أغسطس 2022، وهو أول رئيس يساري للبلاد (Petro).', dir: 'rtl' } as CardData;
      for (const [i, card] of [...longest, ...minimal, rtl].entries()) writeFileSync(`${process.env.CARDS_OUT}/${i}-${card.kind}.png`, await renderer.render(card));
    });
  }
  it.each(longest.map((c) => [c.kind, c] as const))('the longest %s card keeps every glyph inside the safe area', async (_, card) => {
    expect(inkOutside(await pixels(card))).toBe(0);
  });

  it.each(minimal.map((c) => [c.kind, c] as const))('a %s card with no optional field renders, inside the safe area', async (_, card) => {
    const png = await renderer.render(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(inkOutside(await pixels(card))).toBe(0);
  });

  it('draws the publisher logo, and the site accent in the bar (text in it darkened to AA)', async () => {
    const card = longest[1]!;
    const px = await pixels(card);
    expect(colourAt(px, 4, 300)).toBe('#ffcc00');
    const { logo: _logo, ...noLogo } = card;
    const withoutLogo = await pixels(noLogo as CardData);
    // The logo's dark fill is in the footer's first 80 px.
    const footerY = HEIGHT - SAFE.bottom - 20;
    expect(colourAt(px, SAFE.left + 40, footerY)).toBe('#102a43');
    expect(colourAt(withoutLogo, SAFE.left + 40, footerY)).not.toBe('#102a43');
    expect(readableOn('#ffcc00', BACKGROUND)).not.toBe('#ffcc00');
  });

  it('mirrors a right-to-left card: bar on the right, text from the right edge', async () => {
    const card = { ...minimal[1]!, name: 'غوستافو بيترو', role: 'رئيس كولومبيا', summary: 'رئيس كولومبيا منذ أغسطس 2022', dir: 'rtl' } as CardData;
    const px = await pixels(card);
    expect(colourAt(px, WIDTH - 4, 300)).not.toBe(BACKGROUND);
    expect(colourAt(px, 4, 300)).toBe(BACKGROUND);
    expect(inkOutside(px, true)).toBe(0);
    // The name is set flush right: ink near the right edge of the safe area, none at the left on its line.
    const titleY = SAFE.top + 30 + 22 + 40;
    const ink = (x0: number, x1: number) => Array.from({ length: x1 - x0 }, (_, i) => colourAt(px, x0 + i, titleY)).filter((c) => c !== BACKGROUND).length;
    expect(ink(WIDTH - SAFE.left - 200, WIDTH - SAFE.left)).toBeGreaterThan(0);
    expect(ink(SAFE.right, SAFE.right + 200)).toBe(0);
  });
});
