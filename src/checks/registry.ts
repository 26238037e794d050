/**
 * The editorial checks, in the order `npm run check` runs them: each takes the whole loaded site
 * and returns what it found. A new check is one file in src/checks/ and one line here; the
 * authoring guide (AUTHORING.md) documents every diagnostic code a check can report.
 */
import type { Diagnostic } from '../core/diagnostics.ts';
import type { LoadedContent } from '../read/load.ts';
import { checkCitedClaims } from './cited-claims.ts';
import { checkDatedRoles } from './dated-roles.ts';
import { checkSitePlaces } from './places.ts';
import { checkQuotes } from './quotes-check.ts';
import { checkSourceWords } from './source-words.ts';
import { checkTimelineAgainstArticles } from './timeline.ts';
import { checkArticleNumbers } from './unattributed.ts';

/** One editorial check: the loaded site in, diagnostics out. */
export type EditorialCheck = (content: LoadedContent) => Diagnostic[];

export const EDITORIAL_CHECKS: readonly { name: string; run: EditorialCheck }[] = [
  { name: 'quotes are in their sources', run: checkQuotes },
  { name: 'numbers in articles are attributed', run: checkArticleNumbers },
  { name: 'the timeline agrees with the articles', run: checkTimelineAgainstArticles },
  { name: 'places can be drawn', run: checkSitePlaces },
  { name: 'no sentence is copied from a source', run: checkSourceWords },
  { name: 'cited claims are in their sources', run: checkCitedClaims },
  { name: 'roles are dated', run: checkDatedRoles },
];

/** Every editorial check's diagnostics, in registry order. */
export function runEditorialChecks(content: LoadedContent): Diagnostic[] {
  return EDITORIAL_CHECKS.flatMap((check) => check.run(content));
}
