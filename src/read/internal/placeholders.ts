/**
 * Placeholders left by `npm run new`: every value the author must write starts with `TODO`.
 * The check reports each one that is still there, so a scaffold is never published half-filled.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Place } from '../../core/diagnostics.ts';
import { clip } from '../../core/text.ts';
import { nodePlace } from '../mdx-nodes.ts';

/** A value or a paragraph that starts with TODO (as the scaffold writes it) is a placeholder. */
export const PLACEHOLDER = /^\s*TODO\b/;

export interface FoundPlaceholder {
  /** Path of the value in the YAML, e.g. `['sources', 0]`. */
  path: PropertyKey[];
  text: string;
}

/** Every string in a YAML value that is still a placeholder. */
export function yamlPlaceholders(value: unknown, path: PropertyKey[] = []): FoundPlaceholder[] {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => yamlPlaceholders(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => yamlPlaceholders(v, [...path, k]));
  return [];
}

/** True when `path` is, or is inside, a placeholder: its schema errors are the placeholder's. */
export function underPlaceholder(path: readonly PropertyKey[], found: readonly FoundPlaceholder[]): boolean {
  return found.some((p) => p.path.length <= path.length && p.path.every((part, i) => String(part) === String(path[i])));
}

/** Paragraphs and headings of a body that are still placeholders. */
export function bodyPlaceholders(tree: Root): { place: Place; text: string }[] {
  const found: { place: Place; text: string }[] = [];
  const walk = (node: Nodes) => {
    if ((node.type === 'paragraph' || node.type === 'heading') && PLACEHOLDER.test(toString(node))) {
      found.push({ place: nodePlace(node), text: toString(node) });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

/** `TODO: one sentence…` shortened for a message. */
export function quotePlaceholder(text: string): string {
  const line = text.trim().split('\n')[0]!;
  return clip(line, 60);
}
