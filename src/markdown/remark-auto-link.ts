/**
 * remark plugin: links the first mention of every term and actor in each section, using the
 * content index's names and aliases (see src/lib/linking.ts for the rules).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type ContentIndex, matcherFor } from '../lib/content-index.ts';
import { linkMentions } from '../lib/linking.ts';
import { contentEntryOf } from './content-file.ts';

export interface AutoLinkOptions {
  getIndex: () => ContentIndex | undefined;
  contentRoot: string;
}

export default function remarkAutoLink(options: AutoLinkOptions) {
  return (tree: Root, file: VFile): void => {
    const index = options.getIndex();
    const entry = contentEntryOf(file.path, options.contentRoot);
    if (!index || !entry) return;
    const self = entry.kind === 'article' ? undefined : { kind: entry.kind, id: entry.id };
    linkMentions(tree, { matcher: matcherFor(index), ...(self ? { self } : {}) });
  };
}
