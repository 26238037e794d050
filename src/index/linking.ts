/**
 * Auto-linking: the first mention of every term and actor in each section of a body becomes a
 * `<Term>`/`<Actor>` element. Whole words only (Unicode letters), accent-insensitive, longest
 * match first, never inside headings, links, code or quotations. Pure mdast → mdast.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { sentences } from '../read/text.ts';
import { isJsxElement, jsxAttribute } from '../read/mdx-nodes.ts';

export type LinkKind = 'term' | 'actor';

export interface LinkTarget {
  kind: LinkKind;
  id: string;
}

export interface LinkName extends LinkTarget {
  /** A name, term or alias as written in content. */
  text: string;
}

export interface Mention extends LinkTarget {
  /** 0-based section index: the text before the first `##` is section 0. */
  section: number;
  /** The id of the element that marks this mention in the page, for "Mentioned in" links. */
  anchor: string;
  /** The sentence around the mention. */
  snippet: string;
  /** Whether the author wrote the link (`<Term>`) or the build found it. */
  explicit: boolean;
}

export interface Matcher {
  /** Every name as one whole-word pattern (longest first). `findNames` gives the same matches, faster. */
  regex: RegExp;
  /** Folded name → target. */
  targets: Map<string, LinkTarget>;
  /**
   * The same alternatives grouped by their (lower-cased) first character, each a sticky regex:
   * at a word start only the names that can begin there are tried. With ~1,000 names, one big
   * alternation tried at every position dominated `npm run check` and the build.
   */
  byFirst: Map<string, RegExp>;
}

const COMPONENT_FOR: Record<LinkKind, string> = { term: 'Term', actor: 'Actor' };
const KIND_FOR: Record<string, LinkKind> = { Term: 'term', Actor: 'actor' };
/** Elements whose text is never auto-linked. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'blockquote', 'definition', 'footnoteDefinition', 'image', 'imageReference', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);
/** Components whose content is not prose of the page's own (quotations) or is a link already. */
const SKIP_COMPONENTS = new Set(['Quote', 'Cite', 'Figure', 'q', 'cite', 'abbr']);

/**
 * Folds one character for matching without changing string offsets: accents are dropped
 * (á → a, ñ → n) and typographic hyphens and apostrophes become ASCII.
 */
function foldChar(ch: string): string {
  // ASCII never changes; skipping normalize() for it makes folding ~10× faster on English text.
  if (ch.charCodeAt(0) < 0x80) return ch;
  if (ch === '\u2010' || ch === '\u2011' || ch === '\u2012' || ch === '\u2013') return '-';
  if (ch === '\u2019' || ch === '\u2018') return "'";
  if (ch === '\u00a0') return ' ';
  const folded = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  return folded.length === ch.length ? folded : ch;
}

export function foldForMatching(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern for one name. The first letter is always case-insensitive ("Coca" matches
 * "coca"); the rest is case-insensitive only when the name writes it in lower case, so
 * "U.S." never matches "us" and "EU" never matches "eu".
 */
function namePattern(name: string): string {
  const folded = foldForMatching(name.trim()).replace(/\s+/g, ' ');
  const restIsLower = folded.slice(1) === folded.slice(1).toLowerCase();
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (ch === ' ') {
      // A space in a name also matches a line break or a hyphen: "war crimes" finds "war-crimes".
      out += '[\\s-]+';
      continue;
    }
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if ((i === 0 || restIsLower) && lower !== upper) out += `[${escapeRegex(lower)}${escapeRegex(upper)}]`;
    else out += escapeRegex(ch);
  }
  return out;
}

/** Key under which a matched piece of text finds its target (case and accents folded). */
function matchKey(text: string): string {
  return foldForMatching(text).replace(/[\s-]+/g, ' ').toLowerCase();
}

