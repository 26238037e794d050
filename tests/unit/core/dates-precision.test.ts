import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate, machineDate } from '../../../src/core/dates.ts';

describe('formatDate by precision', () => {
  it('writes day, month and year precision in English news style', () => {
    expect(formatDate('2025-11-11', 'en')).toBe('11 November 2025');
    expect(formatDate('2025-11-11', 'en', 'day')).toBe('11 November 2025');
    expect(formatDate('2025-08-01', 'en', 'month')).toBe('August 2025');
    expect(formatDate('2025-08-01', 'en', 'year')).toBe('2025');
  });

  it('follows the site language', () => {
    expect(formatDate('2025-11-11', 'es')).toBe('11 de noviembre de 2025');
    expect(formatDate('2025-08-01', 'es', 'month')).toBe('agosto de 2025');
  });

  it('does not shift the day with the time zone', () => {
    expect(formatDate('2025-01-01', 'en')).toBe('1 January 2025');
  });

  it('gives machine-readable dates at the same precision', () => {
    expect(machineDate('2025-08-01', 'month')).toBe('2025-08');
    expect(machineDate('2025-08-01', 'year')).toBe('2025');
    expect(machineDate('2025-08-01')).toBe('2025-08-01');
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-2-3')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
