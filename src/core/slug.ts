/** Slugs: the ids of files and pages, made from names. */
import { foldTypography, stripAccents } from './text.ts';

/**
 * The slug of a name: lowercase ASCII with hyphens, accents folded, periods and apostrophes
 * (any of `foldTypography`'s) dropped (`U.S.` → `us`), every other run of punctuation or space a hyphen.
 */
export function slugify(name: string): string {
  return foldTypography(stripAccents(name))
    .toLowerCase()
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}
