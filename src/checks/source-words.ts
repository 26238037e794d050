/**
 * Unquoted source words: a run of eight or more words copied from an archived source
 * (`content/sources/<id>.txt`) without quotation marks. CONTRACT.md, "Facts and sources": words
 * taken from a source are either quoted and attributed, or paraphrased, never copied bare.
 *
 * Text inside `<Quote>` and inside quotation marks ("…", “…”) is the source's by design and is
 * skipped. Names (capitalised words that do not start a sentence, such as "Gustavo Petro" or
 * "U.S.") and a few stock phrases of news writing ("according to", "at least") are matched but
 * do not count towards the eight, so a copied list of countries or an attribution formula is not
 * flagged. Sources are indexed once as runs of eight words, so a page costs one look-up per word.
 */
import type { Nodes, Root } from 'mdast';
import { type Diagnostic, type Place, warning } from '../core/diagnostics.ts';
import { clip, foldTypography } from '../core/text.ts';
import type { LoadedContent } from '../read/load.ts';
import { isJsxElement } from '../read/mdx-nodes.ts';

/** How many consecutive words make a copied run. */
export const RUN = 8;

/** Phrases any report uses; their words do not count towards a run. Lower case, one space apart. */
const STOCK_PHRASES = ['according to', 'as of', 'at least', 'in a post on', 'it was not immediately clear', 'in the fight against', 'figures released by'].map((p) => p.split(' '));

