import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/read/internal/mdx-parse.ts';
import { checkUnattributedNumbers, findNumbers } from '../../../src/checks/unattributed.ts';

const warningsFor = (body: string) => checkUnattributedNumbers('content/articles/a.mdx', parseMdx(body).tree!);

describe('findNumbers', () => {
  it('finds counts, percentages and money, in digits or words', () => {
    expect(findNumbers('At least 75 people died.')).toEqual(['75']);
    expect(findNumbers('Turnout was 40% or 41 percent.')).toEqual(['40%', '41 percent']);
    expect(findNumbers('It cost $5 million and €300.')).toEqual(['$5 million', '€300']);
    expect(findNumbers('About 1,200 troops and 2.5 million dollars.')).toEqual(['1,200', '2.5 million dollars']);
    expect(findNumbers('Seventy-five people and eight ships.')).toEqual(['Seventy-five', 'eight']);
    expect(findNumbers('Hundreds of people.')).toEqual(['Hundreds']);
  });

  it('ignores dates, years, times, ordinals and codes', () => {
    for (const text of [
      'On 11 November 2025 it rained.',
      'On November 11, 2025 it rained.',
      'Strikes since August 2025 and in 2018.',
      'In the 1990s and on 2025-11-11.',
      'At 10:30 and at 9 a.m.',
      'The 21st century.',
      'F-35 jets and the G7.',
      'Under Article 51.',
      'One of them spoke.',
    ]) {
      expect(findNumbers(text), text).toEqual([]);
    }
  });

  it('still counts money and percentages that look like years', () => {
    expect(findNumbers('A fine of $2025.')).toEqual(['$2025']);
    expect(findNumbers('Prices rose 2000% in 2018.')).toEqual(['2000%']);
  });
});

describe('checkUnattributedNumbers', () => {
  it('warns with file, line and column for each unattributed sentence', () => {
    const body = '\n\nIt began. At least 75 people died. The U.S. sent eight ships <Cite id="s" />.\n\nThen 30% more.\n';
    const warnings = warningsFor(body);
    expect(warnings.map((w) => [w.line, w.column, w.severity])).toEqual([
      [3, 11, 'warning'],
      [5, 1, 'warning'],
    ]);
    expect(warnings[0]!.message).toContain('"75"');
    expect(warnings[0]!.fix).toContain('<Figure');
  });

  it('accepts a <Cite> after the sentence\'s full stop, or a <Figure> in it', () => {
    expect(warningsFor('Then 30% more. <Cite id="s" /> Next.\n')).toEqual([]);
    expect(warningsFor('The toll is <Figure id="toll" /> and 75 more.\n')).toEqual([]);
  });

  it('does not join sentences across "U.S." or attribute a Cite to a later sentence', () => {
    const warnings = warningsFor('Officials in the U.S. counted 12 boats. Others spoke <Cite id="s" />.\n');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('"12"');
  });

  it('checks list items, asides and tables, but not headings or quotations', () => {
    const body = [
      '## 75 days',
      '',
      '- Four countries were affected.',
      '',
      '<Aside kind="note">',
      '',
      'There were 9 ships.',
      '',
      '</Aside>',
      '',
      '<Quote source="s" by="X">We saw 40 boats.</Quote>',
      '',
      '| a | b |',
      '|---|---|',
      '| 3 boats | none |',
      '',
    ].join('\n');
    expect(warningsFor(body).map((w) => w.line)).toEqual([3, 7, 15]);
  });

  it('ignores the first story\'s date-only sentences', () => {
    expect(warningsFor('On Tuesday, 11 November 2025, Petro gave the order.\n\nIn October 2025, officials acted.\n')).toEqual([]);
  });
});
