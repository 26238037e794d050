/**
 * Plain-text rules, each decided here once: typographic folding (what makes two spellings of a
 * name, a word or a quotation the same), clipping to a length (by grapheme, with an ellipsis),
 * and sentences (Intl.Segmenter, with the abbreviations it does not know).
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

// ---------------------------------------------------------------------------------------------
// Folding

/**
 * The one table of typographic variants: each character typesetting may put where a writer typed
 * the ASCII one. It is the union of what auto-linking, the source-words check, the quotation
 * check and the name key used to fold, each of which had its own subset:
 * apostrophes and single quotes (‘ ’ ‚ ‛, the prime ′ and the backtick), double quotes (“ ” „ ‟,
 * the double prime ″, « »), hyphens, dashes and the minus sign (U+2010–U+2015, U+2212) and the
 * no-break spaces (U+00A0, U+2007, U+202F). Every entry is one UTF-16 unit for one, so folding
 * keeps string offsets (auto-linking and the source-words check report places in the text as
 * written).
 */
const TYPOGRAPHY: ReadonlyMap<string, string> = new Map([
  ...[...'\u2018\u2019\u201a\u201b\u2032`'].map((ch) => [ch, "'"] as const),
  ...[...'\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb'].map((ch) => [ch, '"'] as const),
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212'].map((ch) => [ch, '-'] as const),
  ...[...'\u00a0\u2007\u202f'].map((ch) => [ch, ' '] as const),
]);
const TYPOGRAPHIC = new RegExp(`[${[...TYPOGRAPHY.keys()].join('')}]`, 'gu');

/** Typographic quotes, apostrophes, dashes and no-break spaces as ASCII; the length is kept. */
export function foldTypography(text: string): string {
  return text.replace(TYPOGRAPHIC, (ch) => TYPOGRAPHY.get(ch)!);
}

/** Removes diacritics (NFD + strip combining marks): `Nicolás` → `Nicolas`, `ñ` → `n`. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/**
 * `foldTypography` and accents dropped, keeping every UTF-16 offset (á → a, but a character whose
 * base is not one unit stays as it is): the text auto-linking searches, so a match's place is its
 * place in the text as written. Case is kept: a name decides how strictly its case matches.
 */
export function foldForMatching(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // ASCII (but the backtick) never changes; skipping normalize() for it makes folding ~10× faster on English text.
    if (ch.charCodeAt(0) < 0x80 && ch !== '`') out += ch;
    else if (TYPOGRAPHY.has(ch)) out += TYPOGRAPHY.get(ch)!;
    else {
      const folded = ch.normalize('NFD').replace(/\p{M}+/gu, '');
      out += folded.length === ch.length ? folded : ch;
    }
  }
  return out;
}

/**
 * The one comparison key for names, terms and aliases: what makes two of them "the same name".
 * Used by the uniqueness check (src/read/references.ts), auto-linking (src/index/linking.ts) and
 * suggestions (src/core/suggest.ts), so what the check accepts is exactly what links.
 * Case and accents are folded (`Padrino López` = `padrino lopez`), typography is ASCII
 * (`foldTypography`), and every run of spaces and hyphens is one space: auto-linking finds
 * `war crimes` in `war-crimes`, so the two are one name.
 */
