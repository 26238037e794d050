/**
 * Finds sentences in an article body that state a number (a count, a percentage, an amount of
 * money) without a `<Figure>` or `<Cite>` in the same sentence. `npm run check` reports each as a
 * warning: numbers are what readers quote, so each should say where it comes from.
 *
 * Dates are not numbers in this sense: "11 November 2025", "November 11, 2025", "August 2025",
 * "in 2018", "the 1990s", ISO dates, times, ordinals ("21st") and codes ("F-35", "G7") are ignored.
 * A four-digit number from 1500 to 2099 reads as a year unless it is money or a percentage.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { type Diagnostic, type Place, warning } from '../core/diagnostics.ts';
import { sentenceSpans } from '../core/text.ts';
import type { LoadedContent } from '../read/load.ts';
import { isJsxElement, jsxAttribute, nodePlace } from '../read/mdx-nodes.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?';

/** Money and percentages, found before dates are removed ("$2025" is money, not a year). */
const AMOUNT = [
  /[$€£¥]\s?\d+(?:[.,]\d+)*(?:\s?(?:million|billion|trillion|m|bn)\b)?/gu,
  /\b\d+(?:[.,]\d+)*\s?(?:%|percent\b|per cent\b)/gu,
  /\b\d+(?:[.,]\d+)*\s?(?:million|billion|trillion)?\s?(?:dollars|euros|pesos|bolívares|bolivares|pounds|USD|EUR|COP)\b/gu,
];

/** Dates and other digits that are not counts, removed before looking for counts. */
const NOT_A_COUNT = [
  /\b\d{4}-\d{2}(?:-\d{2})?\b/g,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b\\.?(?:,?\\s+\\d{4})?`, 'g'),
  new RegExp(`\\b(?:${MONTHS})\\b\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`, 'g'),
  new RegExp(`\\b(?:${MONTHS})\\b\\.?,?\\s+\\d{4}\\b`, 'g'),
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/gi,
  /\b\d{1,2}:\d{2}\b/g,
  /\b(?:1[5-9]|20)\d{2}(?:s|'s)?(?![\d,.]*\d)/g,
  /\b\d+(?:st|nd|rd|th)\b/g,
  /\b(?:Article|Section|Chapter|Resolution|Rule|Protocol|No\.)\s+\d+[\w()]*/g,
  /\b\p{L}+-?\d+[\p{L}\d]*\b/gu,
  /\b\d+\p{L}+\b/gu,
];

const COUNT = [/\b\d+(?:[.,]\d+)*\b/g, new RegExp(`\\b(?:(?:${NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\\b`, 'gi')];

/** The numbers a sentence states, in order of appearance; dates and years are left out. */
export function findNumbers(sentence: string): string[] {
  const found: { at: number; text: string }[] = [];
  let rest = sentence;
  const blank = (m: string) => ' '.repeat(m.length);
  for (const pattern of AMOUNT) {
    for (const m of rest.matchAll(pattern)) found.push({ at: m.index, text: m[0].trim() });
    rest = rest.replace(pattern, blank);
  }
  for (const pattern of NOT_A_COUNT) rest = rest.replace(pattern, blank);
  for (const pattern of COUNT) {
    for (const m of rest.matchAll(pattern)) found.push({ at: m.index, text: m[0] });
    rest = rest.replace(pattern, blank);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.text);
}

/** Components that attribute the sentence they stand in. */
const ATTRIBUTING = new Set(['Figure', 'Cite', 'Quote']);

export interface Attribution {
  /** The component: Figure, Cite or Quote. */
  component: string;
  /** Its id (Cite, Figure) or source (Quote). */
  id: string | undefined;
}

export interface Sentence {
  text: string;
  start: Place | undefined;
  attributed: boolean;
  /** The components that attribute it, in order. */
  attributions: Attribution[];
}

/** The sentences of one block of text (a paragraph or table cell), with their positions: `sentenceSpans` (src/core/text.ts) over the block's text. */
export function blockSentences(block: Parent): Sentence[] {
  /** The block's text, each text node with where it starts, and the attributing components at their offsets. */
  let text = '';
  const pieces: Array<{ offset: number; value: string; place: Place | undefined }> = [];
  const marks: Array<{ offset: number; attribution: Attribution }> = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'break') {
      const value = node.type === 'text' ? node.value : ' ';
      pieces.push({ offset: text.length, value, place: node.type === 'text' ? node.position?.start : undefined });
      text += value;
      return;
    }
    if (node.type === 'inlineCode' || node.type === 'html') return;
    if (node.type === 'mdxJsxTextElement' && node.name && ATTRIBUTING.has(node.name)) {
      marks.push({ offset: text.length, attribution: { component: node.name, id: jsxAttribute(node, node.name === 'Quote' ? 'source' : 'id') } });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  for (const child of block.children) walk(child as Nodes);
  /** The place of the first non-space character from `from` to `to` that has one. */
  const startPlace = (from: number, to: number): Place | undefined => {
    for (const piece of pieces) {
      if (!piece.place || piece.offset + piece.value.length <= from || piece.offset >= to) continue;
      let { line, column } = piece.place;
      for (let i = 0; i < piece.value.length && piece.offset + i < to; i++) {
        const ch = piece.value[i]!;
        if (piece.offset + i >= from && /\S/.test(ch)) return { line, column };
        if (ch === '\n') {
          line++;
          column = 1;
        } else column++;
      }
    }
    return undefined;
  };
  const spans = sentenceSpans(text).filter(({ start, end }) => text.slice(start, end).trim());
  const out: Sentence[] = spans.map(({ start, end }) => ({ text: text.slice(start, end), start: startPlace(start, end), attributed: false, attributions: [] }));
  for (const { offset, attribution } of marks) {
    // "…claim. <Cite />" attributes the sentence just closed: a mark before any word of a sentence belongs to the one before.
    let at = spans.findLastIndex((s) => s.start <= offset);
    if (at > 0 && !text.slice(spans[at]!.start, offset).trim()) at--;
    const target = out[Math.max(0, at)];
    if (!target) continue;
    target.attributed = true;
    target.attributions.push(attribution);
  }
  return out;
}

/** Warnings for the article body's sentences that state a number without a <Figure> or <Cite>. */
export function checkUnattributedNumbers(file: string, tree: Root): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visitBlock = (node: Nodes) => {
    if (isJsxElement(node) && node.name && ATTRIBUTING.has(node.name)) return;
    if (node.type === 'heading' || node.type === 'code') return;
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      for (const s of blockSentences(node)) {
        if (s.attributed) continue;
        const numbers = findNumbers(s.text);
        if (!numbers.length) continue;
        const list = numbers.map((n) => `"${n}"`).join(', ');
        out.push(
          warning(
            'unattributed-number',
            file,
            s.start ?? nodePlace(node),
            `a number (${list}) with no source in this sentence`,
            'add <Cite id="…" /> for the source that gives it, or use <Figure id="…" /> from content/figures.yaml',
          ),
        );
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visitBlock(child as Nodes);
  };
  visitBlock(tree);
  return out;
}

/** The check over a whole site: every article's body. */
export function checkArticleNumbers(content: Pick<LoadedContent, 'articles'>): Diagnostic[] {
  return content.articles.flatMap((a) => checkUnattributedNumbers(a.file, a.tree));
}
