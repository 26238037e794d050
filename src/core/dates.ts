/** Dates in content are ISO `YYYY-MM-DD`; the site formats them for its language. */

export type Precision = 'day' | 'month' | 'year';

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toUtcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** `11 November 2025`, `November 2025` or `2025`, in the site's language. */
export function formatDate(iso: string, language: string, precision: Precision = 'day'): string {
  const date = toUtcDate(iso);
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  // English news style is day-month-year ("11 November 2025"), which en-GB gives.
  const locale = language === 'en' ? 'en-GB' : language;
  // Creating an Intl.DateTimeFormat is slow (~0.1 ms); a build formats thousands of dates.
  const cacheKey = `${locale}|${precision}`;
  let formatter = FORMATTERS.get(cacheKey);
  if (!formatter) FORMATTERS.set(cacheKey, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter.format(date);
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/** The value for a `<time datetime>` attribute at a precision: `2025-11-11`, `2025-11`, `2025`. */
export function machineDate(iso: string, precision: Precision = 'day'): string {
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}
