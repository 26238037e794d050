import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate } from '../../../src/core/dates.ts';

describe('dates', () => {
  it('formats by language and precision (cached formatters keep them apart)', () => {
    expect(formatDate('2025-11-11', 'en')).toBe('11 November 2025');
    expect(formatDate('2025-11-11', 'en', 'month')).toBe('November 2025');
    expect(formatDate('2025-11-11', 'en', 'year')).toBe('2025');
    expect(formatDate('2025-11-11', 'es')).toBe('11 de noviembre de 2025');
    expect(formatDate('2025-08-01', 'en')).toBe('1 August 2025');
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('11/11/2025')).toBe(false);
  });
});
