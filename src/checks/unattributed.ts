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
const ABBREVIATION = /(?:^|[\s(])(?:(?:\p{L}\.)+|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jr|Sr|Prof|vs|No|Inc|Ltd|Co)\.$/u;

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

/** The sentences of one block of text (a paragraph or table cell), with their positions. */
export function blockSentences(block: Parent): Sentence[] {
  const out: Sentence[] = [];
  const fresh = (): Sentence => ({ text: '', start: undefined, attributed: false, attributions: [] });
  let current = fresh();
  const close = () => {
    if (current.text.trim()) out.push(current);
    current = fresh();
  };
  const addText = (value: string, place: Place | undefined) => {
    let line = place?.line;
    let column = place?.column;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (!current.start && /\S/.test(ch) && line !== undefined && column !== undefined) current.start = { line, column };
      current.text += ch;
      if (ch === '\n') {
        if (line !== undefined) line++;
        column = 1;
      } else if (column !== undefined) column++;
      // A sentence ends at . ! ? (and a closing quote), then white space, then a capital or the block's end.
      if (/[.!?]/.test(ch)) {
        let j = i + 1;
        while (j < value.length && /["”’)]/.test(value[j]!)) j++;
        const after = value.slice(j);
        const next = /^\s+(["“‘(]?)(\S)?/u.exec(after);
        const ends = j === value.length || (next !== null && (next[2] === undefined || /\p{Lu}|\d/u.test(next[2])));
        if (ends && !(ch === '.' && ABBREVIATION.test(current.text.trimStart()))) {
          current.text += value.slice(i + 1, j);
          if (column !== undefined) column += j - i - 1;
          i = j - 1;
          close();
        }
      }
    }
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') return addText(node.value, node.position?.start);
    if (node.type === 'break') return addText(' ', undefined);
    if (node.type === 'inlineCode' || node.type === 'html') return;
    if (node.type === 'mdxJsxTextElement' && node.name && ATTRIBUTING.has(node.name)) {
      // "…claim. <Cite />" attributes the sentence just closed.
      const target = !current.text.trim() && out.length ? out.at(-1)! : current;
      target.attributed = true;
      target.attributions.push({ component: node.name, id: jsxAttribute(node, node.name === 'Quote' ? 'source' : 'id') });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  for (const child of block.children) walk(child as Nodes);
  close();
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
