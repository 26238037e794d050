/** Which content entry a file being compiled is: `…/content/actors/x.mdx` → actor `x`. */
import path from 'node:path';
import type { PageKind } from '../lib/load.ts';

const KIND_BY_FOLDER: Record<string, PageKind> = { articles: 'article', actors: 'actor', glossary: 'term' };

export function contentEntryOf(filePath: string | undefined, contentRoot: string): { kind: PageKind; id: string } | undefined {
  if (!filePath) return undefined;
  const relative = path.relative(contentRoot, filePath.split('?')[0]!);
  const [folder, name, ...rest] = relative.split(path.sep);
  if (rest.length || !folder || !name?.endsWith('.mdx')) return undefined;
  const kind = KIND_BY_FOLDER[folder];
  return kind ? { kind, id: name.slice(0, -'.mdx'.length) } : undefined;
}
