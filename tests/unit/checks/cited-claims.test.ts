import { describe, expect, it } from 'vitest';
import { checkCitedClaims, findClaims, numberValue, unsupported, vocabulary } from '../../../src/checks/cited-claims.ts';
import { article, content, item, REPORT } from './fixtures/editorial/content.ts';

const known = vocabulary(REPORT);

describe('findClaims', () => {
  it('finds dates with their parts, and counts', () => {
    expect(findClaims('On 11 November 2025 at least 75 people and eight ships.').map((c) => c.text)).toEqual(['11 November 2025', '75', 'eight']);
    expect(findClaims('Since August 2025, in October and in 1998.').map((c) => c.text)).toEqual(['August 2025', 'October', '1998']);
  });

  it('leaves out an "as of" date, which dates a role', () => {
    expect(findClaims('Petro, president (as of November 2025), spoke.')).toEqual([]);
  });

  it('reads numbers in digits or words', () => {
    expect([numberValue('75'), numberValue('1,200'), numberValue('eight'), numberValue('Seventy-five'), numberValue('hundreds')]).toEqual([75, 1200, 8, 75, undefined]);
  });
});

describe('unsupported', () => {
  it('accepts what the report says, in any spelling of the number', () => {
    expect(unsupported('At least 75 people since August; an 8-ship group; in October.', known)).toEqual([]);
  });

  it('names what the report does not say', () => {
    expect(unsupported('On 11 November 2025, nationals of four countries; the carrier arrives in November.', known)).toEqual(['11 November 2025', 'four', 'November']);
  });
});

describe('checkCitedClaims', () => {
  it('warns on a sentence cited only to an archived source that lacks its date or number', () => {
    const out = checkCitedClaims(content({ articles: [article('cited-beyond.mdx')] }));
    expect(out.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '1:1 cited only to report, whose archived text does not contain "11 November 2025"',
      '3:1 cited only to report, whose archived text does not contain "four"',
      '5:1 cited only to report, whose archived text does not contain "November"',
    ]);
    expect(out.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('says nothing when the source has it, has no archived text, is one of several, or a Figure carries the number', () => {
    expect(checkCitedClaims(content({ articles: [article('cited-within.mdx')] }))).toEqual([]);
  });

  it('checks timeline events with one source, and figure values', () => {
    const timeline = [item('content/timeline.yaml', { date: '2025-11-11', title: 'Order on 11 November 2025', summary: 'Petro orders a halt.', sources: ['report'] })];
    const figures = [item('content/figures.yaml', { id: 'toll', label: 'Toll', claims: [{ value: 76, asOf: '2025-11-11', source: 'report' }, { value: 75, asOf: '2025-11-11', source: 'report' }] })];
    expect(checkCitedClaims(content({ timeline, figures })).map((d) => `${d.file} ${d.message}`)).toEqual([
      'content/timeline.yaml cited only to report, whose archived text does not contain "11 November 2025"',
      'content/figures.yaml cited only to report, whose archived text does not contain "76"',
    ]);
  });
});
