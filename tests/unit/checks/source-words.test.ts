import { describe, expect, it } from 'vitest';
import { checkSourceWords, findCopiedRuns, indexSources, textSegments } from '../../../src/checks/source-words.ts';
import { article, content, item, REPORT } from './fixtures/editorial/content.ts';

const index = indexSources(new Map([['report', REPORT]]));
const runsIn = (text: string) => textSegments(text).flatMap((s) => findCopiedRuns(s, index)).map((r) => r.words.map((w) => w.text).join(' '));

describe('findCopiedRuns', () => {
  it('finds eight or more words copied bare, whatever their case and typography', () => {
    expect(runsIn('The campaign began in the southern Caribbean near Venezuela’s coast.')).toEqual([
      "The campaign began in the southern Caribbean near Venezuela's coast",
    ]);
    expect(runsIn('It said the campaign has more recently shifted to the eastern Pacific, where forces struck.')).toEqual([
      'has more recently shifted to the eastern Pacific where',
    ]);
    expect(runsIn('He called it a war-crimes probe and asked which types of intelligence or specific operational cooperation would end.')).toEqual([
      'which types of intelligence or specific operational cooperation',
    ]);
  });

  it('stops at seven words', () => {
    expect(runsIn('They said which types of intelligence or specific operational help.')).toEqual([]);
  });

  it('skips words in quotation marks, straight or curly', () => {
    expect(runsIn('Petro said "the fight against drugs must be subordinated to the human rights" of people.')).toEqual([]);
    expect(runsIn('Petro said “the fight against drugs must be subordinated to the human rights” of people.')).toEqual([]);
  });

  it('does not count names or stock phrases towards the eight', () => {
    expect(runsIn('Officials say the strikes have affected nationals of Venezuela, Ecuador, Colombia and Trinidad and Tobago.')).toEqual([]);
    expect(runsIn('According to figures released by the Trump administration, at least 75 people died.')).toEqual([]);
  });
});

describe('checkSourceWords', () => {
  it('warns at the first copied word, with the source and what to do', () => {
    const out = checkSourceWords(content({ articles: [article('copied.mdx')] }));
    expect(out.map((d) => [d.line, d.column, d.severity])).toEqual([
      [1, 12, 'warning'],
      [3, 1, 'warning'],
    ]);
    expect(out[0]!.message).toMatch(/^these 15 words are the source's \(report\): "Petro directed Colombia's military to immediately suspend/);
    expect(out[0]!.fix).toBe('quote and attribute them, or paraphrase');
  });

  it('says nothing about quotations, inline quotes, names, stock phrases and paraphrase', () => {
    expect(checkSourceWords(content({ articles: [article('not-copied.mdx')] }))).toEqual([]);
  });

  it('reads summaries and timeline text too, and needs an archived source', () => {
    const copied = 'Petro directed the military to suspend communications and other agreements with U.S. security agencies.';
    const timeline = [item('content/timeline.yaml', { date: '2025-11-11', title: 'Order', summary: copied, sources: ['report'] })];
    expect(checkSourceWords(content({ timeline })).map((d) => `${d.file}:${d.line}`)).toEqual(['content/timeline.yaml:2']);
    expect(checkSourceWords(content({ timeline, sourceTexts: new Map() }))).toEqual([]);
  });
});
