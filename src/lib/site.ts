/** The pipeline's front door: load → validate → index. Used by the build, `npm run check` and tests. */
import { buildIndex, type BuildOptions, type ContentIndex } from './content-index.ts';
import { type Diagnostic, error, sortDiagnostics } from './diagnostics.ts';
import { loadContent, type LoadOptions } from './load.ts';
import { checkPlaces } from './places-check.ts';
import { checkReferences } from './references.ts';
import { checkTimelineAgainstArticles } from './timeline-check.ts';
import { checkUnattributedNumbers } from './unattributed.ts';
import { renderBodies } from '../markdown/render-body.ts';

export interface SiteResult {
  /** Undefined when there is any error: a site is never built from broken content. */
  index: ContentIndex | undefined;
  diagnostics: Diagnostic[];
}

export interface RenderOptions {
  /** Render every body to HTML (`entry.body`) for a build, with links under this base (Astro's `base`). */
  render?: { base: string };
}

export function loadSite(options: LoadOptions & BuildOptions & RenderOptions): SiteResult {
  try {
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
    if (index && options.render) renderBodies(content, index, options.render.base);
    return { index, diagnostics };
  } catch (e) {
    // Every known problem is a diagnostic already; this is the last guard against a stack trace.
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    const folder = options.contentDir ?? 'content';
    return { index: undefined, diagnostics: [error(folder, undefined, `the content could not be checked: ${message}`, 'report this to the developers, with the last file you changed')] };
  }
}
