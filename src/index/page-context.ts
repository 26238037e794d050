/** Small view helpers shared by pages and components (pure; the base is passed in). */
import type { ContentIndex } from './content-index.ts';
import { formatDate, type Precision } from '../read/dates.ts';
import type { PageKind } from '../read/entry-kinds.ts';
import { pagePath, withBase } from './urls.ts';

export function hrefFor(base: string, kind: PageKind, id: string): string {
  return withBase(base, pagePath(kind, id));
}

export function dateText(index: ContentIndex, iso: string, precision: Precision = 'day'): string {
  return formatDate(iso, index.site.language, precision);
}

/** "President of Colombia (as of 11 November 2025)". */
export function roleText(index: ContentIndex, role: string, asOf: string): string {
  return `${role} (as of ${dateText(index, asOf)})`;
}

export const ACTOR_KIND_LABELS: Record<string, string> = {
  person: 'People',
  government: 'Governments',
  agency: 'Agencies',
  military: 'Armed forces',
  organization: 'Organizations',
  group: 'Groups',
  country: 'Countries',
};

export const ACTOR_KIND_SINGULAR: Record<string, string> = {
  person: 'Person',
  government: 'Government',
  agency: 'Agency',
  military: 'Armed force',
  organization: 'Organization',
  group: 'Group',
  country: 'Country',
};

export const CATEGORY_LABELS: Record<string, string> = {
  law: 'Law',
  military: 'Military',
  drugs: 'Drugs',
  politics: 'Politics',
  geography: 'Geography',
  diplomacy: 'Diplomacy',
  other: 'Other',
};

/** Language names for translations, in the site's language: `es` → "Spanish". */
export function languageName(code: string, siteLanguage: string): string {
  try {
    return new Intl.DisplayNames([siteLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
