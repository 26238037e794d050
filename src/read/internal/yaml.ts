/** YAML with positions: every value can be traced back to its line and column. */
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { DiagnosticCode, Place } from '../../core/diagnostics.ts';

export interface YamlProblem {
  place: Place;
  message: string;
  code: Extract<DiagnosticCode, 'yaml-syntax' | 'duplicate-field'>;
  /** What to do, when it is more precise than the general advice on YAML syntax. */
  fix?: string;
}

export interface ParsedYaml {
  /** The plain JavaScript value (dates stay strings). */
  value: unknown;
  problems: YamlProblem[];
  /** The place of the value at `path`; for a missing key, its nearest present parent. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): Place;
  /** The place of key `key` inside the map at `path`. */
  locateKey(path: readonly PropertyKey[], key: string): Place;
}

/**
 * Parses YAML text. `lineOffset` is added to every line, for YAML that starts further down a
 * file (frontmatter starts on line 2).
 */
export function parseYaml(source: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): Place => {
    if (offset === undefined) return { line: 1 + lineOffset, column: 1 };
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const problems: YamlProblem[] = doc.errors.map((e) => {
    const place = at(e.pos[0]);
    if (e.code !== 'DUPLICATE_KEY') return { place, message: firstLine(e.message), code: 'yaml-syntax' };
    const twice = duplicateKey(doc, e.pos[0]);
    if (!twice) return { place, message: 'the same field appears twice', fix: 'keep one of them', code: 'duplicate-field' };
    return { place, message: `${twice.key} appears twice (lines ${at(twice.first).line} and ${place.line})`, fix: 'keep one', code: 'duplicate-field' };
  });

  const nodeAt = (path: readonly PropertyKey[]): { node: YamlNode | null; keyNode?: YamlNode | undefined } => {
    let node: unknown = doc.contents;
    let keyNode: YamlNode | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return { node: node as YamlNode };
        keyNode = pair.key as YamlNode;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        return { node: (node as YamlNode) ?? null };
      }
    }
    return { node: (node as YamlNode) ?? null, keyNode };
  };

  return {
    value: doc.errors.length ? undefined : doc.toJS(),
    problems,
    locate(path, options) {
      const { node, keyNode } = nodeAt(path);
      if (options?.key && keyNode?.range) return at(keyNode.range[0]);
      return at(node?.range?.[0]);
    },
    locateKey(path, key) {
      const { node } = nodeAt(path);
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
      return at(node?.range?.[0]);
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The key whose second occurrence starts at `offset`, and where its first occurrence starts. */
function duplicateKey(doc: Document, offset: number): { key: string; first: number } | undefined {
  let found: { key: string; first: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const second = map.items.find((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      if (!second || !isScalar(second.key)) return undefined;
      const key = String(second.key.value);
      const first = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (first && isScalar(first.key) && first.key.range) found = { key, first: first.key.range[0] };
      return visit.BREAK;
    },
  });
  return found;
}
