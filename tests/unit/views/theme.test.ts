import { describe, expect, it } from 'vitest';
import { contrast, PAGE_BACKGROUND, readableOn, siteTheme, themeCss } from '../../../src/views/theme.ts';

describe('site accent', () => {
  it('keeps a dark accent as it is, for text too', () => {
    const theme = siteTheme('#1D4E89');
    expect(theme.accent).toBe('#1d4e89');
    expect(theme.accentText).toBe('#1d4e89');
  });

  it('darkens a light accent for text on the light page, lightens it on the dark one, just to AA', () => {
    const theme = siteTheme('#ffcc00');
    expect(contrast('#ffcc00', PAGE_BACKGROUND.light)).toBeLessThan(4.5);
    expect(contrast(theme.accentText, PAGE_BACKGROUND.light)).toBeGreaterThanOrEqual(4.5);
    // Only as much as needed: one step lighter would fail.
    expect(contrast(theme.accentText, PAGE_BACKGROUND.light)).toBeLessThan(5.2);
    expect(contrast(siteTheme('#1d4e89').dark.accentText, PAGE_BACKGROUND.dark)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(readableOn('#000000', '#ffffff')).toBe('#000000');
  });

  it('writes the custom properties for light and dark', () => {
    expect(themeCss(siteTheme('#a4161a'))).toMatch(/^:root\{--accent:#a4161a;--accent-text:#a4161a\}@media \(prefers-color-scheme: dark\)\{:root\{--accent:#[0-9a-f]{6};--accent-text:#[0-9a-f]{6}\}\}$/);
  });
});
