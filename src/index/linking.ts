/**
 * Auto-linking: the first mention of every term and actor in each section of a body becomes a
 * `<Term>`/`<Actor>` element. Whole words only (Unicode letters), accent-insensitive, longest
 * match first, never inside headings, links, code or quotations. Pure: `linkMentions` returns a new
 * tree (sharing every unchanged node with its input) and the mentions it found; the input is left
 * as it was. Names are searched in `foldForMatching` text and compared with `foldKey` (src/core/text.ts),
 * the same rule the uniqueness check uses, so two names that would link alike cannot both pass `npm run check`.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { entryKey } from '../core/kinds.ts';
import { clip, foldForMatching, foldKey, sentences } from '../core/text.ts';
import { isJsxElement, type JsxElement, jsxAttribute } from '../read/mdx-nodes.ts';

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
  /** `foldKey` of a name → target. */
  targets: Map<string, LinkTarget>;
  /**
   * Every `namePattern`, longest first, grouped by its (lower-cased) first character, each a sticky regex:
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

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern for one name (without the whole-word guards). The first letter is always case-insensitive ("Coca" matches
 * "coca"); the rest is case-insensitive only when the name writes it in lower case, so
 * "U.S." never matches "us" and "EU" never matches "eu".
 */
export function namePattern(name: string): string {
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

export function createMatcher(names: readonly LinkName[]): Matcher {
  const targets = new Map<string, LinkTarget>();
  const unique: LinkName[] = [];
  for (const name of names) {
    // Two names with one key are an error of `npm run check` (src/read/references.ts); the first is kept.
    const key = foldKey(name.text);
    if (!key || targets.has(key)) continue;
    targets.set(key, { kind: name.kind, id: name.id });
    unique.push(name);
  }
  unique.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const groups = new Map<string, string[]>();
  for (const n of unique) {
    const first = firstChar(foldForMatching(n.text.trim())).toLowerCase();
    groups.set(first, [...(groups.get(first) ?? []), namePattern(n.text)]);
  }
  const byFirst = new Map([...groups].map(([first, patterns]) => [first, new RegExp(`(?:${patterns.join('|')})(?![\\p{L}\\p{N}\\p{M}_])`, 'uy')]));
  return { targets, byFirst };
}

function firstChar(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

const WORD_CHAR_BEFORE = /[\p{L}\p{N}\p{M}_]$/u;

/**
 * Every whole-word name in `text` (no letter, digit or joining mark right before or after), left
 * to right, longest name first at each place: what one alternation of every `namePattern`,
 * longest first, would match.
 */
export function* findNames(matcher: Matcher, text: string): Generator<{ index: number; text: string }> {
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const pattern = matcher.byFirst.get(String.fromCodePoint(code).toLowerCase());
    if (pattern && (i === 0 || !WORD_CHAR_BEFORE.test(text.slice(Math.max(0, i - 2), i)))) {
      pattern.lastIndex = i;
      const match = pattern.exec(text);
      if (match?.[0].length) {
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

const key = (t: LinkTarget) => entryKey(t.kind, t.id);

export interface Linked {
  /** The body with its first mentions linked: a new tree; unchanged nodes are shared with the input. */
  tree: Root;
  /** Every mention (explicit and automatic), each with its anchor and sentence. */
  mentions: Mention[];
}

/** What one section's walk finds and changes. */
interface SectionState {
  section: number;
  /** `kind:id` of every entry this section mentions already. */
  seen: Set<string>;
  mentions: Mention[];
  matcher: Matcher;
  /** Explicit `<Term>`/`<Actor>` elements that get a `mention` anchor. */
  anchors: Map<JsxElement, string>;
}

/**
 * Links first mentions and returns the linked tree with every mention. The input tree is not
 * changed; running it on its own output adds nothing.
 */
export function linkMentions(tree: Root, options: LinkOptions): Linked {
  const mentions: Mention[] = [];
  const anchors = new Map<JsxElement, string>();
  const selfKey = options.self ? key(options.self) : undefined;
  const children: RootContent[] = sections(tree).flatMap((nodes, section) => {
    const state: SectionState = { section, seen: new Set(selfKey ? [selfKey] : []), mentions, matcher: options.matcher, anchors };
    // An explicit <Term>/<Actor> anywhere in the section is that section's mention.
    for (const node of nodes) collectExplicit(node, undefined, state);
    return nodes.map((node) => linkIn(node, state) as RootContent);
  });
  const linked = changed(tree.children, children) ? { ...tree, children } : tree;
  return { tree: anchors.size ? withAnchors(linked, anchors) as Root : linked, mentions };
}

const changed = (before: readonly unknown[], after: readonly unknown[]) => after.some((node, i) => node !== before[i]);

function collectExplicit(node: Nodes, block: Nodes | undefined, state: SectionState): void {
  if (isJsxElement(node) && node.name && KIND_FOR[node.name]) {
    const id = jsxAttribute(node, 'id');
    if (!id) return;
    const target: LinkTarget = { kind: KIND_FOR[node.name]!, id };
    if (state.seen.has(key(target))) return;
    state.seen.add(key(target));
    const anchor = anchorFor(target, state.section);
    if (!jsxAttribute(node, 'mention')) state.anchors.set(node, anchor);
    const snippet = sentenceAround(toString(block ?? node), toString(node));
    state.mentions.push({ ...target, section: state.section, anchor, snippet, explicit: true });
    return;
  }
  const inner = node.type === 'paragraph' || node.type === 'tableCell' ? node : block;
  if ('children' in node) for (const child of node.children as Nodes[]) collectExplicit(child, inner, state);
}

/** A copy of `node` in which each element of `anchors` carries its `mention` attribute. */
function withAnchors(node: Nodes, anchors: Map<JsxElement, string>): Nodes {
  if (isJsxElement(node) && anchors.has(node)) return { ...node, attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: 'mention', value: anchors.get(node)! }] };
  if (!('children' in node)) return node;
  const children = (node.children as Nodes[]).map((child) => withAnchors(child, anchors));
  return changed(node.children, children) ? ({ ...node, children } as Nodes) : node;
}

const skipped = (node: Nodes) => SKIP.has(node.type) || (isJsxElement(node) && (!node.name || Boolean(KIND_FOR[node.name]) || SKIP_COMPONENTS.has(node.name)));

function linkIn(node: Nodes, state: SectionState): Nodes {
  if (skipped(node)) return node;
  if (node.type === 'paragraph' || node.type === 'tableCell') return linkPhrasing(node, state);
  if (!('children' in node)) return node;
  const children = (node.children as Nodes[]).map((child) => linkIn(child, state));
  return changed(node.children, children) ? ({ ...node, children } as Nodes) : node;
}

/** Quotation state carried across the text nodes of one paragraph. */
interface QuoteState {
  open: boolean;
}

function linkPhrasing<T extends Parent & Nodes>(block: T, state: SectionState): T {
  const quotes: QuoteState = { open: false };
  const walk = <P extends Parent>(container: P): P => {
    const children: Nodes[] = [];
    for (const child of container.children as Nodes[]) {
      if (child.type === 'text') children.push(...(linkText(child, quotes, block, state) ?? [child]));
      else if (skipped(child) || !('children' in child)) children.push(child);
      else children.push(walk(child as Parent & Nodes) as Nodes);
    }
    return changed(container.children, children) ? { ...container, children } : container;
  };
  return walk(block);
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

function linkText(node: Text, quotes: QuoteState, block: Parent, state: SectionState): PhrasingContent[] | undefined {
  const { section, seen, mentions, matcher } = state;
  const value = node.value;
  const folded = foldForMatching(value);
  const cuts: Array<{ start: number; end: number; target: LinkTarget }> = [];
  for (const [from, to] of unquotedRanges(value, quotes)) {
    const segment = folded.slice(from, to);
    for (const match of findNames(matcher, segment)) {
      const target = matcher.targets.get(foldKey(match.text));
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

/** A mention's sentence is cut to this many graphemes (src/index/mentions-by-page.ts cuts it again for display). */
const SENTENCE_LENGTH = 240;

/** The sentence of `text` that contains `needle` (abbreviations such as "U.S." do not end it), trimmed to a readable length. */
export function sentenceAround(text: string, needle: string): string {
  const all = sentences(text);
  const found = needle ? all.find((s) => s.includes(needle)) : undefined;
  return clip(found ?? all.join(' '), SENTENCE_LENGTH);
}
