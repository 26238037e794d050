/**
 * The body pipeline: an MDX body's mdast (parsed and checked by src/read/load.ts, auto-linked by
 * the content index) → typographic quotes → numbered citations → HTML with the content components
 * → heading ids. Bodies are data, rendered once per build here instead of being compiled into
 * JavaScript modules, so content never becomes code and the bundler never sees it.
 */
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { BuiltIndex, ContentIndex, Entry, RenderedBody, RenderedIndex } from '../index/content-index.ts';
import { entryKey, type PageKind } from '../core/kinds.ts';
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

/** Renders one body. The renderer takes the tree over: its plugins change it while they run. */
export type BodyRenderer = (tree: Root, page: PageOfBody) => RenderedBody;

/** One processor for a whole build; what differs per body reaches the plugins as `file.data`. */
export function createBodyRenderer(index: ContentIndex, base: string): BodyRenderer {
  const processor = unified()
    .use(remarkTypography)
    .use(remarkCitations)
    .use(remarkRehype, { handlers: componentHandlers({ index, base }) })
    .use(rehypeHeadingIds)
    .use(rehypeStringify)
    .freeze();
  return (tree, page) => {
    const file = new VFile({ data: { sources: page.sources, onArticle: page.onArticle } });
    const hast = processor.runSync(tree, file);
    return { body: processor.stringify(hast, file), headings: file.data.headings ?? [] };
  };
}

/**
 * The index with every entry's body rendered to HTML, links under `base`. Takes over the linked
 * trees of `built.bodies` (rendering changes them); `built.index` itself is left as it was.
 * A body that cannot be rendered throws `file: reason`, unless `onError` gives what to show instead
 * (`npm run changes` compares a broken version of the site without that text).
 */
export function renderBodies(built: BuiltIndex, base: string, onError?: (entry: Entry, error: Error) => RenderedBody): RenderedIndex {
  const { index, bodies } = built;
  const render = createBodyRenderer(index, base);
  const rendered = <E extends Entry>(kind: PageKind, entries: Record<string, E>): Record<string, E & RenderedBody> =>
    Object.fromEntries(
      Object.entries(entries).map(([id, entry]) => {
        try {
          const tree = bodies.get(entryKey(kind, id));
          if (!tree) throw new Error('the index has no linked body for this entry');
          return [id, { ...entry, ...render(tree, { sources: entry.sources, onArticle: kind === 'article' }) }];
        } catch (e) {
          const error = new Error(`${entry.file}: ${e instanceof Error ? e.message : String(e)}`);
          if (onError) return [id, { ...entry, ...onError(entry, error) }];
          throw error;
        }
      }),
    );
  return { ...index, articles: rendered('article', index.articles), actors: rendered('actor', index.actors), terms: rendered('term', index.terms) };
}
