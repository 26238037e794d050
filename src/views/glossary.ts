/** A–Z grouping for the glossary: accent-insensitive, in the site's language. */
import { collatorFor } from '../index/content-index.ts';
import { stripAccents } from '../core/text.ts';

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** The letter a heading files under: `Ñandú` → `N`, `Élan` → `E`, a digit or symbol → `#`. */
export function letterOf(text: string): string {
  const first = stripAccents(text.trim()).charAt(0).toUpperCase();
  return /\p{L}/u.test(first) ? first : '#';
}

export function groupByLetter<T>(items: readonly T[], label: (item: T) => string, language: string): LetterGroup<T>[] {
  const collator = collatorFor(language);
  const sorted = [...items].sort((a, b) => collator.compare(label(a), label(b)));
  const groups: LetterGroup<T>[] = [];
  for (const item of sorted) {
    const letter = letterOf(label(item));
    const last = groups[groups.length - 1];
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}

/** A–Z for the letter navigation: every letter of the basic Latin alphabet, plus any other used. */
export function alphabet(used: readonly string[]): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  return [...letters, ...used.filter((l) => !letters.includes(l))];
}
