import { describe, expect, it } from 'vitest';
import { claimsDisagree, figureView } from '../../../src/views/figures.ts';
import type { FigureData, SourceData } from '../../../src/read/schema.ts';

const sources: Record<string, SourceData> = {
  gov: { id: 'gov', title: 'Government statement', url: 'https://example.org/gov' },
  ngo: { id: 'ngo', title: 'Rights group report' },
};

const agreed: FigureData = {
  id: 'toll',
  label: 'People killed',
  unit: 'people',
  claims: [{ value: 75, display: 'at least 75', asOf: '2025-11-11', source: 'gov', by: 'Trump administration figures' }],
};

const disputed: FigureData = {
  id: 'toll',
  label: 'People killed',
  unit: 'people',
  claims: [
    { value: 75, asOf: '2025-11-11', source: 'gov', by: 'the Trump administration' },
    { value: 76, asOf: '2025-11-12', source: 'ngo', by: 'a rights group', note: 'Counts one missing fisherman.' },
  ],
};

describe('figureView', () => {
  it('reads a single claim with who asserts it and as of when', () => {
    const view = figureView(agreed, sources, 'en');
    expect(view.disagree).toBe(false);
    expect(view.text).toBe('at least 75, according to Trump administration figures, as of 11 November 2025');
    expect(view.claims[0]).toMatchObject({ sourceTitle: 'Government statement', sourceUrl: 'https://example.org/gov' });
  });

  it('shows every claim when they disagree, newest first, and says so', () => {
    const view = figureView(disputed, sources, 'en');
    expect(view.disagree).toBe(true);
    expect(view.claims.map((c) => c.value)).toEqual([76, 75]);
    expect(view.text).toBe(
      'sources differ: 76 people, according to a rights group, as of 12 November 2025; 75 people, according to the Trump administration, as of 11 November 2025',
    );
    expect(view.claims[0]!.note).toBe('Counts one missing fisherman.');
    expect(view.claims[1]!.sourceTitle).toBe('Government statement');
  });

  it('treats the same number on different dates as claims to show, not to merge', () => {
    const dated: FigureData = { ...agreed, claims: [agreed.claims[0]!, { ...agreed.claims[0]!, asOf: '2025-11-20' }] };
    expect(claimsDisagree(dated)).toBe(true);
    expect(figureView(dated, sources, 'en').claims.map((c) => c.asOf)).toEqual(['2025-11-20', '2025-11-11']);
  });

  it('formats a number without display in the site language with its unit', () => {
    const big: FigureData = { id: 'cost', label: 'Cost', unit: 'dollars', claims: [{ value: 1250000, asOf: '2025-11-11', source: 'missing' }] };
    const view = figureView(big, sources, 'en');
    expect(view.text).toBe('1,250,000 dollars, as of 11 November 2025');
    expect(view.claims[0]!.sourceTitle).toBe('missing');
  });
});