const WORD = /[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*(?:(?<=\b\p{L})\.)?/gu;


export interface Word {
  /** Lower-cased, typographically folded (`foldTypography`). */
  key: string;
  /** Counts towards a run: not a name, not part of a stock phrase. */
  counts: boolean;
  text: string;
  /** The text node or field the word is in, and the word's offset in it: its place is worked out only when reported. */
  origin: { value: string; start: Place | undefined };
  offset: number;
}

/** A passage of a page: its words in order; words in quotation marks end up in separate segments. */
export type Segment = Word[];

/** Where a word is in its file. */
export function wordPlace(word: Word): Place | undefined {
  const { value, start } = word.origin;
  if (!start) return undefined;
  let line = start.line;
  let column = start.column;
  for (let i = 0; i < word.offset; i++) {
    if (value[i] === '\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

const GAP_MARKS = /["\u201c\u201d«».!?:;]/;

/** Splits pieces of text (with where each starts) into segments of unquoted words. */
export class SegmentBuilder {
  readonly segments: Segment[] = [];
  /** With the sources' words: a word no source has ends the segment, and short segments are dropped (they cannot hold a run). */
  private readonly vocabulary: ReadonlyMap<string, number> | undefined;
  constructor(vocabulary?: ReadonlyMap<string, number>) {
    this.vocabulary = vocabulary;
  }

  private current: Segment = [];
  private inQuote = false;
  /** Whether the next word starts a sentence (so its capital says nothing about a name). */
  private sentenceStart = true;

  add(raw: string, start: Place | undefined): void {
    const value = foldTypography(raw);
    const origin = { value, start };
    let last = 0;
    const scanGap = (gap: string) => {
      if (!GAP_MARKS.test(gap)) return;
      for (const ch of gap) {
        if (ch === '"' || ch === '\u201c' || ch === '\u201d' || ch === '«' || ch === '»') {
          const opening = ch === '\u201c' || ch === '«' ? true : ch === '\u201d' || ch === '»' ? false : !this.inQuote;
          if (opening !== this.inQuote) this.break();
          this.inQuote = opening;
        }
        if (/[.!?:;]/.test(ch)) this.sentenceStart = true;
      }
    };
    for (const m of value.matchAll(WORD)) {
      scanGap(value.slice(last, m.index));
      last = m.index + m[0].length;
      const text = m[0];
      const isName = !this.sentenceStart && /^\p{Lu}/u.test(text);
      this.sentenceStart = false;
      if (this.inQuote) continue;
      const key = text.toLowerCase().replace(/\.$/, '');
      if (this.vocabulary && !this.vocabulary.has(key)) {
        this.break();
        continue;
      }
      this.current.push({ key, counts: !isName, text, origin, offset: m.index });
    }
    scanGap(value.slice(last));
  }

  /** Ends the current segment (a quotation, a block boundary, a skipped element). */
  break(): void {
    if (this.current.length >= (this.vocabulary ? RUN : 1)) this.segments.push(this.current);
    if (this.current.length) this.current = [];
  }

  /** Ends a block: quotation state and sentence state start again. */
  endBlock(): void {
    this.break();
    this.inQuote = false;
    this.sentenceStart = true;
  }

  finish(): Segment[] {
    this.endBlock();
    for (const segment of this.segments) markStockPhrases(segment);
    return this.segments;
  }
}

const STOCK_FIRST_WORDS = new Set(STOCK_PHRASES.map((p) => p[0]!));

function markStockPhrases(segment: Segment): void {
  for (let i = 0; i < segment.length; i++) {
    if (!STOCK_FIRST_WORDS.has(segment[i]!.key)) continue;
    for (const phrase of STOCK_PHRASES) {
      if (phrase.every((w, j) => segment[i + j]?.key === w)) for (let j = 0; j < phrase.length; j++) segment[i + j]!.counts = false;
    }
  }
}

/** The words of a source text, lower-cased, in order. */
export function sourceWords(text: string): string[] {
  return [...foldTypography(text.normalize('NFC')).matchAll(WORD)].map((m) => m[0].toLowerCase().replace(/\.$/, ''));
}

/** The archived sources as runs of RUN words: each word numbered once, each run keyed by its numbers. */
export interface SourceRuns {
  words: Map<string, number>;
  /** `3,17,4,…` (RUN word numbers) → the id of the first source that has the run. */
  runs: Map<string, string>;
}

export function indexSources(texts: ReadonlyMap<string, string>): SourceRuns {
  const words = new Map<string, number>();
  const runs = new Map<string, string>();
  for (const [id, text] of texts) {
    const ids = sourceWords(text).map((w) => {
      let n = words.get(w);
      if (n === undefined) words.set(w, (n = words.size));
      return n;
    });
    for (let i = 0; i + RUN <= ids.length; i++) {
      const key = ids.slice(i, i + RUN).join(',');
      if (!runs.has(key)) runs.set(key, id);
    }
  }
  return { words, runs };
}

export interface CopiedRun {
  source: string;
  words: Word[];
}

/** Runs of a segment found word for word in a source, with at least RUN words that count. */
export function findCopiedRuns(segment: Segment, index: SourceRuns): CopiedRun[] {
  if (segment.length < RUN) return [];
  const ids = segment.map((w) => index.words.get(w.key) ?? -1);
  const covered: (string | undefined)[] = new Array(segment.length);
  // A window with a word no source has cannot match: start after the last such word.
  let known = 0;
  for (let end = 0; end < ids.length; end++) {
    known = ids[end]! < 0 ? 0 : known + 1;
    if (known < RUN) continue;
    const i = end - RUN + 1;
    const source = index.runs.get(ids.slice(i, end + 1).join(','));
    if (source) for (let j = i; j <= end; j++) covered[j] ??= source;
  }
  const out: CopiedRun[] = [];
  for (let i = 0; i < segment.length; ) {
    if (!covered[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end < segment.length && covered[end]) end++;
    const words = segment.slice(i, end);
    if (words.filter((w) => w.counts).length >= RUN) out.push({ source: covered[i]!, words });
    i = end;
  }
  return out;
}

/** The unquoted words of an MDX body, block by block; `<Quote>`, code and raw HTML are skipped. */
export function bodySegments(tree: Root, vocabulary?: ReadonlyMap<string, number>): Segment[] {
  const builder = new SegmentBuilder(vocabulary);
  const walk = (node: Nodes) => {
    if (isJsxElement(node) && node.name === 'Quote') return builder.break();
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return builder.break();
    if (node.type === 'text') return builder.add(node.value, node.position?.start);
    if (node.type === 'break') return;
    const block = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
    if (block) builder.endBlock();
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (block) builder.endBlock();
  };
  walk(tree);
  return builder.finish();
}

/** The unquoted words of one frontmatter or YAML text field. */
export function textSegments(text: string, vocabulary?: ReadonlyMap<string, number>): Segment[] {
  const builder = new SegmentBuilder(vocabulary);
  builder.add(text, undefined);
  return builder.finish();
}

function excerpt(words: Word[]): string {
  const text = words.map((w) => w.text).join(' ');
  return clip(text, 70);
}

function diagnose(file: string, run: CopiedRun, fallback: Place | undefined): Diagnostic {
  return warning(
    'unquoted-source-words',
    file,
    wordPlace(run.words[0]!) ?? fallback,
    `these ${run.words.length} words are the source's (${run.source}): "${excerpt(run.words)}"`,
    'quote and attribute them, or paraphrase',
  );
}

export function checkSourceWords(content: Pick<LoadedContent, 'sourceTexts' | 'articles' | 'actors' | 'terms' | 'timeline' | 'figures'>): Diagnostic[] {
  if (!content.sourceTexts.size) return [];
  const runs = indexSources(content.sourceTexts);
  const out: Diagnostic[] = [];
  const field = (file: string, text: string | undefined, place: () => Place) => {
    if (!text) return;
    for (const segment of textSegments(text, runs.words)) for (const run of findCopiedRuns(segment, runs)) out.push(diagnose(file, run, place()));
  };
  for (const doc of [...content.articles, ...content.actors, ...content.terms]) {
    const data = doc.data as { title?: string; dek?: string; summary?: string };
    for (const key of ['title', 'dek', 'summary'] as const) field(doc.file, data[key], () => doc.yaml.locate([key]));
    for (const segment of bodySegments(doc.tree, runs.words)) for (const run of findCopiedRuns(segment, runs)) out.push(diagnose(doc.file, run, undefined));
  }
  for (const event of content.timeline) {
    for (const key of ['title', 'summary'] as const) field(event.file, event.data[key], () => event.yaml.locate([event.index, key]));
  }
  for (const figure of content.figures) {
    field(figure.file, figure.data.label, () => figure.yaml.locate([figure.index, 'label']));
    figure.data.claims.forEach((claim, i) => {
      field(figure.file, claim.note, () => figure.yaml.locate([figure.index, 'claims', i, 'note']));
    });
  }
  return out;
}
