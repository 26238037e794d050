/** Small readers of parsed MDX nodes, shared by every stage that walks a body. */
import type { Node } from 'unist';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Whether a node is a component or HTML element written in an MDX body (`<Term id="…">`). */
export function isJsxElement(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The value of a plain string attribute (`id="x"`); undefined when absent or an expression. */
export function jsxAttribute(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Where a node starts in its file, as a diagnostic's place (line 1, column 1 when unknown). */
export function nodePlace(node: Node): { line: number; column: number } {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}
