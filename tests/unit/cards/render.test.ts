import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { estimateLines, fitText } from '../../../src/cards/internal/fit.ts';
import { fallbackFaces, hasCjkFont } from '../../../src/cards/internal/fonts.ts';
import { createRenderer } from '../../../src/cards/render.ts';
import type { CardElement } from '../../../src/cards/internal/h.ts';
import { ACCENT, BACKGROUND, BAR_WIDTH, cardTree, HEIGHT, INK, MUTED, SAFE, WIDTH } from '../../../src/cards/internal/templates.ts';
import type { ArticleCard, CardData } from '../../../src/cards/card-data.ts';

const article: ArticleCard = {
  kind: 'article',
  path: '/articles/test/',
  siteName: 'Test explainer',
  title: 'Why Colombia stopped sharing intelligence with the U.S.',
  dek: 'A one-sentence standfirst that explains the story in plain language.',
  asOf: 'as of 11 November 2025',
  alt: 'alt',
  origin: { file: 'content/articles/test.mdx', line: 1 },
};
const renderer = createRenderer();

async function pixels(card: CardData): Promise<Uint8Array> {
  const image = new Resvg(await renderer.svg(card), { font: { loadSystemFonts: false } }).render();
  expect([image.width, image.height]).toEqual([WIDTH, HEIGHT]);
  return image.pixels;
}

/** Every pixel outside the safe area (the accent bar aside) must be the background colour. */
function inkOutsideSafeArea(px: Uint8Array, extraRight = 0): Array<[number, number]> {
  const bg = [1, 3, 5].map((i) => parseInt(BACKGROUND.slice(i, i + 2), 16));
  const bad: Array<[number, number]> = [];
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = BAR_WIDTH; x < WIDTH; x++) {
      const inside = x >= SAFE.left && x < WIDTH - SAFE.right - extraRight && y >= SAFE.top && y < HEIGHT - SAFE.bottom;
      if (inside) continue;
      const i = (y * WIDTH + x) * 4;
      if (px[i] !== bg[0] || px[i + 1] !== bg[1] || px[i + 2] !== bg[2]) bad.push([x, y]);
    }
  }
  return bad;
}

describe('card rendering', () => {
  it('is deterministic: the same card gives the same bytes, from separate renderers', async () => {
    const a = await renderer.render(article);
    const b = await createRenderer().render({ ...article });
    expect(Buffer.compare(a, b)).toBe(0);
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    const c = await renderer.render({ ...article, title: `${article.title}!` });
    expect(Buffer.compare(a, c)).not.toBe(0);
  });

  it('keeps a 400-character title inside the safe area', async () => {
    const title = 'The longest headline anyone could write about intelligence sharing and strikes '.repeat(6).slice(0, 400);
    const px = await pixels({ ...article, title, dek: title });
    expect(inkOutsideSafeArea(px)).toEqual([]);
    // The check can see ink: the same test with a margin 8px narrower on the right finds the title.
    expect(inkOutsideSafeArea(px, 8).length).toBeGreaterThan(0);
  });

  it('keeps a 400-character word without spaces inside the safe area', async () => {
    const title = 'Supercalifragilistic'.repeat(20);
    expect(inkOutsideSafeArea(await pixels({ ...article, title }))).toEqual([]);
    expect(inkOutsideSafeArea(await pixels({ kind: 'term', path: '/glossary/x/', siteName: title, term: title, definition: title, translation: { language: 'Spanish', text: title }, category: title, alt: '', origin: article.origin }))).toEqual([]);
  });

  it('clamps a long title to the whole lines its box holds (satori draws the ellipsis)', () => {
    const tree = cardTree({ ...article, title: 'word '.repeat(200) }, { serif: 'S', sans: 'I' }, { cjk: false, warn: () => {}, where: '' });
    const title = (tree.props.children as CardElement[])[1]!.props.children as CardElement[];
    const style = title[1]!.props.style!;
    expect(style.lineClamp).toBeGreaterThan(1);
    expect(style.height).toBe(Math.ceil((style.lineClamp as number) * (style.fontSize as number) * 1.12));
    expect(style.fontSize).toBe(44);
  });

  it('renders accents, emoji and Arabic without throwing, with real glyphs', async () => {
    const warnings: string[] = [];
    const svg = await renderer.svg({ ...article, title: 'Petro’s ñandú café — Łódź, Ελλάδα 👩🏽‍💻 🇨🇴 مرحبا بالعالم' }, (w) => warnings.push(w));
    expect(warnings).toEqual([]);
    // Emoji become Twemoji images, not boxes.
    expect(svg.match(/<image /g)?.length).toBe(2);
    // Arabic comes from Noto Sans Arabic, the fallback satori asks for.
    expect(fallbackFaces('ar-AR', 'مرحبا').map((f) => f.family)).toContain('Noto Sans Arabic');
    const withArabic = await renderer.render({ ...article, title: 'Petro مرحبا' });
    const without = await renderer.render({ ...article, title: 'Petro' });
    expect(Buffer.compare(withArabic, without)).not.toBe(0);
  });

  it.skipIf(hasCjkFont())('without a CJK font, leaves CJK out of a Latin title (no tofu) and warns', async () => {
    const warnings: string[] = [];
    const mixed = await renderer.render({ ...article, title: 'Petro 日本語 visits 北京' }, (w) => warnings.push(w));
    const latin = await renderer.render({ ...article, title: 'Petro visits' });
    expect(Buffer.compare(mixed, latin)).toBe(0);
    expect(warnings).toEqual(['content/articles/test.mdx:1: the card leaves out 5 Chinese/Japanese/Korean characters: no CJK font is installed — npm install @fontsource/noto-sans-sc (or -jp, -kr) to draw them']);
    // An all-CJK title does not crash either.
    await expect(renderer.render({ ...article, title: '中文标题' })).resolves.toBeInstanceOf(Buffer);
  });
});

describe('title fitting', () => {
  const box = { width: 1000, height: 300, maxSize: 76, minSize: 44, lineHeight: 1.12 };
  it('keeps short titles at the largest size', () => {
    expect(fitText('Short title', box).fontSize).toBe(76);
  });
  it('shrinks longer titles within the range', () => {
    const fit = fitText('Why Colombia stopped sharing intelligence with the U.S. over drug-boat strikes and more', box);
    expect(fit.fontSize).toBeLessThan(76);
    expect(fit.fontSize).toBeGreaterThanOrEqual(44);
    expect(fit.lines).toBeLessThanOrEqual(fit.maxLines);
  });
  it('clamps very long titles at the smallest size to whole lines that fit the box', () => {
    const fit = fitText('word '.repeat(200), box);
    expect(fit.fontSize).toBe(44);
    expect(fit.lines).toBeGreaterThan(fit.maxLines);
    expect(fit.maxLines).toBe(Math.floor(300 / (44 * 1.12)));
    expect(fit.height).toBeLessThanOrEqual(301);
  });
  it('counts a long unbroken word as several lines', () => {
    expect(estimateLines('x'.repeat(400), 40, 500)).toBeGreaterThan(10);
  });
});

describe('card colours', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  it('meets WCAG AA (4.5:1) for every text colour on the background', () => {
    for (const colour of [INK, MUTED, ...Object.values(ACCENT)]) expect(contrast(colour, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', BACKGROUND)).toBeLessThan(4.5);
  });
});
