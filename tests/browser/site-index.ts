/** The real content's index, so browser tests visit every entry the site should have. */
import { explainerEnv } from '../../src/core/env.ts';
import { loadSite } from '../../src/site/load.ts';
import { pagePath, ROUTES } from '../../src/core/routes.ts';

const env = explainerEnv();
const result = loadSite({ root: env.root, contentDir: env.contentDir });
if (!result.index) throw new Error('The content has errors: run npm run check');
export const index = result.index;

/** Every page route of the contract, without the base. */
export const ALL_ROUTES: string[] = [
  ROUTES.home,
  ROUTES.actors,
  ROUTES.glossary,
  ROUTES.timeline,
  ROUTES.sources,
  ...index.articleIds.map((id) => pagePath('article', id)),
  ...index.actorIds.map((id) => pagePath('actor', id)),
  ...index.termIds.map((id) => pagePath('term', id)),
];

/** Relative to Playwright's baseURL (which carries the base): `/actors/` → `actors/`. */
export const rel = (route: string) => route.replace(/^\//, '');

/** One page of every type, for the checks that run per page type (axe, CSP). */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  article: `/articles/${index.articleIds[0]}/`,
  actors: '/actors/',
  actor: `/actors/${index.actorIds[0]}/`,
  glossary: '/glossary/',
  term: `/glossary/${index.termIds[0]}/`,
  timeline: '/timeline/',
  sources: '/sources/',
  '404': '/404.html',
  search: '/search/?q=coca',
};
