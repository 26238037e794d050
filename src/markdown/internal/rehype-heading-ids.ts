/**
 * rehype plugin: gives every heading an id (GitHub-style slugs, as Astro does for Markdown) and
 * collects the headings into `file.data.headings` for the article's table of contents.
 */
import type { Element, Root } from 'hast';
import Slugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Heading } from '../../index/content-index.ts';

declare module 'vfile' {
  interface DataMap {
    headings: Heading[];
  }
}

const HEADING = /^h([1-6])$/;

const slugIsEmpty = (text: string) => new Slugger().slug(text).replace(/-/g, '') === '';

export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile): void => {
    const slugger = new Slugger();
    const headings: Heading[] = [];
    // Ids a heading already has are taken first, so no generated id repeats one.
    visit(tree, 'element', (node: Element) => {
      if (HEADING.test(node.tagName) && typeof node.properties.id === 'string') slugger.slug(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const level = HEADING.exec(node.tagName)?.[1];
      if (!level) return;
      const text = toString(node);
      // A heading of punctuation alone slugs to nothing: an empty id is not valid HTML, so it becomes `section`.
      if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(slugIsEmpty(text) ? 'section' : text);
      headings.push({ depth: Number(level), slug: node.properties.id as string, text });
    });
    file.data.headings = headings;
  };
}