export function createMatcher(names: readonly LinkName[]): Matcher {
  const targets = new Map<string, LinkTarget>();
  const unique: LinkName[] = [];
  for (const name of names) {
    const key = matchKey(name.text);
    if (!key || targets.has(key)) continue;
    targets.set(key, { kind: name.kind, id: name.id });
    unique.push(name);
  }
  unique.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const alternatives = unique.map((n) => namePattern(n.text)).join('|');
  // Whole words: no letter, digit or joining mark right before or after.
  const regex = new RegExp(alternatives ? `(?<![\\p{L}\\p{N}\\p{M}_])(?:${alternatives})(?![\\p{L}\\p{N}\\p{M}_])` : '(?!)', 'gu');
  const groups = new Map<string, string[]>();
  for (const n of unique) {
    const first = firstChar(foldForMatching(n.text.trim())).toLowerCase();
    groups.set(first, [...(groups.get(first) ?? []), namePattern(n.text)]);
  }
  const byFirst = new Map([...groups].map(([first, patterns]) => [first, new RegExp(`(?:${patterns.join('|')})(?![\\p{L}\\p{N}\\p{M}_])`, 'uy')]));
  return { regex, targets, byFirst };
}

function firstChar(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

const WORD_CHAR_BEFORE = /[\p{L}\p{N}\p{M}_]$/u;

/** Every whole-word name in `text`, left to right, longest name first at each place: the matches of `matcher.regex`. */
export function* findNames(matcher: Matcher, text: string): Generator<{ index: number; text: string }> {
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const pattern = matcher.byFirst.get(String.fromCodePoint(code).toLowerCase());
    if (pattern && (i === 0 || !WORD_CHAR_BEFORE.test(text.slice(Math.max(0, i - 2), i)))) {
      pattern.lastIndex = i;
      const match = pattern.exec(text);
      if (match && match[0].length) {
        yield { index: i, text: match[0] };
        i += match[0].length;
        continue;
      }
    }
    i += width;
  }
}

export interface LinkOptions {
  matcher: Matcher;
  /** The page's own entry, never linked to itself. */
  self?: LinkTarget;
}


export function anchorFor(target: LinkTarget, section: number): string {
  return `mention-${target.kind}-${target.id}-${section}`;
}

/** Splits the root's children into sections at each `##` heading. */
function sections(tree: Root): RootContent[][] {
  const out: RootContent[][] = [[]];
  for (const child of tree.children) {
    if (child.type === 'heading' && child.depth === 2) out.push([]);
    out[out.length - 1]!.push(child);
  }
  return out;
}

const key = (t: LinkTarget) => `${t.kind}:${t.id}`;

/**
 * Links first mentions in place and returns every mention (explicit and automatic), each with
 * its anchor and sentence. Running it twice on the same tree adds nothing the second time.
 */
export function linkMentions(tree: Root, options: LinkOptions): Mention[] {
  const mentions: Mention[] = [];
  const selfKey = options.self ? key(options.self) : undefined;
  sections(tree).forEach((nodes, section) => {
    const seen = new Set<string>();
    if (selfKey) seen.add(selfKey);
    // An explicit <Term>/<Actor> anywhere in the section is that section's mention.
    for (const node of nodes) collectExplicit(node, undefined, section, seen, mentions);
    for (const node of nodes) linkIn(node, section, seen, mentions, options.matcher);
  });
  return mentions;
}

function collectExplicit(node: Nodes, block: Nodes | undefined, section: number, seen: Set<string>, mentions: Mention[]): void {
  if (isJsxElement(node) && node.name && KIND_FOR[node.name]) {
    const id = jsxAttribute(node, 'id');
    if (!id) return;
    const target: LinkTarget = { kind: KIND_FOR[node.name]!, id };
    if (seen.has(key(target))) return;
    seen.add(key(target));
    const anchor = anchorFor(target, section);
    if (!jsxAttribute(node, 'mention')) node.attributes.push({ type: 'mdxJsxAttribute', name: 'mention', value: anchor });
    const snippet = sentenceAround(toString(block ?? node), toString(node));
    mentions.push({ ...target, section, anchor, snippet, explicit: true });
    return;
  }
  const inner = node.type === 'paragraph' || node.type === 'tableCell' ? node : block;
  if ('children' in node) for (const child of node.children as Nodes[]) collectExplicit(child, inner, section, seen, mentions);
}

