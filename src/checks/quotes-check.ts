/** Every `<Quote source="…">` is checked against the archived text of its source (content/sources/<id>.txt). */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { type Diagnostic, error, warning } from '../core/diagnostics.ts';
import type { LoadedContent, MdxDocument } from '../read/load.ts';
import { isJsxElement, jsxAttribute, nodePlace } from '../read/mdx-nodes.ts';
import { findQuote } from './quotes.ts';

export function checkQuotes(content: LoadedContent): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const doc of [...content.articles, ...content.actors, ...content.terms] as MdxDocument<unknown>[]) {
    visit(doc.tree, (node: Nodes) => {
      if (!isJsxElement(node) || node.name !== 'Quote') return;
      const source = jsxAttribute(node, 'source');
      if (!source) return;
      const place = nodePlace(node);
      const text = content.sourceTexts.get(source);
      if (text === undefined) {
        out.push(warning('quote-unchecked', doc.file, place, `the quotation cannot be checked: there is no content/sources/${source}.txt`, `save the source's text as content/sources/${source}.txt`));
        return;
      }
      const match = findQuote(toString(node), text);
      if (match.found) return;
      out.push(error('quote-not-verbatim', doc.file, place, `quote not found in source ${source}`, match.closest ? `the closest passage is "${match.closest}"; quote it word for word` : 'quote the source word for word'));
    });
  }
  return out;
}
