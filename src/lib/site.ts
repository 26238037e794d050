/** The pipeline's front door: load → validate → index. Used by the build, `npm run check` and tests. */
import { buildIndex, type BuildOptions, type ContentIndex } from './content-index.ts';
import { type Diagnostic, sortDiagnostics } from './diagnostics.ts';
import { loadContent, type LoadOptions } from './load.ts';
import { checkPlaces } from './places-check.ts';
import { checkReferences } from './references.ts';
import { checkTimelineAgainstArticles } from './timeline-check.ts';
import { checkUnattributedNumbers } from './unattributed.ts';

export interface SiteResult {
  /** Undefined when there is any error: a site is never built from broken content. */
  index: ContentIndex | undefined;
  diagnostics: Diagnostic[];
}

export function loadSite(options: LoadOptions & BuildOptions): SiteResult {
  const content = loadContent(options);
  const diagnostics = sortDiagnostics([
    ...content.diagnostics,
    ...checkReferences(content),
    ...content.articles.flatMap((a) => checkUnattributedNumbers(a.file, a.tree)),
    ...checkTimelineAgainstArticles(content),
    ...checkPlaces(content.places),
  ]);
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  const index = hasErrors || !content.site ? undefined : buildIndex(content, content.site, options);
  return { index, diagnostics };
}
