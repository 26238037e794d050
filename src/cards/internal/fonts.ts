/**
 * Fonts for the cards, read from @fontsource packages in node_modules (no network): the site's
 * Inter and Source Serif 4, plus fallbacks satori asks for through `loadAdditionalAsset`
 * (Noto Sans Arabic, Twemoji SVGs, and a CJK font when one is installed).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font } from 'satori';

const require = createRequire(import.meta.url);

export type Weight = 400 | 600 | 700;

export interface FontFace {
  /** A unique name per subset file: satori uses only one file per name. */
  name: string;
  family: string;
  file: string;
  weight: Weight;
  ranges: Array<[number, number]>;
}

/** The families templates ask for; each lists every subset name so any covered glyph is found. */
export const FAMILIES = {
  sans: 'Inter',
  serif: 'Source Serif 4',
} as const;

function packageDir(pkg: string): string | undefined {
  try {
    return path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    return undefined;
  }
}

function parseRanges(text: string): Array<[number, number]> {
  return text.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(a!.replace(/\?/g, '0'), 16);
    const end = b ? parseInt(b, 16) : parseInt(a!.replace(/\?/g, 'F'), 16);
    return [start, end] as [number, number];
  });
}

/** Every normal-style subset of a @fontsource package at a weight, from its `<weight>.css`. */
export function fontFaces(pkg: string, family: string, weight: Weight): FontFace[] {
  const dir = packageDir(pkg);
  if (!dir) return [];
  const css = path.join(dir, `${weight}.css`);
  if (!existsSync(css)) return [];
  const faces: FontFace[] = [];
  for (const block of readFileSync(css, 'utf8').split('@font-face').slice(1)) {
    const url = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!url || !/font-style:\s*normal/.test(block)) continue;
    const subset = url.replace(/^.*?-([a-z0-9-]+?)-\d{3}-normal\.woff2$/, '$1');
    faces.push({ name: `${family} ${subset} ${weight}`, family, file: path.join(dir, 'files', url), weight, ranges: range ? parseRanges(range) : [[0, 0x10ffff]] });
  }
  return faces;
}

export function covers(face: FontFace, codePoint: number): boolean {
  return face.ranges.some(([a, b]) => codePoint >= a && codePoint <= b);
}

/** The primary faces, loaded up front: the site's own fonts in the weights the templates use (serif 600 for titles, Inter 400/600). Every font passed costs satori time on every card, so none more. */
export function primaryFaces(): FontFace[] {
  return [
    ...fontFaces('@fontsource/source-serif-4', FAMILIES.serif, 600),
    ...fontFaces('@fontsource/inter', FAMILIES.sans, 400),
    ...fontFaces('@fontsource/inter', FAMILIES.sans, 600),
  ];
}

/** A CSS font-family value naming every subset of a family (satori matches names, not families). */
export function familyList(faces: FontFace[], family: string): string {
  return [...new Set(faces.filter((f) => f.family === family).map((f) => `"${f.name}"`))].join(', ');
}

export function toSatoriFonts(faces: FontFace[]): Font[] {
  return faces.map((f) => ({ name: f.name, data: readFileSync(f.file), weight: f.weight, style: 'normal' as const }));
}

/** Fallback font packages by the language codes satori passes to loadAdditionalAsset. */
const FALLBACKS: Array<{ codes: string[]; pkg: string; family: string }> = [
  { codes: ['ar-AR', 'fa-IR', 'ur-PK'], pkg: '@fontsource/noto-sans-arabic', family: 'Noto Sans Arabic' },
  { codes: ['ja-JP'], pkg: '@fontsource/noto-sans-jp', family: 'Noto Sans JP' },
  { codes: ['zh-CN', 'zh-TW', 'zh-HK'], pkg: '@fontsource/noto-sans-sc', family: 'Noto Sans SC' },
  { codes: ['ko-KR'], pkg: '@fontsource/noto-sans-kr', family: 'Noto Sans KR' },
];

/** Fallback faces that cover a segment, for one of satori's language codes (`ja-JP|zh-CN` allowed). */
export function fallbackFaces(code: string, segment: string): FontFace[] {
  const codes = code.split('|');
  const points = [...segment].map((c) => c.codePointAt(0)!);
  for (const fb of FALLBACKS) {
    if (!fb.codes.some((c) => codes.includes(c))) continue;
    const faces = [600, 400].flatMap((w) => fontFaces(fb.pkg, fb.family, w as Weight)).filter((f) => points.some((p) => covers(f, p)));
    if (faces.length) return faces;
  }
  return [];
}

/** True when some installed fallback can draw CJK (the fonts are ~80 MB, so they are optional). */
export function hasCjkFont(): boolean {
  return ['@fontsource/noto-sans-jp', '@fontsource/noto-sans-sc'].some((p) => packageDir(p) !== undefined);
}

/** Twemoji file name: code points in lowercase hex joined by `-`; retried without U+FE0F. */
export function emojiSvg(segment: string): string | undefined {
  const dir = packageDir('@twemoji/svg');
  if (!dir) return undefined;
  const points = [...segment].map((c) => c.codePointAt(0)!.toString(16));
  for (const name of [points.join('-'), points.filter((p) => p !== 'fe0f').join('-')]) {
    const file = path.join(dir, `${name}.svg`);
    if (existsSync(file)) return `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;
  }
  return undefined;
}

/** A fingerprint of everything font-related that changes a card's bytes. */
export function fontsFingerprint(faces: FontFace[]): string {
  const hash = createHash('sha256');
  for (const f of faces) hash.update(f.name).update(readFileSync(f.file));
  for (const pkg of ['@fontsource/noto-sans-arabic', '@twemoji/svg', '@fontsource/noto-sans-jp', '@fontsource/noto-sans-sc', '@fontsource/noto-sans-kr', 'satori', '@resvg/resvg-js', 'sharp']) {
    const dir = packageDir(pkg);
    const version = dir ? (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version : 'absent';
    hash.update(`${pkg}@${version}`);
  }
  return hash.digest('hex').slice(0, 16);
}
