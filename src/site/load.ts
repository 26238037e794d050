/**
 * The pipeline in one place, in the data's order: read the files (and their references) → build
 * the index → run the editorial checks → render the bodies. Nothing else composes the stages:
 * every use of the site (check, build, dev, the review tool, the test tooling) loads it through
 * this module, or through src/site/open.ts, which adds each use's cache and defaults.
 */
import { type Diagnostic, error, sortDiagnostics } from '../core/diagnostics.ts';
import { checkReferences } from '../read/references.ts';
import { type LoadedContent, loadContent, type LoadOptions } from '../read/load.ts';
import { buildIndex, type BuildOptions, type BuiltIndex, type ContentIndex, type Entry, type RenderedBody, type RenderedIndex } from '../index/content-index.ts';
import { runEditorialChecks } from '../checks/registry.ts';
import { renderBodies } from '../markdown/render-body.ts';

export type SiteOptions = LoadOptions & BuildOptions;

export interface SiteResult {
  /** Undefined when there is any error: a site is never built from broken content. */
  index: ContentIndex | undefined;
  /** The index with the auto-linked bodies, for the renderer; undefined with the index. */
  built: BuiltIndex | undefined;
  diagnostics: Diagnostic[];
}

export interface RenderedSite {
  /** Undefined when there is any error: a site is never built from broken content. */
  index: RenderedIndex | undefined;
  diagnostics: Diagnostic[];
}

const hasErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

/** The last guard against a stack trace: every known problem is a diagnostic already. */
function unexpected(options: SiteOptions, e: unknown): Diagnostic {
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  const folder = options.contentDir ?? 'content';
  return error('check-failed', folder, undefined, `the content could not be checked: ${message}`, 'report this to the developers, with the last file you changed');
}

/** Read → index → checks: every problem at once, and the index only when there is none. */
export function loadSite(options: SiteOptions): SiteResult {
  try {
    const content = loadContent(options);
    const read = [...content.diagnostics, ...checkReferences(content)];
    // The index is built from content that reads cleanly; the checks look at the content either
    // way, so a journalist sees every problem in one run.
    const built = hasErrors(read) || !content.site ? undefined : buildIndex(content, content.site, options);
    const diagnostics = sortDiagnostics([...read, ...runEditorialChecks(content)]);
    if (hasErrors(diagnostics)) return { index: undefined, built: undefined, diagnostics };
    return { index: built?.index, built, diagnostics };
  } catch (e) {
    return { index: undefined, built: undefined, diagnostics: [unexpected(options, e)] };
  }
}

/** `loadSite` for a build: the checked index with every body rendered to HTML, links under `base` (Astro's `base`). */
export function loadRenderedSite(options: SiteOptions & { base: string }): RenderedSite {
  const { built, diagnostics } = loadSite(options);
  if (!built) return { index: undefined, diagnostics };
  try {
    return { index: renderBodies(built, options.base), diagnostics };
  } catch (e) {
    return { index: undefined, diagnostics: sortDiagnostics([...diagnostics, unexpected(options, e)]) };
  }
}

export interface ReviewedSite {
  /** What the pages show, built from whatever reads cleanly; undefined without a readable site.yaml. */
  index: RenderedIndex | undefined;
  content: LoadedContent;
  /** How many errors reading found (the editorial checks are `npm run check`'s job, not the review's). */
  errors: number;
}

/**
 * The site as readers would see it, for `npm run changes`: drafts left out, bodies rendered under
 * `/`, and tolerant of broken content — entries that fail their schema are left out, and a body
 * that cannot be rendered (an unknown id) is shown as `onError` says.
 */
export function loadReviewedSite(options: LoadOptions, onError: (entry: Entry, error: Error) => RenderedBody): ReviewedSite {
  const content = loadContent(options);
  const errors = [...content.diagnostics, ...checkReferences(content)].filter((d) => d.severity === 'error').length;
  if (!content.site) return { index: undefined, content, errors: Math.max(errors, 1) };
  return { index: renderBodies(buildIndex(content, content.site), '/', onError), content, errors };
}
