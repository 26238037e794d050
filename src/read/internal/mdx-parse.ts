/** Parses an MDX body into mdast (Markdown + GFM + MDX syntax) without compiling or running anything. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Place } from '../../core/diagnostics.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** Names the parser's configuration for src/read/internal/parse-cache.ts: change it when the plugins above change. */
export const PARSER_ID = 'remark-parse + remark-mdx + remark-gfm, v1';

export type ParseResult = { tree: Root; problem?: undefined } | { tree?: undefined; problem: { place: Place; message: string; fix: string } };

export function parseMdx(body: string): ParseResult {
  try {
    return { tree: parser.runSync(parser.parse(body)) as Root };
  } catch (cause) {
    return { problem: describeSyntaxError(cause) };
  }
}

interface MessageLike {
  reason?: string;
  message?: string;
  line?: number | null;
  column?: number | null;
  place?: { line?: number; column?: number; start?: { line: number; column: number } } | null;
}

/** Turns micromark/acorn messages into something a journalist can act on. */
export function describeSyntaxError(cause: unknown): { place: Place; message: string; fix: string } {
  const m = (cause ?? {}) as MessageLike;
  const reason = String(m.reason ?? m.message ?? cause);
  let line = m.line ?? m.place?.start?.line ?? m.place?.line;
  let column = m.column ?? m.place?.start?.column ?? m.place?.column;
  if (!line) {
    const found = /\((\d+):(\d+)/.exec(reason);
    if (found) [line, column] = [Number(found[1]), Number(found[2])];
  }
  const place = { line: line ?? 1, column: column ?? 1 };
  const text = reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '');
  if (/acorn|expression|Unexpected character .*before name|Could not parse/i.test(text) && /\{|expression|acorn/i.test(text)) {
    return { place, message: `MDX syntax: ${text}`, fix: 'curly braces start code, which content may not contain; remove the { } or write the text without them' };
  }
  if (/closing tag|opening tag|end of/i.test(text)) {
    return { place, message: `MDX syntax: ${text}`, fix: 'every component needs its closing tag, e.g. <Aside kind="note">…</Aside>, or must close itself, e.g. <Cite id="seed" />' };
  }
  if (/before name|after `<`|Unexpected character/i.test(text)) {
    return { place, message: `MDX syntax: ${text}`, fix: 'a "<" starts a component; to show a less-than sign write &lt;' };
  }
  return { place, message: `MDX syntax: ${text}`, fix: 'check the Markdown and component tags around this line' };
}
