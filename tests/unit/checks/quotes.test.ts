import { describe, expect, it } from 'vitest';
import { closestPassage, findQuote, normaliseQuote } from '../../../src/checks/quotes.ts';

const SOURCE = `In a post on X, Petro directed Colombia's military to immediately suspend “communications and other agreements with U.S. security agencies” while the U.S. continues operations — actions critics say resemble extrajudicial killings.
Petro argued that "the fight against drugs must be subordinated to the human rights of the Caribbean people." It was a war‑crimes probe, he said.
"He may have been carrying fish, or he may have been carrying cocaine, but he had not been sentenced to death,"`;

describe('normaliseQuote', () => {
  it('folds curly quotes, dashes, ellipses and white space', () => {
    expect(normaliseQuote('“Yes,” he said — ‘no’…')).toBe(`"Yes," he said - 'no'...`);
    expect(normaliseQuote('a\u2013b\u2014c\u2011d')).toBe('a-b-c-d');
    expect(normaliseQuote('  one\n\ttwo   three ')).toBe('one two three');
  });
});

describe('findQuote', () => {
  it('finds a quotation verbatim', () => {
    expect(findQuote('communications and other agreements with U.S. security agencies', SOURCE).found).toBe(true);
  });

  it('accepts straight quotes where the source has curly ones, and the reverse', () => {
    expect(findQuote('immediately suspend "communications and other agreements', SOURCE).found).toBe(true);
    expect(findQuote('argued that “the fight against drugs', SOURCE).found).toBe(true);
  });

  it('accepts an en or em dash or a hyphen for any dash', () => {
    expect(findQuote('continues operations - actions critics say', SOURCE).found).toBe(true);
    expect(findQuote('continues operations – actions critics say', SOURCE).found).toBe(true);
    expect(findQuote('It was a war-crimes probe', SOURCE).found).toBe(true);
    expect(findQuote('It was a war—crimes probe', SOURCE).found).toBe(true);
  });

  it('accepts line breaks and runs of spaces inside the quotation', () => {
    expect(findQuote('the fight against drugs\n  must be subordinated\tto the human rights', SOURCE).found).toBe(true);
  });

  it('forgives the case of the first letter only', () => {
    expect(findQuote('The fight against drugs must be subordinated', SOURCE).found).toBe(true);
    expect(findQuote('the fight against Drugs must be subordinated', SOURCE).found).toBe(false);
  });

  it('allows words left out with an ellipsis, in order only', () => {
    expect(findQuote('He may have been carrying fish … but he had not been sentenced to death', SOURCE).found).toBe(true);
    expect(findQuote('He may have been carrying fish ... but he had not been sentenced to death', SOURCE).found).toBe(true);
    expect(findQuote('he had not been sentenced to death … He may have been carrying fish', SOURCE).found).toBe(false);
  });

  it('rejects a changed word and names the closest passage', () => {
    const match = findQuote('the fight against narcotics must be subordinated to the human rights', SOURCE);
    expect(match.found).toBe(false);
    expect(match.closest).toContain('the fight against drugs must be subordinated');
  });

  it('rejects an empty quotation', () => {
    expect(findQuote('  ', SOURCE).found).toBe(false);
  });
});

describe('closestPassage', () => {
  it('returns the window of the source nearest to the text', () => {
    expect(closestPassage('carrying fsh', 'He may have been carrying fish, or not')).toBe('carrying fish');
  });
});
