/**
 * Where a preview card goes: below the link (or above when it does not fit below), left-aligned
 * with it, always inside the viewport. Pure, so it is unit-tested without a browser.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  /** Viewport coordinates of the card's top-left corner. */
  left: number;
  top: number;
  /** True when the card sits above the link. */
  above: boolean;
}

/** `link` is the link's box in viewport coordinates, `card` only needs width and height. */
export function placeCard(link: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8, margin = 8): Placement {
  const below = link.top + link.height + gap;
  const fitsBelow = below + card.height <= viewport.height - margin;
  const fitsAbove = link.top - gap - card.height >= margin;
  const above = !fitsBelow && fitsAbove;
  const top = above ? link.top - gap - card.height : below;
  const maxLeft = viewport.width - margin - card.width;
  const left = Math.max(margin, Math.min(link.left, maxLeft));
  return { left, top, above };
}
