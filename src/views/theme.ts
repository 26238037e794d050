/**
 * The site's accent colour (`accent` in site.yaml) as the pages and cards use it: the colour itself
 * for rules, bars and underlines, and a text variant darkened (light scheme) or lightened (dark
 * scheme) just enough to pass WCAG AA (4.5:1) against the background, so no accent an author
 * picks can make links or labels unreadable.
 */

export interface Theme {
  accent: string;
  accentText: string;
  dark: { accent: string; accentText: string };
}

/** The pages' backgrounds (src/styles/global.css) and the cards' (src/cards/internal/templates.ts). */
export const PAGE_BACKGROUND = { light: '#fdfcfa', dark: '#151514' } as const;
export const CARD_BACKGROUND = '#faf7f2';
const AA = 4.5;

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance. */
function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(rgb(a)), luminance(rgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `colour` mixed towards `target` in 2% steps until it reaches AA contrast on `background`. */
export function readableOn(colour: string, background: string, target: '#000000' | '#ffffff' = luminance(rgb(background)) > 0.5 ? '#000000' : '#ffffff'): string {
  const [from, to] = [rgb(colour), rgb(target)];
  for (let t = 0; t <= 1; t += 0.02) {
    const mixed = hex(from.map((v, i) => v + (to[i]! - v) * t) as Rgb);
    if (contrast(mixed, background) >= AA) return mixed;
  }
  return target;
}

export function siteTheme(accent: string): Theme {
  const colour = accent.toLowerCase();
  const darkAccent = readableOn(colour, PAGE_BACKGROUND.dark, '#ffffff');
  return {
    accent: colour,
    accentText: readableOn(colour, PAGE_BACKGROUND.light),
    dark: { accent: darkAccent, accentText: darkAccent },
  };
}

/** The custom properties that override src/styles/global.css's accent, light and dark. */
export function themeCss(theme: Theme): string {
  return `:root{--accent:${theme.accent};--accent-text:${theme.accentText}}@media (prefers-color-scheme: dark){:root{--accent:${theme.dark.accent};--accent-text:${theme.dark.accentText}}}`;
}
