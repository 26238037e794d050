/**
 * The renderer: card data → satori SVG → resvg pixels → sharp PNG. A pure function of (template version, font
 * files, card data). Create one renderer per process or worker: it parses the fonts once and
 * reuses one `fonts` array, which satori needs to keep its font cache warm.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import type { CardData } from './card-data.ts';
import { emojiSvg, FAMILIES, fallbackFaces, familyList, fontsFingerprint, hasCjkFont, primaryFaces, toSatoriFonts } from './internal/fonts.ts';
import { cardTree, HEIGHT, TEMPLATE_VERSION, WIDTH } from './internal/templates.ts';

export interface CardRenderer {
  /** Template version + font fingerprint: part of every cache key. */
  readonly fingerprint: string;
  render(card: CardData, warn?: (message: string) => void): Promise<Buffer>;
  /** The SVG step alone (for tests and the bench). */
  svg(card: CardData, warn?: (message: string) => void): Promise<string>;
}

/**
 * resvg-js 2.6 keeps each rendered pixmap (3 MB for a card) in Rust memory that V8 does not see,
 * so no garbage collection is triggered and RSS grows by ~3.5 MB per card (thx/resvg-js#216).
 * Forcing a collection every few cards, then yielding so the finalisers run, keeps RSS flat.
 */
const RECLAIM_EVERY = 32;
let collect: (() => void) | undefined;
function collector(): () => void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  return collect;
}

/**
 * PNG encoding: zlib level 6 on resvg's pixels, opaque RGB. Level 3 was ~4 ms faster per card and
 * ~10% larger; level 9 and palette PNGs (libimagequant) are 25–60% smaller but cost 15–20 ms more
 * per card, more than the rest of the encode (measured in scripts/bench/cards.ts and BENCHMARKS.md).
 */
const PNG_OPTIONS = { compressionLevel: 6 } as const;

/** The renderer's fingerprint without parsing fonts: template version + encoding + font files + versions. */
export function rendererFingerprint(faces = primaryFaces()): string {
  return `${TEMPLATE_VERSION}:${JSON.stringify(PNG_OPTIONS)}:${fontsFingerprint(faces)}`;
}

export function createRenderer(): CardRenderer {
  const faces = primaryFaces();
  if (!faces.length) throw new Error('card fonts not found: npm install @fontsource/inter @fontsource/source-serif-4');
  const fonts: Font[] = toSatoriFonts(faces);
  const families = { serif: familyList(faces, FAMILIES.serif), sans: familyList(faces, FAMILIES.sans) };
  const cjk = hasCjkFont();
  const emoji = new Map<string, string>();
  const fallback = new Map<string, Font>();
  const fingerprint = rendererFingerprint(faces);

  const loadAdditionalAsset = async (code: string, segment: string): Promise<string | Font[]> => {
    if (code === 'emoji') {
      if (!emoji.has(segment)) emoji.set(segment, emojiSvg(segment) ?? '');
      return emoji.get(segment)!;
    }
    // Satori asks once per new segment; cache each font file once, however many segments use it.
    return fallbackFaces(code, segment).map((face) => {
      if (!fallback.has(face.file)) fallback.set(face.file, toSatoriFonts([face])[0]!);
      return fallback.get(face.file)!;
    });
  };

  const svg = (card: CardData, warn: (message: string) => void = () => {}) =>
    satori(cardTree(card, families, { cjk, warn, where: `${card.origin.file}:${card.origin.line}` }) as unknown as Parameters<typeof satori>[0], {
      width: WIDTH,
      height: HEIGHT,
      fonts,
      loadAdditionalAsset,
    });

  let renders = 0;
  return {
    fingerprint,
    svg,
    async render(card, warn) {
      const image = new Resvg(await svg(card, warn), { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
      // sharp encodes resvg's pixels faster than resvg's own asPng, and smaller (opaque RGB, not RGBA).
      const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
        .removeAlpha()
        .png(PNG_OPTIONS)
        .toBuffer();
      if (++renders % RECLAIM_EVERY === 0) {
        collector()();
        await nextTurn();
      }
      return png;
    },
  };
}
