/**
 * The import rule of src/ (README, "How it works"): the source tree is the pipeline, one folder per
 * stage in the order the data travels, and imports only flow forward along it. Checked by
 * `npm run lint` (dependency-cruiser) and by tests/unit/layout/pipeline-imports.test.ts.
 */
/** The stages in the order a file of content travels through them. */
const STAGES = ['core', 'read', 'index', 'checks', 'views', 'markdown', 'site', 'emit', 'cards', 'author', 'pages', 'integrations'];
/** Astro's own folders (pages must be src/pages) form one stage: the page layer. */
const PAGE_LAYER = ['pages', 'layouts', 'components', 'client', 'styles'];
/** Stages that may use Astro: the page layer and the integrations. */
const ASTRO_ALLOWED = [...PAGE_LAYER, 'integrations'];

const folders = (stage) => (stage === 'pages' ? PAGE_LAYER : [stage]);
const under = (names) => `^src/(${names.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...STAGES.slice(0, -1).map((stage, i) => ({
      name: `backwards-from-${stage}`,
      comment: `${stage} comes before ${STAGES.slice(i + 1).join(', ')}: an import from it into a later stage runs the pipeline backwards. Move the shared code into the earlier stage, or the importing code into the later one.`,
      severity: 'error',
      from: { path: under(folders(stage)) },
      to: { path: under(STAGES.slice(i + 1).flatMap(folders)) },
    })),
    {
      name: 'into-internal',
      comment: "A stage's internal/ folder is its own: import what the stage exports from its top-level files instead.",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/([^/]+)/internal/', pathNot: '^src/$1/' },
    },
    {
      name: 'astro-outside-page-layer',
      comment: 'Stage code is plain TypeScript: only the page layer and the integrations may use Astro.',
      severity: 'error',
      from: { path: '^src/', pathNot: under(ASTRO_ALLOWED) },
      to: { path: ['^astro(:|/|$)', 'node_modules/astro/', '\\.astro$'] },
    },
    {
      name: 'outside-src',
      comment: 'The pipeline may not import from outside src/ (scripts and tests import it, not the other way).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'in-no-stage',
      comment: 'Every file under src/ belongs to a stage folder (or the page layer).',
      severity: 'error',
      from: { path: '^src/', pathNot: [under([...STAGES, ...PAGE_LAYER]), '^src/env\\.d\\.ts$'] },
      to: {},
    },
    { name: 'no-circular', comment: 'A circle of imports has no order: break it by moving the shared part into the earlier file.', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    parser: 'swc',
    tsPreCompilationDeps: true,
    exclude: { path: '\\.d\\.ts$' },
  },
};

// The stage table, for the layout test (not part of dependency-cruiser's configuration).
Object.defineProperties(module.exports, { STAGES: { value: STAGES }, PAGE_LAYER: { value: PAGE_LAYER } });