export function foldKey(text: string): string {
  return foldTypography(stripAccents(text))
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/**
 * Text compared as a reader reads it, verbatim but for typesetting: NFC, `foldTypography`, an
 * ellipsis character as three dots, every run of white space one space, trimmed. Case and accents
 * are kept (a quotation must be word for word).
 */
export function foldProse(text: string): string {
  return foldTypography(text.normalize('NFC'))
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Clipping

const ELLIPSIS = '\u2026';
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The text's user-perceived characters (an emoji with its modifiers, a letter with its marks, a flag). */
export function graphemes(text: string): string[] {
  return Array.from(GRAPHEMES.segment(text), (s) => s.segment);
}

/**
 * `text` cut to at most `max` graphemes, the ellipsis included, never inside a grapheme (an emoji
 * with its modifiers, a letter with its marks, a flag stay whole). The last word kept is dropped,
 * so no word is cut: at the last white space when there is one, else (scripts written without
 * spaces, one long word) at the last word boundary the segmenter finds, else at a grapheme.
 * Trailing spaces and clause punctuation before the ellipsis are dropped. Text that fits is
 * returned as it is. The one clipper: snippets, excerpts in messages, `npm run changes`.
 */
export function clip(text: string, max: number): string {
  const all = graphemes(text);
  if (all.length <= max) return text;
  let kept = all.slice(0, Math.max(0, max - 1)).join('');
  // The last word is dropped even when it is whole: the cut never lands inside one.
  const atSpace = kept.replace(/\s+\S*$/u, '');
  if (atSpace !== kept && atSpace.trim()) kept = atSpace;
  else {
    // No space to cut at (a script written without spaces, one long word): the last word boundary, if any.
    let boundary = 0;
    for (const s of WORDS.segment(kept)) boundary = s.index;
    if (boundary > 0) kept = kept.slice(0, boundary);
  }
  return `${kept.replace(/[\s,;:\u2013\u2014-]+$/u, '')}${ELLIPSIS}`;
}

// ---------------------------------------------------------------------------------------------
// Sentences

const SENTENCE_SEGMENTERS = new Map<string, Intl.Segmenter>();

/**
 * What the segmenter cannot know: a break after one of these is not a sentence end. Single
 * letters with a dot (`U.S.`, `D.C.`, `Gerald R. Ford`) and the usual titles and company words.
 */
const ABBREVIATION = /(?:^|[^\p{L}\p{N}])(?:\p{L}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jr|Sr|Prof|vs|No|Inc|Ltd|Co)\.["'”’)\]]*\s*$/u;
/** A sentence starts with anything but a lower-case letter (after opening quotes or brackets). */
const LOWER_START = /^[\s"'“‘([]*\p{Ll}/u;
/** A Latin full stop, question or exclamation mark (with closing quotes) that white space must follow to end a sentence. */
const LATIN_END = /[.!?]["'”’)\]]*$/u;
/**
 * Where the segmenter's rules (UAX #29, SB8) join what a writer means as two sentences: after a
 * full stop and before a number, they look on to the next letter and join when it is lower case
 * ("It began. 30 people died."). A number after a sentence mark and white space starts a sentence.
 */
const BEFORE_NUMBER = /(?<=[.!?]["'”’)\]]*\s+)(?=["'“‘([]*\p{N})/gu;

export interface SentenceSpan {
  /** UTF-16 offset of the sentence in the text, white space after it included up to `end`. */
  start: number;
  end: number;
}

/**
 * Where the sentences of `text` are: `Intl.Segmenter`'s sentence breaks (and one before a number,
 * see BEFORE_NUMBER), except after an abbreviation, before a lower-case letter, or where no white
 * space follows a Latin sentence mark. A line break inside the text is a space (a paragraph's soft
 * line breaks do not end sentences).
 */
export function sentenceSpans(text: string, locale = 'en'): SentenceSpan[] {
  let segmenter = SENTENCE_SEGMENTERS.get(locale);
  if (!segmenter) SENTENCE_SEGMENTERS.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  const flat = text.replace(/[\r\n\u2028\u2029]/g, ' ');
  const breaks = new Set<number>();
  for (const { index } of segmenter.segment(flat)) if (index > 0) breaks.add(index);
  for (const m of flat.matchAll(BEFORE_NUMBER)) if (m.index > 0) breaks.add(m.index);
  const out: SentenceSpan[] = [];
  let start = 0;
  for (const at of [...[...breaks].sort((x, y) => x - y), flat.length]) {
    if (at <= start) continue;
    const last = out.at(-1);
    const before = last && flat.slice(last.start, last.end);
    const joins = before !== undefined && (LATIN_END.test(before) || ABBREVIATION.test(before) || LOWER_START.test(flat.slice(start, at)));
    if (last && joins) last.end = at;
    else out.push({ start, end: at });
    start = at;
  }
  return out;
}

/** The sentences of a text, white space collapsed and trimmed (abbreviations such as "U.S." stay inside a sentence). */
export function sentences(text: string, locale = 'en'): string[] {
  const flat = text.replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim();
  return sentenceSpans(flat, locale).map(({ start, end }) => flat.slice(start, end).trim()).filter(Boolean);
}

/** The first `count` sentences of the body's paragraphs before its first `##` heading. */
export function leadSentences(tree: Root, count: number): string[] {
  const out: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') break;
    if (node.type !== 'paragraph') continue;
    out.push(...sentences(toString(node)));
    if (out.length >= count) break;
  }
  return out.slice(0, count);
}

/** Reading time in whole minutes at 230 words a minute, at least 1. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
