import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clip, foldForMatching, foldKey, foldProse, foldTypography, graphemes, sentences, sentenceSpans, stripAccents } from '../../../src/core/text.ts';

/** Every typographic character of the one table, with its ASCII form. */
const TABLE: Array<[string, string]> = [
  ...[...'\u2018\u2019\u201a\u201b\u2032`'].map((c) => [c, "'"] as [string, string]),
  ...[...'\u201c\u201d\u201e\u201f\u2033«»'].map((c) => [c, '"'] as [string, string]),
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212'].map((c) => [c, '-'] as [string, string]),
  ...[...'\u00a0\u2007\u202f'].map((c) => [c, ' '] as [string, string]),
];

describe('folding', () => {
  it.each(TABLE)('folds %s to ASCII, keeping the length', (ch, ascii) => {
    expect(foldTypography(`a${ch}b`)).toBe(`a${ascii}b`);
    expect(foldForMatching(`á${ch}b`)).toBe(`a${ascii}b`);
  });

  it('leaves other text alone', () => {
    expect(foldTypography('Nicolás … “')).toBe('Nicolás … "');
    expect(foldTypography('plain ASCII, "quoted" - it\'s')).toBe('plain ASCII, "quoted" - it\'s');
  });

  it('strips accents but keeps letters', () => {
    expect(stripAccents('Nicolás Núñez, cocaína')).toBe('Nicolas Nunez, cocaina');
  });

  it('foldForMatching keeps every offset, even where a base letter is not one unit', () => {
    const text = 'Padrino López — O’Brien 👍🏽 e\u0301 ñ';
    expect(foldForMatching(text)).toHaveLength(text.length);
    expect(foldForMatching(text)).toBe("Padrino Lopez - O'Brien 👍🏽 e\u0301 n");
  });

  it('compares names case- and accent-insensitively', () => {
    expect(foldKey('Padrino López')).toBe(foldKey('padrino lopez'));
    expect(foldKey('war‑crimes')).toBe(foldKey('war-crimes'));
    expect(foldKey('War crimes')).toBe(foldKey('war-crimes'));
    expect(foldKey('war \n crimes')).toBe(foldKey('war—crimes'));
    expect(foldKey('war\u2212crimes')).toBe(foldKey('war crimes'));
    expect(foldKey('O‛Brien')).toBe(foldKey("O'Brien"));
    expect(foldKey('U.S.')).not.toBe(foldKey('US'));
    expect(foldKey('Coca')).not.toBe(foldKey('Cocaína'));
  });

  it.each(TABLE)('a name key does not change when the text is first folded for matching (%s): auto-linking looks up what it matched', (ch) => {
    const name = `Ó${ch}Brien War${ch}crimes`;
    expect(foldKey(foldForMatching(name))).toBe(foldKey(name));
  });

  it('foldProse folds typesetting, not words: quotes, dashes, ellipses, spaces', () => {
    expect(foldProse('  “Yes,” he said — ‘no’…\n\tthen ')).toBe(`"Yes," he said - 'no'... then`);
    expect(foldProse('Cafe\u0301')).toBe('Café');
    expect(foldProse('Nicolás')).not.toBe('Nicolas');
  });
});

/** Texts whose graphemes are more than one code point, or more than one UTF-16 unit. */
const CLUSTERS = [
  'Family 👨‍👩‍👧‍👦 and a thumbs up 👍🏽 with flags 🇨🇴🇻🇪 and keycaps 1️⃣ plus café (e\u0301) and ñ (n\u0303)',
  '👨‍👩‍👧‍👦👨‍👩‍👧‍👦👍🏽🇨🇴🇻🇪🏳️‍🌈e\u0301\u0302x',
  'الرئيس نيكولاس مادورو قال إن الولايات المتحدة تهدد سيادة فنزويلا في منطقة البحر الكاريبي',
  'राष्ट्रपति निकोलस मादुरो ने कहा कि संयुक्त राज्य अमेरिका वेनेज़ुएला की संप्रभुता के लिए ख़तरा है',
  '委内瑞拉政府称美国在加勒比海南部的海军集结是对其主权的威胁',
];

