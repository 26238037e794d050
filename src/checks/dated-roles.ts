/**
 * Undated role in a summary: an actor's summary travels alone (previews, cards), so an office it
 * states as current ("President of Colombia", "Venezuela's defense minister") needs the date it
 * holds for, as the role line has: "as of November 2025". CONTRACT.md, "Facts and sources":
 * roles are dated, in summaries too.
 *
 * An office is current unless the words just before it make it past ("former", "ex-", "then",
 * "late", "was", "served as") or the words just after it end it ("from 2014 to 2019", "until 2021").
 * A summary is dated when it says "as of" and a year anywhere.
 */
import { type Diagnostic, warning } from '../core/diagnostics.ts';
import { formatDate } from '../core/dates.ts';
import { sentences } from '../core/text.ts';
import type { LoadedContent } from '../read/load.ts';

const OFFICES = [
  'president',
  'vice president',
  'prime minister',
  'minister',
  'secretary',
  'chancellor',
  'governor',
  'mayor',
  'senator',
  'ambassador',
  'director',
  'commander',
  'commander in chief',
  'chief of staff',
  'attorney general',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chair',
  'chairman',
  'chairwoman',
  'head of state',
  'head of government',
  'king',
  'queen',
];

const OFFICE = new RegExp(`\\b(?:${OFFICES.sort((a, b) => b.length - a.length).join('|')})\\b`, 'giu');
const PAST_BEFORE = /\b(?:former|ex-?|then-?|late|was|were|served as|had been|until)\s*(?:\S+\s+){0,2}$/iu;
/** "minister from 2014 to 2019", "mayor (2012–2015)", "president until 2021": an office with its end. */
const ENDED_AFTER = /^[^.;]{0,40}?(?:\bfrom\s+(?:\p{L}+\s+)?\d{4}\s+(?:to|until)\s+(?:\p{L}+\s+)?\d{4}\b|\buntil\s+(?:\p{L}+\s+)?\d{4}\b|\d{4}\s*[-–]\s*\d{4})/u;
const AS_OF = /\bas of\b[^.;]*?\b\d{4}\b/iu;

/** The offices a summary states as current, in order; empty when the summary is dated. */
export function undatedOffices(summary: string): string[] {
  if (AS_OF.test(summary)) return [];
  const found: string[] = [];
  for (const sentence of sentences(summary)) {
    for (const m of sentence.matchAll(OFFICE)) {
      if (PAST_BEFORE.test(sentence.slice(0, m.index))) continue;
      if (ENDED_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      found.push(m[0]);
    }
  }
  return [...new Set(found.map((o) => o.toLowerCase()))];
}

export function checkDatedRoles(content: Pick<LoadedContent, 'actors'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const actor of content.actors) {
    const offices = undatedOffices(actor.data.summary);
    if (!offices.length) continue;
    out.push(
      warning(
        'undated-role',
        actor.file,
        actor.yaml.locate(['summary']),
        `the summary states a role (${offices.map((o) => `"${o}"`).join(', ')}) without the date it holds for; summaries travel alone, in previews and on cards`,
        `date it as the role line is dated, e.g. "as of ${asOfExample(actor.data.roleAsOf)}"`,
      ),
    );
  }
  return out;
}

function asOfExample(iso: string): string {
  return formatDate(iso, 'en', 'month');
}
