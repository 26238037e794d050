import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageSize, readLogo } from '../../../src/read/logo.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'logo-'));
const place = { line: 6, column: 16 };

describe('publisher logo', () => {
  it('reads the size of a PNG and of an SVG (width/height, else viewBox)', async () => {
    const png = await sharp({ create: { width: 120, height: 40, channels: 3, background: '#102a43' } }).png().toBuffer();
    expect(imageSize(png, 'png')).toEqual({ width: 120, height: 40 });
    expect(imageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30px"/>'), 'svg')).toEqual({ width: 90, height: 30 });
    expect(imageSize(Buffer.from('<?xml version="1.0"?><svg viewBox="0 0 80 32" width="100%"></svg>'), 'svg')).toEqual({ width: 80, height: 32 });
    expect(imageSize(Buffer.from('<svg></svg>'), 'svg')).toBeUndefined();
    expect(imageSize(Buffer.from('not a png at all, really'), 'png')).toBeUndefined();
  });

  it('keeps the logo as a data: URL with its size', () => {
    const file = path.join(dir, 'logo.svg');
    writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 32"/>');
    const { logo, diagnostics } = readLogo(file, 'logo.svg', 'content/site.yaml', place);
    expect(diagnostics).toEqual([]);
    expect(logo).toMatchObject({ width: 80, height: 32, src: expect.stringMatching(/^data:image\/svg\+xml;base64,/) });
  });

  it('reports a missing or broken file at the field, and warns about a large one', () => {
    expect(readLogo(path.join(dir, 'nope.svg'), 'nope.svg', 'content/site.yaml', place).diagnostics).toMatchObject([{ severity: 'warning', line: 6, message: 'publisherLogo: there is no file "nope.svg" in the content folder' }]);
    writeFileSync(path.join(dir, 'bad.png'), 'GIF89a');
    expect(readLogo(path.join(dir, 'bad.png'), 'bad.png', 'content/site.yaml', place).diagnostics).toMatchObject([{ severity: 'warning', message: 'publisherLogo: "bad.png" is not a PNG image' }]);
    writeFileSync(path.join(dir, 'big.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 3"><!-- ${'x'.repeat(60_000)} --></svg>`);
    const big = readLogo(path.join(dir, 'big.svg'), 'big.svg', 'content/site.yaml', place);
    expect(big.logo).toBeDefined();
    expect(big.diagnostics).toMatchObject([{ severity: 'warning', message: expect.stringContaining('every page carries it') }]);
  });
});
