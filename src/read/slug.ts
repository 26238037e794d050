/** Slugs and accent/case folding, shared by ids, uniqueness checks and matching. */

/** Removes diacritics (NFD + strip combining marks): `Nicolás` → `Nicolas`, `ñ` → `n`. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/** Case- and accent-insensitive comparison key for names, terms and aliases. */
export function foldKey(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[\u2010\u2011\u2012\u2013\u2014]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The slug of a name: lowercase ASCII with hyphens, accents folded, periods and
 * apostrophes dropped (`U.S.` → `us`), every other run of punctuation or space a hyphen.
 */
export function slugify(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}
