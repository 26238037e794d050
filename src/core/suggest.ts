/** "Did you mean …?" suggestions by edit distance, between names folded by the one rule (`foldKey`). */
import { foldKey } from './text.ts';

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The closest candidate within a distance that grows with the length of the input, if any. Both
 * sides are compared as `foldKey` folds them, so case, accents and hyphens against spaces cost
 * nothing: `ÉLAN` finds `elan`.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const folded = foldKey(input);
  const limit = Math.max(2, Math.floor(folded.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = foldKey(candidate);
    const distance = other.startsWith(folded) || folded.startsWith(other)
      ? Math.min(editDistance(folded, other), limit)
      : editDistance(folded, other);
    if (distance < bestDistance && distance <= limit) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` — did you mean "x"?` or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match ? `did you mean "${match}"?` : '';
}
