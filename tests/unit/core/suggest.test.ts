import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../../src/core/suggest.ts';

describe('suggestions', () => {
  it('suggest the closest id within a distance that grows with the input', () => {
    expect(didYouMean('sed', ['seed', 'report'])).toBe('did you mean "seed"?');
    expect(closest('gustavo-petr', ['gustavo-petro', 'nicolas-maduro'])).toBe('gustavo-petro');
    expect(closest('xyz', ['seed', 'report'])).toBeUndefined();
  });

  it('fold case, accents, hyphens and spaces as the uniqueness check and auto-linking do', () => {
    expect(closest('ÉLAN', ['elan', 'plan-b'])).toBe('elan');
    expect(closest('Ana Núñez', ['ana-nunez', 'elan-group'])).toBe('ana-nunez');
  });
});
