/**
 * Cited for what it does not say: a sentence that states a date or a number and cites one source
 * only, a source whose archived text (`content/sources/<id>.txt`) does not contain that date or
 * number. CONTRACT.md, "Facts and sources": cite a source only for what it says; a date the site
 * infers is labelled as inferred, never cited to the source.
 *
 * A date is contained when each of its parts (day, month, year) is in the text; a number when it
 * is there in digits or in words ("eight" matches "eight-ship" and "8"). Vague counts ("hundreds",
 * "dozens") are not checked, nor is an "as of" date ("President of Colombia (as of November
 * 2025)"), which is the site's dating of a role, not the source's claim. Sentences with a `<Figure>` (which carries its own source) or with
 * citations of more than one source are left alone: the other source may give the number.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Diagnostic, type Place, warning } from '../core/diagnostics.ts';
import type { LoadedContent } from '../read/load.ts';
import { isJsxElement, jsxAttribute } from '../read/mdx-nodes.ts';
import { sourceWords } from './source-words.ts';
import { blockSentences, findNumbers } from './unattributed.ts';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A number written in digits or English words as its value; undefined for vague or unknown words. */
export function numberValue(text: string): number | undefined {
  const t = text.toLowerCase().replace(/^[$€£¥]\s?/, '');
  const digits = /^\d+(?:[.,]\d+)*/.exec(t);
  if (digits) {
    const plain = digits[0].replace(/,(?=\d{3}\b)/g, '');
    const n = Number(plain.replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  }
  const [tens, unit] = t.split('-');
  const unitValue = UNITS.indexOf(tens!);
  if (unitValue >= 0 && unit === undefined) return unitValue;
  const tensValue = TENS.indexOf(tens!);
  if (tensValue >= 2) {
    if (unit === undefined) return tensValue * 10;
    const u = UNITS.indexOf(unit);
    if (u >= 1 && u <= 9) return tensValue * 10 + u;
  }
  return undefined;
}

const monthIndex = (name: string) => MONTH_NAMES.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));

/** What an archived text mentions: `num:<value>` for every number, `month:<index>` for every month name. */
export function vocabulary(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of sourceWords(text)) {
    for (const part of [word, ...word.split('-')]) {
      const n = numberValue(part);
      if (n !== undefined) out.add(`num:${n}`);
      if (/^\p{L}{3,}$/u.test(part) && MONTH_NAMES.some((m) => m === part || (part.length >= 3 && part.length <= 4 && m.startsWith(part)))) out.add(`month:${monthIndex(part)}`);
    }
  }
  for (const m of text.matchAll(/\d+(?:,\d{3})+(?:\.\d+)?/g)) out.add(`num:${numberValue(m[0])}`);
  return out;
}

export interface Claim {
  /** As written in the sentence. */
  text: string;
  /** What the source must mention for the claim to be its. */
  parts: string[];
}

