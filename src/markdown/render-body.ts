/**
 * The body pipeline: an MDX body's mdast (parsed, checked and auto-linked by src/read/load.ts and
 * the content index) → typographic quotes → numbered citations → HTML with the content components
 * → heading ids. Bodies are data, rendered once per build here instead of being compiled into
 * JavaScript modules, so content never becomes code and the bundler never sees it.
 */
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { type ContentIndex, entryOf, type RenderedBody } from '../index/content-index.ts';
import { loadSite, type SiteResult } from '../checks/load-site.ts';
import type { BuildOptions } from '../index/content-index.ts';
import type { LoadedContent, LoadOptions } from '../read/load.ts';
import { componentHandlers } from './internal/content-components.ts';
import rehypeHeadingIds from './internal/rehype-heading-ids.ts';
import remarkCitations from './internal/remark-citations.ts';
import remarkTypography from './internal/remark-typography.ts';

export interface PageOfBody {
  /** The page's sources in list order (citations are numbered by them). */
  sources: readonly string[];
  /** An article's body: figures link to its "Figures in this article" section. */
  onArticle: boolean;
}

export type BodyRenderer = (tree: Root, page: PageOfBody) => RenderedBody;

/** One processor for a whole build; each call renders one body (the tree is changed in place). */
export function createBodyRenderer(index: ContentIndex, base: string): BodyRenderer {
  let onArticle = false;
  const context = { index, base, get onArticle() { return onArticle; } };
  const processor = unified()
    .use(remarkTypography)
    .use(remarkCitations)
    .use(remarkRehype, { handlers: componentHandlers(context) })
    .use(rehypeHeadingIds)
    .use(rehypeStringify)
    .freeze();
  return (tree, page) => {
    onArticle = page.onArticle;
    const file = new VFile({ data: { sources: page.sources } });
    const hast = processor.runSync(tree, file);
    return { html: processor.stringify(hast, file), headings: file.data.headings ?? [] };
  };
}

/** Renders the body of every entry in the index (drafts left out of the index are skipped). */
export function renderBodies(content: LoadedContent, index: ContentIndex, base: string): void {
  const render = createBodyRenderer(index, base);
  for (const doc of [...content.articles, ...content.actors, ...content.terms]) {
    const entry = entryOf(index, doc.kind, doc.id);
    if (!entry) continue;
    try {
      entry.body = render(doc.tree, { sources: entry.sources, onArticle: doc.kind === 'article' });
    } catch (e) {
      throw new Error(`${doc.file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/** `loadSite` for a build: the checked index with every body rendered to HTML, links under `base` (Astro's `base`). */
export function loadRenderedSite(options: LoadOptions & BuildOptions & { base: string }): SiteResult {
  const site = loadSite(options);
  if (site.index && site.content) renderBodies(site.content, site.index, options.base);
  return site;
}