function linkIn(node: Nodes, section: number, seen: Set<string>, mentions: Mention[], matcher: Matcher): void {
  if (SKIP.has(node.type)) return;
  if (isJsxElement(node) && (!node.name || KIND_FOR[node.name] || SKIP_COMPONENTS.has(node.name))) return;
  if (node.type === 'paragraph' || node.type === 'tableCell') {
    linkPhrasing(node, section, seen, mentions, matcher);
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) linkIn(child, section, seen, mentions, matcher);
}

/** Quotation state carried across the text nodes of one paragraph. */
interface QuoteState {
  open: boolean;
}

function linkPhrasing(block: Parent, section: number, seen: Set<string>, mentions: Mention[], matcher: Matcher): void {
  const state: QuoteState = { open: false };
  const walk = (container: Parent) => {
    for (let i = 0; i < container.children.length; i++) {
      const child = container.children[i] as Nodes;
      if (child.type === 'text') {
        const replacement = linkText(child, state, block, section, seen, mentions, matcher);
        if (replacement) {
          container.children.splice(i, 1, ...(replacement as typeof container.children));
          i += replacement.length - 1;
        }
        continue;
      }
      if (SKIP.has(child.type)) continue;
      if (isJsxElement(child) && (!child.name || KIND_FOR[child.name] || SKIP_COMPONENTS.has(child.name))) continue;
      if ('children' in child) walk(child as Parent);
    }
  };
  walk(block);
}

/** Character ranges of `text` that lie outside quotation marks, updating the carried state. */
function unquotedRanges(text: string, state: QuoteState): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = state.open ? -1 : 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const opens = ch === '\u201c' || (ch === '"' && !state.open);
    const closes = ch === '\u201d' || (ch === '"' && state.open);
    if (opens && !state.open) {
      if (start >= 0 && i > start) ranges.push([start, i]);
      state.open = true;
      start = -1;
    } else if (closes && state.open) {
      state.open = false;
      start = i + 1;
    }
  }
  if (!state.open && start >= 0 && start < text.length) ranges.push([start, text.length]);
  return ranges;
}

function linkText(node: Text, state: QuoteState, block: Parent, section: number, seen: Set<string>, mentions: Mention[], matcher: Matcher): PhrasingContent[] | undefined {
  const value = node.value;
  const folded = foldForMatching(value);
  const cuts: Array<{ start: number; end: number; target: LinkTarget }> = [];
  for (const [from, to] of unquotedRanges(value, state)) {
    const segment = folded.slice(from, to);
    for (const match of findNames(matcher, segment)) {
      const target = matcher.targets.get(matchKey(match.text));
      if (!target || seen.has(key(target))) continue;
      seen.add(key(target));
      cuts.push({ start: from + match.index, end: from + match.index + match.text.length, target });
    }
  }
  if (!cuts.length) return undefined;
  const blockText = toString(block as Nodes);
  const out: PhrasingContent[] = [];
  let position = 0;
  for (const cut of cuts) {
    if (cut.start > position) out.push({ type: 'text', value: value.slice(position, cut.start) });
    const text = value.slice(cut.start, cut.end);
    const anchor = anchorFor(cut.target, section);
    const element: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: COMPONENT_FOR[cut.target.kind],
      attributes: [
        { type: 'mdxJsxAttribute', name: 'id', value: cut.target.id },
        { type: 'mdxJsxAttribute', name: 'mention', value: anchor },
        { type: 'mdxJsxAttribute', name: 'auto', value: null },
      ],
      children: [{ type: 'text', value: text }],
    };
    out.push(element);
    mentions.push({ ...cut.target, section, anchor, snippet: sentenceAround(blockText, text), explicit: false });
    position = cut.end;
  }
  if (position < value.length) out.push({ type: 'text', value: value.slice(position) });
  return out;
}

/** The sentence of `text` that contains `needle` (abbreviations such as "U.S." do not end it), trimmed to a readable length. */
export function sentenceAround(text: string, needle: string): string {
  const all = sentences(text);
  const found = needle ? all.find((s) => s.includes(needle)) : undefined;
  return clip(found ?? all.join(' '));
}

function clip(text: string, max = 240): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;
}
