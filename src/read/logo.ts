/**
 * The publisher's logo (`publisherLogo` in site.yaml): an SVG or PNG in the content folder, read
 * once and kept as a data: URL with its intrinsic size, so pages (`<img>`, which never runs an
 * SVG's scripts) and cards (satori) draw the same image without a file to copy.
 */
import { readFileSync, statSync } from 'node:fs';
import { type Diagnostic, type Place, warning } from '../core/diagnostics.ts';

export interface LogoImage {
  /** `data:image/svg+xml;base64,…` or `data:image/png;base64,…`. */
  src: string;
  width: number;
  height: number;
}

/** Above this the logo is copied into every page and card all the same, but the author hears about it. */
const LARGE = 50 * 1024;

/** The size of a PNG (its IHDR chunk) or an SVG (width/height, else the viewBox); undefined when unreadable. */
export function imageSize(bytes: Buffer, type: 'svg' | 'png'): { width: number; height: number } | undefined {
  if (type === 'png') {
    if (bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  const tag = /<svg\b[^>]*>/i.exec(bytes.toString('utf8'))?.[0];
  if (!tag) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const px = (v: string | undefined) => (v && /^\s*[\d.]+\s*(px)?\s*$/.test(v) ? parseFloat(v) : undefined);
  const [width, height] = [px(attr('width')), px(attr('height'))];
  if (width && height) return { width, height };
  const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box?.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! };
  return undefined;
}

/** Reads the logo named in site.yaml; problems are reported against site.yaml's line for the field. */
export function readLogo(absolute: string, name: string, siteFile: string, place: Place): { logo?: LogoImage; diagnostics: Diagnostic[] } {
  const type = name.toLowerCase().endsWith('.svg') ? 'svg' : 'png';
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch {
    return { diagnostics: [warning('logo-missing', siteFile, place, `publisherLogo: there is no file "${name}" in the content folder`, 'put the logo (SVG or PNG) next to site.yaml, or remove the publisherLogo line')] };
  }
  const size = imageSize(bytes, type);
  if (!size) {
    const what = type === 'png' ? 'is not a PNG image' : 'is not an SVG image with a width and height or a viewBox';
    return { diagnostics: [warning('logo-unreadable', siteFile, place, `publisherLogo: "${name}" ${what}`, 'export the logo again as SVG (with a viewBox) or PNG')] };
  }
  const diagnostics = statSync(absolute).size > LARGE ? [warning('logo-large', siteFile, place, `publisherLogo: "${name}" is ${Math.round(statSync(absolute).size / 1024)} KB, and every page carries it`, 'use an SVG or a smaller PNG (under 50 KB)')] : [];
  return { logo: { src: `data:image/${type === 'svg' ? 'svg+xml' : 'png'};base64,${bytes.toString('base64')}`, ...size }, diagnostics };
}