describe('clip', () => {
  it('returns text that fits as it is', () => {
    expect(clip('short', 5)).toBe('short');
    expect(clip('👨‍👩‍👧‍👦👍🏽', 2)).toBe('👨‍👩‍👧‍👦👍🏽');
  });

  it('cuts at a word, drops clause punctuation before the ellipsis, and counts graphemes', () => {
    expect(clip('one two three four', 12)).toBe('one two…');
    expect(clip('one two, three four', 12)).toBe('one two…');
    expect(clip('Supercalifragilistic', 8)).toBe('Superca…');
    expect(clip('e\u0301e\u0301e\u0301e\u0301e\u0301', 4)).toBe('e\u0301e\u0301e\u0301…');
  });

  it.each(CLUSTERS)('never splits a grapheme or leaves a lone surrogate, at any length: %s', (text) => {
    const all = graphemes(text);
    for (let max = 1; max <= all.length + 1; max++) {
      const out = clip(text, max);
      expect(graphemes(out).length).toBeLessThanOrEqual(max);
      expect(out.isWellFormed()).toBe(true);
      if (out === text) continue;
      expect(out.endsWith('…')).toBe(true);
      const kept = out.slice(0, -1);
      // What is kept is the text's first graphemes, whole.
      expect(text.startsWith(kept)).toBe(true);
      expect(graphemes(kept)).toEqual(all.slice(0, graphemes(kept).length));
    }
  });

  it('cuts Arabic and Devanagari between words, and text without spaces at a word the segmenter finds', () => {
    expect(clip(CLUSTERS[2]!, 20)).toBe('الرئيس نيكولاس…');
    const hindi = clip(CLUSTERS[3]!, 12);
    expect(hindi).toBe('राष्ट्रपति निकोलस…');
    expect(graphemes(hindi).length).toBeLessThanOrEqual(12);
    // No spaces: the cut falls where the word segmenter puts a boundary, not in the middle of a word.
    const chinese = clip(CLUSTERS[4]!, 10).slice(0, -1);
    const words = new Intl.Segmenter('zh', { granularity: 'word' });
    expect([...words.segment(CLUSTERS[4]!)].some((s) => s.index === chinese.length)).toBe(true);
  });
});

describe('sentences', () => {
  it('splits at . ! ? before a capital, a digit or a quotation', () => {
    expect(sentences('It began. At least 75 died! Why? "Nobody knows." 30 more came.')).toEqual(['It began.', 'At least 75 died!', 'Why?', '"Nobody knows."', '30 more came.']);
  });

  it('keeps abbreviations inside the sentence: single letters, titles', () => {
    expect(sentences('The U.S. Department of the Treasury acted. The USS Gerald R. Ford sailed. Dr. Smith and Mr. Jones met in Washington, D.C. on Monday.')).toEqual([
      'The U.S. Department of the Treasury acted.',
      'The USS Gerald R. Ford sailed.',
      'Dr. Smith and Mr. Jones met in Washington, D.C. on Monday.',
    ]);
  });

  it('does not end a sentence before a lower-case word, or where no space follows', () => {
    expect(sentences('Was it? no one said. The U.S.-led strikes, 3.5 km away, e.g. here.')).toEqual(['Was it? no one said.', 'The U.S.-led strikes, 3.5 km away, e.g. here.']);
  });

  it('splits other scripts at their own marks', () => {
    expect(sentences('قال الرئيس ذلك. هل هذا صحيح؟ نعم.')).toEqual(['قال الرئيس ذلك.', 'هل هذا صحيح؟', 'نعم.']);
    expect(sentences('राष्ट्रपति ने कहा। यह सच है।')).toEqual(['राष्ट्रपति ने कहा।', 'यह सच है।']);
    expect(sentences('政府发表了声明。美国否认了。')).toEqual(['政府发表了声明。', '美国否认了。']);
  });

  it('gives spans that cover the text, a line break being a space', () => {
    const text = 'One line\ngoes on. Two.\nThree.';
    const spans = sentenceSpans(text);
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['One line\ngoes on. ', 'Two.\n', 'Three.']);
  });
});

// ---------------------------------------------------------------------------------------------
// One home: a second copy of these rules anywhere in src/ or scripts/ fails here.

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')]));
const HOME = 'src/core/text.ts';
const FILES = [...walk('src'), ...walk('scripts')].filter((f) => /\.(ts|mts|mjs|astro)$/.test(f) && f !== HOME);

