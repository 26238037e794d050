/**
 * schema.org structured data (JSON-LD) for every page, built from the one index. Pure: the page
 * passes its path and the deploy base; the result is plain data that `jsonLdText` serialises
 * safely for a `<script type="application/ld+json">` element (data only, never executed).
 */
import type { ActorEntry, ArticleEntry, ContentIndex, TermEntry } from '../index/content-index.ts';
import { actorView, articleView, termView } from '../views/entry-view.ts';
import type { ActorKind, SourceData } from '../read/schema.ts';
import { absoluteUrl, cardPath, pagePath, ROUTES } from '../core/routes.ts';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** Schema.org type for each actor kind: people are Persons, governments and their agencies GovernmentOrganizations. */
export const ACTOR_SCHEMA_TYPE: Record<ActorKind, 'Person' | 'Organization' | 'GovernmentOrganization' | 'Country'> = {
  person: 'Person',
  government: 'GovernmentOrganization',
  agency: 'GovernmentOrganization',
  military: 'GovernmentOrganization',
  organization: 'Organization',
  group: 'Organization',
  country: 'Country',
};

/** Section names for breadcrumbs, by the first path segment. */
const SECTION_NAMES: Record<string, { name: string; path: string }> = {
  articles: { name: 'Explainers', path: ROUTES.home },
  actors: { name: 'Actors', path: ROUTES.actors },
  glossary: { name: 'Glossary', path: ROUTES.glossary },
  timeline: { name: 'Timeline', path: ROUTES.timeline },
  sources: { name: 'Sources', path: ROUTES.sources },
  search: { name: 'Search', path: ROUTES.search },
};

export interface Crumb {
  name: string;
  path: string;
}

/** Home → section → page, e.g. Home › Actors › Gustavo Petro. Articles sit directly under Home. */
export function breadcrumbTrail(path: string, title: string, siteTitle: string): Crumb[] {
  const trail: Crumb[] = [{ name: siteTitle, path: ROUTES.home }];
  if (path === ROUTES.home) return trail;
  const [first] = path.split('/').filter(Boolean);
  const section = first ? SECTION_NAMES[first] : undefined;
  if (section && section.path !== path && section.path !== ROUTES.home) trail.push(section);
  trail.push({ name: title, path });
  return trail;
}

export function breadcrumbList(index: ContentIndex, base: string, path: string, title: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: breadcrumbTrail(path, title, index.site.title).map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(index.site.url, base, crumb.path),
    })),
  };
}

function publisher(index: ContentIndex, base: string): JsonLd {
  return { '@type': 'Organization', name: index.site.publisher, url: absoluteUrl(index.site.url, base, ROUTES.home) };
}

/** A source as a schema.org CreativeWork, for `citation`. */
export function sourceCitation(source: SourceData): JsonLd {
  return {
    '@type': source.kind === 'legal' ? 'Legislation' : source.kind === 'news' ? 'NewsArticle' : 'CreativeWork',
    name: source.title,
    ...(source.url ? { url: source.url } : {}),
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
  };
}

export function newsArticle(index: ContentIndex, base: string, article: ArticleEntry): JsonLd {
  const path = pagePath('article', article.id);
  const { data } = article;
  const view = articleView(index, article.id);
  const url = absoluteUrl(index.site.url, base, path);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    mainEntityOfPage: url,
    url,
    headline: view.title,
    description: view.summary,
    alternativeHeadline: view.dek,
    datePublished: data.published,
    dateModified: data.updated ?? data.published,
    inLanguage: index.site.language,
    image: [absoluteUrl(index.site.url, base, cardPath(path))],
    author: publisher(index, base),
    publisher: publisher(index, base),
    citation: article.sources.flatMap((id) => (index.sources[id] ? [sourceCitation(index.sources[id])] : [])),
    about: article.actors.flatMap((id) => (index.actors[id] ? [{ '@id': `${absoluteUrl(index.site.url, base, pagePath('actor', id))}#entity` }] : [])),
  };
}

export function actorEntity(index: ContentIndex, base: string, actor: ActorEntry): JsonLd {
  const path = pagePath('actor', actor.id);
  const { data } = actor;
  const view = actorView(index, actor.id);
  const url = absoluteUrl(index.site.url, base, path);
  const type = ACTOR_SCHEMA_TYPE[data.kind];
  return {
    '@context': CONTEXT,
    '@type': type,
    '@id': `${url}#entity`,
    url,
    name: view.title,
    description: view.summary,
    ...(view.aliases.length ? { alternateName: view.aliases } : {}),
    // The role holds as of roleAsOf; schema.org has no as-of date for jobTitle, so it stays a Person's only.
    ...(type === 'Person' ? { jobTitle: view.role.text } : {}),
    image: absoluteUrl(index.site.url, base, cardPath(path)),
  };
}

/** The glossary as a DefinedTermSet; each term page's DefinedTerm points into it. */
export function definedTermSet(index: ContentIndex, base: string): JsonLd {
  const url = absoluteUrl(index.site.url, base, ROUTES.glossary);
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTermSet',
    '@id': `${url}#set`,
    url,
    name: `Glossary · ${index.site.title}`,
    inLanguage: index.site.language,
    hasDefinedTerm: index.termIds.map((id) => ({ '@id': `${absoluteUrl(index.site.url, base, pagePath('term', id))}#term` })),
  };
}

export function definedTerm(index: ContentIndex, base: string, term: TermEntry): JsonLd {
  const path = pagePath('term', term.id);
  const view = termView(index, term.id);
  const url = absoluteUrl(index.site.url, base, path);
  const alternateNames: (string | { '@value': string; '@language': string })[] = [
    ...view.aliases,
    ...view.translations.map((t) => ({ '@value': t.text, '@language': t.lang })),
  ];
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTerm',
    '@id': `${url}#term`,
    url,
    name: view.title,
    description: view.summary,
    termCode: term.id,
    inDefinedTermSet: { '@id': `${absoluteUrl(index.site.url, base, ROUTES.glossary)}#set` },
    // Aliases as plain strings; translations as JSON-LD language-tagged strings (`@language`), since
    // DefinedTerm (an Intangible) has no inLanguage of its own. The set carries the site's language.
    ...(alternateNames.length ? { alternateName: alternateNames } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` body. `<` is escaped as `\u003c` (valid JSON,
 * same value) so no string in the content can close the element (`</script>`) or open a comment.
 */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The home page: the site itself, with its search (the search page takes `?q=`). */
export function webSite(index: ContentIndex, base: string): JsonLd {
  const url = absoluteUrl(index.site.url, base, ROUTES.home);
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': `${url}#website`,
    url,
    name: index.site.title,
    description: index.site.description,
    inLanguage: index.site.language,
    publisher: publisher(index, base),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(index.site.url, base, ROUTES.search)}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
