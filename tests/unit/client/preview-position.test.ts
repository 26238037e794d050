import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../src/client/preview-position.ts';

const viewport = { width: 400, height: 800 };
const card = { width: 300, height: 200 };

describe('placing a preview card', () => {
  it('goes below the link, aligned with its left edge', () => {
    expect(placeCard({ left: 40, top: 100, width: 60, height: 20 }, card, viewport)).toEqual({ left: 40, top: 128, above: false });
  });

  it('goes above the link when there is no room below', () => {
    expect(placeCard({ left: 40, top: 700, width: 60, height: 20 }, card, viewport)).toEqual({ left: 40, top: 492, above: true });
  });

  it('stays below when it fits neither way (the page scrolls)', () => {
    expect(placeCard({ left: 40, top: 150, width: 60, height: 20 }, card, { width: 400, height: 300 }).above).toBe(false);
  });

  it('moves left to stay inside the right edge', () => {
    expect(placeCard({ left: 350, top: 100, width: 40, height: 20 }, card, viewport).left).toBe(92);
  });

  it('never starts left of the margin', () => {
    expect(placeCard({ left: -20, top: 100, width: 40, height: 20 }, card, viewport).left).toBe(8);
  });
});
