/**
 * Fitting text into a fixed box: pick the largest size in a range at which the text is estimated
 * to fit, else the smallest; then clamp to the whole lines that fit the box (satori draws the
 * ellipsis). The estimate only chooses a size: the line clamp is what guarantees that nothing
 * leaves the box, and because the box is a whole number of lines tall, no glyph is cut.
 */

export interface FitOptions {
  width: number;
  height: number;
  maxSize: number;
  minSize: number;
  /** Step between tried sizes, in px. */
  step?: number;
  lineHeight: number;
}

export interface Fit {
  fontSize: number;
  /** Lines the box can hold at that size (the clamp). */
  maxLines: number;
  /** Estimated lines of the text at that size. */
  lines: number;
  /** Box height: a whole number of lines. */
  height: number;
}

/** Approximate advance of one character in em, for a text face like Source Serif or Inter. */
function advance(ch: string): number {
  return 1.1 * baseAdvance(ch);
}

function baseAdvance(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || cp >= 0x1f000)) return 1.05;
  if (ch === ' ') return 0.26;
  if (/[A-Z]/.test(ch)) return 0.66;
  if (/[mwMW]/.test(ch)) return 0.82;
  if (/[iljtf.,;:'!|]/.test(ch)) return 0.3;
  return 0.53;
}

/** Estimated width of one line of `text` at a size, in px. */
export function estimateWidth(text: string, fontSize: number): number {
  return [...text].reduce((w, c) => w + advance(c) * fontSize, 0);
}

/** Lines a greedy word wrap would take at a size (long words break, as with `wordBreak: break-word`). */
export function estimateLines(text: string, fontSize: number, width: number): number {
  const words = text.split(/\s+/).filter(Boolean);
  let lines = 1;
  let used = 0;
  const space = advance(' ') * fontSize;
  for (const word of words) {
    let w = [...word].reduce((s, c) => s + advance(c) * fontSize, 0);
    const needed = used === 0 ? w : used + space + w;
    if (needed <= width) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    while (w > width) {
      lines++;
      w -= width;
    }
    used = w;
  }
  return lines;
}

export function fitText(text: string, o: FitOptions): Fit {
  const step = o.step ?? 4;
  const at = (fontSize: number): Fit => {
    const lineBox = fontSize * o.lineHeight;
    const maxLines = Math.max(1, Math.floor(o.height / lineBox));
    return { fontSize, maxLines, lines: estimateLines(text, fontSize, o.width), height: Math.ceil(maxLines * lineBox) };
  };
  for (let size = o.maxSize; size >= o.minSize; size -= step) {
    const fit = at(size);
    if (fit.lines <= fit.maxLines) return fit;
  }
  return at(o.minSize);
}
