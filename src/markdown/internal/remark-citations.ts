/**
 * remark plugin: numbers citations. Each <Cite> and <Quote> gets `n`, the position of its source
 * in the page's source list (`file.data.sources`, from the content index), so the page's notes and the list agree.
 * A <Quote> alone in its paragraph becomes a block quotation; one inside a sentence stays inline.
 */
import type { Paragraph, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isJsxElement, jsxAttribute } from '../../read/mdx-nodes.ts';

declare module 'vfile' {
  interface DataMap {
    /** The page's sources in the order its source list shows them (`entry.sources` in the index). */
    sources: readonly string[];
  }
}

function soleQuote(paragraph: Paragraph): MdxJsxTextElement | undefined {
  const meaningful = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [only] = meaningful;
  return meaningful.length === 1 && only?.type === 'mdxJsxTextElement' && only.name === 'Quote' ? only : undefined;
}

export default function remarkCitations() {
  return (tree: Root, file: VFile): void => {
    const sources = file.data.sources ?? [];
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      const quote = soleQuote(node);
      if (!quote || !parent || index === undefined) return;
      // The quotation's words go straight into the <blockquote>, without a paragraph around them.
      const children = quote.children as unknown as MdxJsxFlowElement['children'];
      const block: MdxJsxFlowElement = { type: 'mdxJsxFlowElement', name: 'Quote', attributes: quote.attributes, children, ...(node.position ? { position: node.position } : {}) };
      parent.children.splice(index, 1, block);
    });

    visit(tree, (node) => {
      if (!isJsxElement(node)) return;
      if (node.name === 'Quote' && node.type === 'mdxJsxTextElement') node.attributes.push({ type: 'mdxJsxAttribute', name: 'inline', value: null });
      const source = node.name === 'Cite' ? jsxAttribute(node, 'id') : node.name === 'Quote' ? jsxAttribute(node, 'source') : undefined;
      if (!source) return;
      const n = sources.indexOf(source) + 1;
      if (n > 0) node.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(n) });
    });
  };
}
