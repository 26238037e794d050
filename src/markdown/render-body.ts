/**
 * The body pipeline: an MDX body's mdast (parsed, checked and auto-linked by src/lib/load.ts and
 * the content index) → typographic quotes → numbered citations → HTML with the content components
 * → heading ids. Bodies are data, rendered once per build here instead of being compiled into
 * JavaScript modules, so content never becomes code and the bundler never sees it.
 */
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { type ContentIndex, entryOf, type RenderedBody } from '../lib/content-index.ts';
import type { LoadedContent } from '../lib/load.ts';
import { componentHandlers } from './content-components.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import remarkCitations from './remark-citations.ts';

export interface BodyContext {
  index: ContentIndex;
  /** Astro's `base`, e.g. `/` or `/explainer/`. */
  base: string;
  /** The page's sources in list order (citations are numbered by them). */
  sources: readonly string[];
  onArticle: boolean;
}

/** Renders one body. The tree is changed in place (it is the loader's own copy). */
export function renderBody(tree: Root, ctx: BodyContext): RenderedBody {
  const processor = unified()
    .use(remarkSmartypants)
    .use(remarkCitations, { sources: ctx.sources })
    .use(remarkRehype, { handlers: componentHandlers({ index: ctx.index, base: ctx.base, onArticle: ctx.onArticle }) })
    .use(rehypeHeadingIds)
    .use(rehypeStringify);
  const file = new VFile();
  const hast = processor.runSync(tree, file);
  return { html: processor.stringify(hast, file), headings: file.data.headings ?? [] };
}

/** Renders the body of every entry in the index (drafts left out of the index are skipped). */
export function renderBodies(content: LoadedContent, index: ContentIndex, base: string): void {
  const docs = [...content.articles, ...content.actors, ...content.terms];
  for (const doc of docs) {
    const entry = entryOf(index, doc.kind, doc.id);
    if (!entry) continue;
    try {
      entry.body = renderBody(doc.tree, { index, base, sources: entry.sources, onArticle: doc.kind === 'article' });
    } catch (e) {
      throw new Error(`${doc.file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
