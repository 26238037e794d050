/** Slugs and accent/case folding, shared by ids, uniqueness checks and matching. */

/** Removes diacritics (NFD + strip combining marks): `Nicolás` → `Nicolas`, `ñ` → `n`. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/**
 * The one comparison key for names, terms and aliases: what makes two of them "the same name".
 * Used by the uniqueness check (src/read/references.ts), auto-linking (src/index/linking.ts) and
 * suggestions (src/core/suggest.ts), so what the check accepts is exactly what links.
 * Case and accents are folded (`Padrino López` = `padrino lopez`), typographic apostrophes are
 * ASCII, and every run of spaces and hyphens (ASCII or typographic) is one space: auto-linking
 * finds `war crimes` in `war-crimes`, so the two are one name.
 */
export function foldKey(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u2010-\u2014-]+/g, ' ')
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
