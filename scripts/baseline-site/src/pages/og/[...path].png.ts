/**
 * The baseline's social cards, the obvious way: one endpoint, one satori + resvg call per page
 * (fonts re-read every time, no cache, no workers), with the same templates as ours.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { baselineRender } from '../../../../bench/cards.ts';

const origin = { file: 'baseline', line: 1 };
const siteName = 'Benchmark';

export async function getStaticPaths() {
  const articles = (await getCollection('articles')).map((e) => ({ params: { path: `articles/${e.id}` }, props: { card: { kind: 'article', path: `/articles/${e.id}/`, siteName, alt: e.data.title, origin, title: e.data.title, dek: e.data.dek, asOf: `as of ${e.data.updated ?? e.data.published}` } } }));
  const actors = (await getCollection('actors')).map((e) => ({ params: { path: `actors/${e.id}` }, props: { card: { kind: 'actor', path: `/actors/${e.id}/`, siteName, alt: e.data.name, origin, name: e.data.name, role: e.data.role, roleAsOf: `as of ${e.data.roleAsOf}`, actorKind: e.data.kind } } }));
  const terms = (await getCollection('glossary')).map((e) => ({ params: { path: `glossary/${e.id}` }, props: { card: { kind: 'term', path: `/glossary/${e.id}/`, siteName, alt: e.data.term, origin, term: e.data.term, definition: e.data.summary, ...(e.data.translations?.es ? { translation: { language: 'Spanish', text: e.data.translations.es } } : {}), category: e.data.category } } }));
  const indexes = ['index', 'actors', 'glossary', 'timeline', 'sources'].map((p) => ({ params: { path: p }, props: { card: { kind: 'index', path: `/${p}/`, siteName, alt: p, origin, label: 'Index', title: p, description: siteName } } }));
  return [...articles, ...actors, ...terms, ...indexes];
}

export const GET: APIRoute = async ({ props }) => new Response(new Uint8Array(await baselineRender(props.card)), { headers: { 'content-type': 'image/png' } });
