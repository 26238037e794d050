/**
 * remark plugin: typographic quotes, dashes and ellipses (remark-smartypants, as Astro applies to
 * Markdown by default). SmartyPants parses every text node into a natural-language tree, the
 * costliest step of rendering a body, so a body with nothing it would change is left alone.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';

/** Characters SmartyPants rewrites: straight quotes, backticks, `--` and `...`. */
const CANDIDATE = /["'`]|--|\.\.\./;

export default function remarkTypography() {
  // remark-smartypants' attacher does not use `this`: it only builds its two retext processors.
  const smartypants = (remarkSmartypants as unknown as () => (tree: Root) => void)();
  return (tree: Root): void => {
    if (CANDIDATE.test(toString(tree))) smartypants(tree);
  };
}