const DATE_PATTERNS: { pattern: RegExp; parts: (m: RegExpMatchArray) => string[] }[] = [
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b\\.?(?:,?\\s+(\\d{4}))?`, 'g'), parts: (m) => [`num:${Number(m[1])}`, `month:${monthIndex(m[2]!)}`, ...(m[3] ? [`num:${Number(m[3])}`] : [])] },
  { pattern: new RegExp(`\\b(${MONTH})\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g'), parts: (m) => [`month:${monthIndex(m[1]!)}`, `num:${Number(m[2])}`, ...(m[3] ? [`num:${Number(m[3])}`] : [])] },
  { pattern: new RegExp(`\\b(${MONTH})\\b\\.?,?\\s+(\\d{4})\\b`, 'g'), parts: (m) => [`month:${monthIndex(m[1]!)}`, `num:${Number(m[2])}`] },
  { pattern: /\b((?:1[5-9]|20)\d{2})(?:s|'s)?(?![\d,.]*\d)/g, parts: (m) => [`num:${Number(m[1])}`] },
  // A month alone; "May" is left out (it is more often the verb).
  { pattern: /\b(January|February|March|April|June|July|August|September|October|November|December)\b/g, parts: (m) => [`month:${monthIndex(m[1]!)}`] },
];

/** "(as of November 2025)": the site's own dating of a role (CONTRACT.md, "Facts and sources", asks for it), not a claim of the cited source. */
const AS_OF = new RegExp(`\\bas of\\s+(?:\\d{1,2}\\s+)?(?:(?:${MONTH})\\.?\\s+)?(?:\\d{1,2},\\s+)?\\d{4}\\b`, 'gi');

/** The dates and numbers a sentence states, each with the parts a source must mention. */
export function findClaims(sentence: string): Claim[] {
  const found: { at: number; claim: Claim }[] = [];
  let rest = sentence.replace(AS_OF, (m) => ' '.repeat(m.length));
  for (const { pattern, parts } of DATE_PATTERNS) {
    for (const m of rest.matchAll(pattern)) found.push({ at: m.index, claim: { text: m[0].trim(), parts: parts(m) } });
    rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
  }
  for (const text of findNumbers(rest)) {
    const value = numberValue(text.replace(/\s*(?:%|percent|per cent|million|billion|trillion|dollars|euros|pesos).*$/i, ''));
    if (value !== undefined) found.push({ at: rest.indexOf(text), claim: { text, parts: [`num:${value}`] } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.claim);
}

/** A cheap first look: a sentence with no digit, month or number word states no date or number. */
const MAY_CLAIM = new RegExp(`\\d|\\b(?:${MONTH}|${[...UNITS.slice(2), ...TENS.slice(2)].join('|')})`, 'i');

/** The claims of `text` that `known` does not contain. */
export function unsupported(text: string, known: ReadonlySet<string>): string[] {
  if (!MAY_CLAIM.test(text)) return [];
  const missing = findClaims(text)
    .filter((c) => !c.parts.every((p) => known.has(p)))
    .map((c) => c.text);
  return [...new Set(missing)];
}

function diagnose(file: string, place: Place | undefined, source: string, missing: string[]): Diagnostic {
  return warning(
    'cited-beyond-source',
    file,
    place,
    `cited only to ${source}, whose archived text does not contain ${missing.map((m) => `"${m}"`).join(', ')}`,
    `cite a source that says it, or leave it out; a date the site infers is labelled as inferred, not cited to ${source}`,
  );
}

export function checkCitedClaims(content: Pick<LoadedContent, 'sourceTexts' | 'articles' | 'actors' | 'terms' | 'timeline' | 'figures'>): Diagnostic[] {
  if (!content.sourceTexts.size) return [];
  const vocabularies = new Map<string, Set<string>>();
  const known = (id: string) => {
    const text = content.sourceTexts.get(id);
    if (text === undefined) return undefined;
    let v = vocabularies.get(id);
    if (!v) vocabularies.set(id, (v = vocabulary(text)));
    return v;
  };
  const out: Diagnostic[] = [];
  /** Whether a block cites any source with an archived text: most blocks do not, and are skipped. */
  const citesArchived = (node: Nodes): boolean =>
    isJsxElement(node) ? node.name === 'Cite' && content.sourceTexts.has(jsxAttribute(node, 'id') ?? '') : 'children' in node && node.children.some((c) => citesArchived(c as Nodes));
  const checkBody = (file: string, tree: Root) => {
    const visitBlock = (node: Nodes) => {
      if (isJsxElement(node) && (node.name === 'Quote' || node.name === 'Figure' || node.name === 'Cite')) return;
      if (node.type === 'heading' || node.type === 'code') return;
      if (node.type === 'paragraph' || node.type === 'tableCell') {
        if (!citesArchived(node) || !MAY_CLAIM.test(toString(node))) return;
        for (const s of blockSentences(node as Parent)) {
          if (!s.attributions.length || s.attributions.some((a) => a.component !== 'Cite')) continue;
          const ids = new Set(s.attributions.map((a) => a.id));
          if (ids.size !== 1) continue;
          const id = [...ids][0]!;
          const vocab = known(id);
          if (!vocab) continue;
          const missing = unsupported(s.text, vocab);
          if (missing.length) out.push(diagnose(file, s.start ?? node.position?.start, id, missing));
        }
        return;
      }
      if ('children' in node) for (const child of node.children) visitBlock(child as Nodes);
    };
    visitBlock(tree);
  };
  for (const doc of [...content.articles, ...content.actors, ...content.terms]) checkBody(doc.file, doc.tree);
  for (const event of content.timeline) {
    const ids = new Set(event.data.sources);
    if (ids.size !== 1) continue;
    const id = [...ids][0]!;
    const vocab = known(id);
    if (!vocab) continue;
    for (const key of ['title', 'summary'] as const) {
      const missing = unsupported(event.data[key], vocab);
      if (missing.length) out.push(diagnose(event.file, event.yaml.locate([event.index, key]), id, missing));
    }
  }
  for (const figure of content.figures) {
    figure.data.claims.forEach((claim, i) => {
      const vocab = known(claim.source);
      if (vocab && !vocab.has(`num:${claim.value}`)) {
        out.push(diagnose(figure.file, figure.yaml.locate([figure.index, 'claims', i, 'value']), claim.source, [String(claim.value)]));
      }
    });
  }
  return out;
}
