/** The pipeline's front door: load → validate → index → editorial checks. Used by `npm run check`, the build (through src/markdown/render-body.ts) and tests. */
import { buildIndex, type BuildOptions, type BuiltIndex, type ContentIndex, type RenderedIndex } from '../index/content-index.ts';
import { renderBodies } from '../markdown/render-body.ts';
import { type Diagnostic, error, sortDiagnostics } from '../core/diagnostics.ts';
import { loadContent, type LoadOptions } from '../read/load.ts';
import { checkPlaces } from '../checks/places.ts';
import { checkReferences } from '../read/references.ts';
import { checkTimelineAgainstArticles } from '../checks/timeline.ts';
import { checkUnattributedNumbers } from '../checks/unattributed.ts';
import { checkQuotes } from '../checks/quotes-check.ts';
import { checkSourceWords } from '../checks/source-words.ts';
import { checkCitedClaims } from '../checks/cited-claims.ts';
import { checkDatedRoles } from '../checks/dated-roles.ts';

export interface SiteResult {
  /** Undefined when there is any error: a site is never built from broken content. */
  index: ContentIndex | undefined;
  /** The index with the auto-linked bodies, for the renderer; undefined with the index. */
  built: BuiltIndex | undefined;
  diagnostics: Diagnostic[];
}

export function loadSite(options: LoadOptions & BuildOptions): SiteResult {
  try {
    const content = loadContent(options);
    const diagnostics = sortDiagnostics([
      ...content.diagnostics,
      ...checkReferences(content),
      ...checkQuotes(content),
      ...content.articles.flatMap((a) => checkUnattributedNumbers(a.file, a.tree)),
      ...checkTimelineAgainstArticles(content),
      ...checkPlaces(content.places),
      ...checkSourceWords(content),
      ...checkCitedClaims(content),
      ...checkDatedRoles(content),
    ]);
    const hasErrors = diagnostics.some((d) => d.severity === 'error');
    const built = hasErrors || !content.site ? undefined : buildIndex(content, content.site, options);
    return { index: built?.index, built, diagnostics };
  } catch (e) {
    // Every known problem is a diagnostic already; this is the last guard against a stack trace.
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    const folder = options.contentDir ?? 'content';
    return { index: undefined, built: undefined, diagnostics: [error('check-failed', folder, undefined, `the content could not be checked: ${message}`, 'report this to the developers, with the last file you changed')] };
  }
}

export interface RenderedSite {
  /** Undefined when there is any error: a site is never built from broken content. */
  index: RenderedIndex | undefined;
  diagnostics: Diagnostic[];
}

/** `loadSite` for a build: the checked index with every body rendered to HTML, links under `base` (Astro's `base`). */
export function loadRenderedSite(options: LoadOptions & BuildOptions & { base: string }): RenderedSite {
  const { built, diagnostics } = loadSite(options);
  return { index: built && renderBodies(built, options.base), diagnostics };
}