/** `file:line: text` for each line of `lines` (file → text) that `test` accepts. */
function offending(test: (line: string) => boolean, files: ReadonlyMap<string, string>): string[] {
  return [...files].flatMap(([file, text]) => text.split('\n').flatMap((line, i) => (test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
}

const unit = (ch: string) => `\\\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`;
/** A typographic character of a group, written literally or as a `\uXXXX` escape (or a range starting at one). */
const GROUPS: Array<{ chars: string; ascii: RegExp }> = [
  { chars: '\u2018\u2019\u201a\u201b\u2032', ascii: /"'"|'\\''|`'`/ },
  { chars: '\u201c\u201d\u201e\u201f\u2033«»', ascii: /'"'|"\\""|`"`/ },
  { chars: '\u2010\u2011\u2012\u2013\u2014\u2015\u2212', ascii: /(?:^|[^\w-])['"`]-['"`]/ },
  { chars: '\u2026', ascii: /['"`]\.\.\.['"`]/ },
].map(({ chars, ascii }) => ({ chars: `(?:[${chars}]|${[...chars].map(unit).join('|')})`, ascii }));

/** A folding entry: a typographic character and its ASCII replacement on one line. */
const isFoldingEntry = (line: string) => /\.replace(?:All)?\(|\breturn\b|=>/.test(line) && GROUPS.some(({ chars, ascii }) => new RegExp(chars, 'iu').test(line) && ascii.test(line));
/** A clipper: a prefix taken (`slice(0,`, `substring(0,`, `substr(0,`) with an ellipsis put after it (`${…}…`, `+ '…'`). */
const isClipper = (line: string) => /\.(?:slice|substring|substr)\(0,/.test(line) && /\}(?:…|\\u2026|\.\.\.)|\+\s*['"`](?:…|\\u2026|\.\.\.)/.test(line);
/**
 * A sentence splitter: a class of sentence-ending marks followed by white space in one pattern, a
 * character tested against exactly the three marks (a scanner's sentence end), or a sentence segmenter.
 */
const isSentenceSplitter = (line: string) =>
  /\[[^\]\n]*(?:\.[^\]\n]*[!?]|[!?][^\]\n]*\.)[^\]\n]*\][^/\n]{0,30}\\s/.test(line) ||
  /\/\[(?=[.!?]{3}\])(?=[^\]]*\.)(?=[^\]]*!)(?=[^\]]*\?)[.!?]{3}\]\/u?\.test\(/.test(line) ||
  /granularity:\s*['"]sentence['"]/.test(line);

const tree = new Map(FILES.map((f) => [f, readFileSync(f, 'utf8')]));

describe('one home for the text rules (src/core/text.ts)', () => {
  it('no second table of typographic folding', () => {
    expect(offending(isFoldingEntry, tree)).toEqual([]);
  });

  it('no second clipper', () => {
    expect(offending(isClipper, tree)).toEqual([]);
  });

  it('no second sentence splitter', () => {
    expect(offending(isSentenceSplitter, tree)).toEqual([]);
  });

  it('each guard finds the copies it is for (the ones this tree had)', () => {
    const planted = new Map([
      ['planted.ts', [
        `.replace(/[\\u2018\\u2019]/g, "'")`,
        `if (ch === '\\u2019' || ch === '\\u2018') return "'";`,
        `.replace(/[\\u201c\\u201d\\u201e\\u201f\\u2033«»]/g, '"')`,
        `.replace(/[\\u2010-\\u2015\\u2212]/g, '-')`,
        `if (ch === '\\u2010' || ch === '\\u2011') return '-';`,
        `.replace(/\\u2026/g, '...')`,
        `.replace(/[‘’]/g, "'")`,
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a planted copy of old code, as text.
        'return text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text;',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a planted copy of old code, as text.
        "return `${[...text].slice(0, max - 1).join('')}…`;",
        "s.substring(0, 10) + '\\u2026'",
        'summary.split(/(?<=[.!?])\\s+/u)',
        'flat.split(/(?<=(?<![A-Z]\\.[A-Z])(?<!\\b[A-Z])[.!?]["”’)]?)\\s+(?=["“‘(]?\\p{Lu})/u)',
        "new Intl.Segmenter('en', { granularity: 'sentence' })",
        'if (/[.!?]/.test(ch)) {',
      ].join('\n')],
    ]);
    expect(offending(isFoldingEntry, planted)).toHaveLength(7);
    expect(offending(isClipper, planted)).toHaveLength(3);
    expect(offending(isSentenceSplitter, planted)).toHaveLength(4);
  });

  it('the home itself holds each rule (so the guards look for the right thing)', () => {
    const home = new Map([[HOME, readFileSync(HOME, 'utf8')]]);
    expect(offending(isSentenceSplitter, home).length).toBeGreaterThan(0);
  });
});
