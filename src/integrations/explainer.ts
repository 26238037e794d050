/**
 * The Astro integration that wires the pipeline together: it builds the content index once,
 * with every body rendered, hands it (as `virtual:explainer/index`) to every page, refuses to
 * build broken content, and keeps the index fresh in `npm run dev`.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { type Diagnostic, formatDiagnostic } from '../core/diagnostics.ts';
import type { ExplainerEnv } from '../core/env.ts';
import type { RenderedIndex } from '../index/content-index.ts';
import { openSiteForPages } from '../site/open.ts';

const VIRTUAL_ID = 'virtual:explainer/index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Where a build hands the index to the pages it renders in the same process (see `load` below). */
const STATE_KEY = 'explainer:index-state';

export interface ExplainerOptions {
  /** The environment (src/core/env.ts): root, content folder, cache folder and base. */
  env: Pick<ExplainerEnv, 'root' | 'contentDir' | 'cacheDir' | 'base'>;
  /** `astro build` leaves drafts out; `astro dev` shows them. */
  use: 'build' | 'dev';
}

/** Shared, mutable holder: pages, cards and search read `current`, so a reload in dev reaches them. */
export interface IndexState {
  current: RenderedIndex | undefined;
  diagnostics: Diagnostic[];
  contentRoot: string;
  /** Whether the index was read back from the site cache (src/site/cache.ts) instead of loaded. */
  fromCache?: boolean;
}

/** Opens the site through the front door (src/site/open.ts); unchanged content is read back from the cache. */
export async function createIndexState(options: ExplainerOptions): Promise<IndexState> {
  const site = await openSiteForPages(options.env, options.use);
  return { current: site.index, diagnostics: site.diagnostics, contentRoot: path.resolve(options.env.root, options.env.contentDir), fromCache: site.fromCache };
}

export async function reloadIndex(state: IndexState, options: ExplainerOptions): Promise<void> {
  const next = await createIndexState(options);
  state.current = next.current;
  state.diagnostics = next.diagnostics;
}

function report(diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatDiagnostic).join('\n')}`;
}

/**
 * The error the dev server shows for broken content: the same `file:line:col: … — …` lines as
 * `npm run check`, with the overlay's code frame on the first problem's line in the content file
 * (not on this file) and no stack trace, because the problem is in the content, not the code.
 */
export function contentError(state: IndexState, root: string): Error {
  const error = new Error(report(state.diagnostics)) as Error & { loc?: { file: string; line: number; column: number }; title?: string; hint?: string };
  error.name = 'ContentError';
  error.title = 'The content has errors';
  error.hint = 'Fix the lines listed above and save: the page reloads by itself. npm run check lists every problem, warnings too.';
  const first = state.diagnostics.find((d) => d.severity === 'error');
  if (first) error.loc = { file: path.join(root, first.file), line: first.line, column: first.column };
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

export function explainer(state: IndexState, options: ExplainerOptions): AstroIntegration {
  return {
    name: 'explainer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        (globalThis as Record<symbol, unknown>)[Symbol.for(STATE_KEY)] = state;
        if (command === 'build') {
          // The build is its own check (`npm run build` is `astro build`: the content is loaded once):
          // every warning, then every error, and no page is built from broken content.
          for (const d of state.diagnostics) if (d.severity === 'warning') logger.warn(formatDiagnostic(d));
          if (!state.current) {
            logger.error(`\n${report(state.diagnostics)}\n\nFix the errors above and build again (npm run check lists them without building).`);
            process.exit(1);
          }
          logger.info(state.fromCache ? 'content unchanged since the last build: its checked index reused' : 'content checked and indexed');
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'explainer:index',
                resolveId(id: string) {
                  return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
                },
                load(id: string) {
                  if (id !== RESOLVED_ID) return undefined;
                  if (!state.current) throw contentError(state, options.env.root);
                  // The dev server gets the index as a module, replaced on every content change.
                  if (command !== 'build') return `export default ${JSON.stringify(state.current)};`;
                  // A build renders its pages in this process: the pages read the index from here
                  // instead of a multi-megabyte module, so the bundle (and every page's code hash,
                  // which decides what an incremental build may skip) never depends on the content.
                  return [
                    `const state = globalThis[Symbol.for(${JSON.stringify(STATE_KEY)})];`,
                    `if (!state?.current) throw new Error('The explainer index is missing: pages must be rendered by astro build in the process that loaded astro.config.mjs.');`,
                    'export default state.current;',
                  ].join('\n');
                },
                configureServer(server: import('vite').ViteDevServer) {
                  server.watcher.add(state.contentRoot);
                  const tell = () => {
                    for (const d of state.diagnostics) (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(d));
                    const n = state.diagnostics.filter((d) => d.severity === 'error').length;
                    if (n) logger.error(`${n} content error${n === 1 ? '' : 's'} (above): every page shows them until they are fixed.`);
                  };
                  tell();
                  const onChange = async (file: string) => {
                    if (file !== state.contentRoot && !file.startsWith(state.contentRoot + path.sep)) return;
                    const before = state.current;
                    await reloadIndex(state, options);
                    tell();
                    if (state.current && !before) logger.info('✓ the content has no errors again.');
                    for (const env of Object.values(server.environments)) {
                      const graph = env.moduleGraph;
                      const mod = graph.getModuleById(RESOLVED_ID);
                      if (mod) graph.invalidateModule(mod);
                    }
                    server.ws.send({ type: 'full-reload' });
                  };
                  server.watcher.on('change', (file: string) => void onChange(file));
                  server.watcher.on('add', (file: string) => void onChange(file));
                  server.watcher.on('unlink', (file: string) => void onChange(file));
                },
              },
            ],
          },
        });
      },
    },
  };
}
