/**
 * The content components (AUTHORING.md, "Components") as mdast-util-to-hast handlers: each `<Term>`, `<Actor>`,
 * `<Cite>`, `<Figure>`, `<Quote>`, `<Map>` and `<Aside>` in an MDX body becomes plain HTML, written
 * from the content index. Only these and the harmless inline HTML of src/read/components.ts render;
 * anything else stops the build (`npm run check` reports it first, with its line).
 */
import type { Element, ElementContent, Properties } from 'hast';
import { h, s } from 'hastscript';
import type { Handler, State } from 'mdast-util-to-hast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { ALLOWED_HTML, ALLOWED_HTML_ATTRIBUTES } from '../../read/components.ts';
import { entriesOf, entryKey } from '../../core/kinds.ts';
import type { ContentIndex } from '../../index/content-index.ts';
import { figureView } from '../../views/figures.ts';
import { describeMap, projectMap } from '../../views/map.ts';
import { hrefFor } from '../../views/page-context.ts';
import type { PlaceData } from '../../read/schema.ts';
import { sourceAnchor } from '../../core/routes.ts';
import { worldTopology } from '../../read/world.ts';

export interface ComponentContext {
  index: ContentIndex;
  /** Astro's `base`, e.g. `/` or `/explainer/`. */
  base: string;
}

declare module 'vfile' {
  interface DataMap {
    /** The body is an article's: figures link to the article's "Figures in this article" section. */
    onArticle: boolean;
  }
}

/** What a component's HTML depends on: the build's context and the body's own `file.data`. */
interface RenderContext extends ComponentContext {
  /** The body is an article's: figures link to the article's "Figures in this article" section. */
  onArticle: boolean;
}

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;
type Props = Record<string, string | true>;

function propsOf(node: JsxNode): Props {
  const props: Props = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value !== 'string')) {
      throw new Error(`<${node.name}> has an attribute that is not plain text: content cannot contain code`);
    }
    props[(a as MdxJsxAttribute).name] = a.value ?? true;
  }
  return props;
}

const str = (value: string | true | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

function entryLink(ctx: ComponentContext, kind: 'actor' | 'term', props: Props, children: ElementContent[]): ElementContent[] {
  const id = str(props.id) ?? '';
  const exists = entriesOf(ctx.index, kind)[id];
  if (!exists) return children;
  const properties: Properties = { className: ['xref', `xref-${kind}`], href: hrefFor(ctx.base, kind, id) };
  if (str(props.mention)) properties.id = str(props.mention);
  properties.dataPreview = entryKey(kind, id);
  if (props.auto) properties.dataAuto = true;
  return [h('a', properties, children)];
}

function cite(ctx: ComponentContext, id: string, n: string | undefined): Element {
  const source = ctx.index.sources[id];
  const name = source ? `${source.title}${source.publisher ? `, ${source.publisher}` : ''}` : id;
  // WCAG 2.5.3 Label in Name: the accessible name starts with the visible text ("[1]" → "1, source: …").
  const label = n ? `${n}, source: ${name}` : `Source: ${name}`;
  return h('sup', { className: ['cite'] }, [h('a', { href: `#${sourceAnchor(id)}`, ariaLabel: label }, `[${n ?? '•'}]`)]);
}

function figure(ctx: RenderContext, id: string): ElementContent[] {
  const data = ctx.index.figures[id];
  if (!data) return [];
  const view = figureView(data, ctx.index.sources, ctx.index.site.language);
  const parts: ElementContent[] = [];
  if (view.disagree) parts.push(h('span', { className: ['figure-flag'] }, 'sources differ: '));
  view.claims.forEach((c, i) => {
    if (i > 0) parts.push({ type: 'text', value: '; ' });
    parts.push(h('strong', { className: ['figure-value'] }, c.display));
    const more = ctx.onArticle && i === view.claims.length - 1 ? ['; ', h('a', { className: ['figure-more'], href: `#figure-${view.id}`, dataPreview: entryKey('figure', view.id) }, 'about this figure')] : [];
    parts.push(
      h('span', { className: ['figure-asof'] }, [
        ...(c.by ? [`, according to ${c.by}`] : []),
        ', as of ',
        h('time', { dateTime: c.asOf }, c.asOfText),
        ' (',
        h('a', { href: `#${sourceAnchor(c.source)}`, ariaLabel: `Source: ${c.sourceTitle}` }, 'source'),
        ...more,
        ')',
      ]),
    );
  });
  return [h('span', { className: ['figure', ...(view.disagree ? ['figure-disagree'] : [])], dataFigure: view.id }, parts)];
}

function quote(ctx: ComponentContext, props: Props, children: ElementContent[]): ElementContent[] {
  const source = str(props.source) ?? '';
  const by = str(props.by) ?? '';
  const n = str(props.n);
  if (props.inline) return [h('q', { className: ['quote-inline'], dataBy: by }, children), cite(ctx, source, n)];
  const title = ctx.index.sources[source]?.title ?? source;
  const context = str(props.context);
  return [
    h('figure', { className: ['quote'] }, [
      h('blockquote', children),
      h('figcaption', [`— ${by}${context ? `, ${context}` : ''}. `, h('a', { href: `#${sourceAnchor(source)}`, ariaLabel: `Source${n ? ` ${n}` : ''}: ${title}` }, `Source${n ? ` [${n}]` : ''}`)]),
    ]),
  ];
}

const ASIDE_HEADINGS: Record<string, string> = { note: 'Note', unknown: 'What we don’t know', next: 'What’s next' };

function aside(props: Props, children: ElementContent[]): Element {
  const kind = str(props.kind) ?? 'note';
  const heading = str(props.title) ?? ASIDE_HEADINGS[kind] ?? 'Note';
  return h('aside', { className: ['callout', `callout-${kind}`], ariaLabel: heading }, [h('p', { className: ['callout-title'] }, heading), ...children]);
}

const PLACE_KIND_LABEL: Record<string, string> = { capital: 'capital city', city: 'city', country: 'country', sea: 'sea area', region: 'region', base: 'military base', other: 'place' };

/** A map drawn at build time from Natural Earth outlines: inline SVG, a text description and the list of places. */
function map(ctx: ComponentContext, props: Props): ElementContent[] {
  const placeIds = str(props.places) ?? '';
  const places = placeIds.split(/\s+/).filter(Boolean).map((id) => ctx.index.places[id]).filter((p): p is PlaceData => Boolean(p));
  if (!places.length) return [];
  const title = str(props.title) ?? 'Where the story happens';
  const description = str(props.description);
  const projected = projectMap(worldTopology(), places, { focus: str(props.focus) });
  const uid = `map-${places.map((p) => p.id).join('-').slice(0, 60)}`;
  const summary = describeMap(places, projected.bounds);
  const svg = s('svg', { viewBox: projected.viewBox, role: 'img', ariaLabelledBy: `${uid}-title`, ariaDescribedBy: `${uid}-desc`, xmlns: 'http://www.w3.org/2000/svg' }, [
    s('title', { id: `${uid}-title` }, title),
    s('rect', { className: ['map-sea'], width: projected.width, height: projected.height }),
    s('path', { className: ['map-graticule'], d: projected.graticule }),
    ...projected.countries.map((c) => s('path', { className: ['map-land', ...(c.highlighted ? ['map-story'] : [])], d: c.d }, [s('title', c.name)])),
    ...projected.marks
      .filter((m) => !m.area)
      .map((m) => s('circle', { className: ['map-dot', `map-${m.kind}`, ...(m.focus ? ['map-focus'] : [])], cx: m.x, cy: m.y, r: m.focus ? 6 : m.kind === 'capital' ? 5 : 4 })),
    ...projected.marks.map((m) =>
      s('text', { className: ['map-label', m.area ? `map-label-${m.kind}` : 'map-label-point', ...(m.focus ? ['map-focus'] : [])], x: m.label.x, y: m.label.y, textAnchor: m.label.anchor }, m.name),
    ),
  ]);
  return [
    h('figure', { className: ['map'], dataMap: placeIds }, [
      svg,
      h('figcaption', [
        h('p', { className: ['map-title'] }, title),
        h('p', { id: `${uid}-desc` }, `${description ? `${description} ` : ''}${summary}`),
        h(
          'ul',
          { className: ['map-places'] },
          places.map((p) => h('li', [h('strong', p.name), ' ', h('span', { className: ['map-kind'] }, `(${PLACE_KIND_LABEL[p.kind ?? 'city']})`), ...(p.note ? [`: ${p.note}`] : [])])),
        ),
        h('p', { className: ['map-credit'] }, 'Outlines: Natural Earth, 1:50m. Sea and country labels mark areas, not exact sites.'),
      ]),
    ]),
  ];
}

/** Harmless inline HTML (`<abbr title>`, `<sup>`, …) with only its allowed attributes. */
function inlineHtml(name: string, props: Props, children: ElementContent[]): Element {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!ALLOWED_HTML_ATTRIBUTES.has(key)) throw new Error(`the attribute ${key} is not allowed on <${name}>`);
    if (typeof value === 'string') attributes[key] = value;
  }
  return h(name, attributes, children);
}

/** The HTML for one component or inline element; throws on anything content may not contain. */
function render(ctx: RenderContext, node: JsxNode, children: ElementContent[]): ElementContent[] {
  const props = propsOf(node);
  switch (node.name) {
    case 'Term':
      return entryLink(ctx, 'term', props, children);
    case 'Actor':
      return entryLink(ctx, 'actor', props, children);
    case 'Cite':
      return [cite(ctx, str(props.id) ?? '', str(props.n))];
    case 'Figure':
      return figure(ctx, str(props.id) ?? '');
    case 'Quote':
      return quote(ctx, props, children);
    case 'Aside':
      return [aside(props, children)];
    case 'Map':
      return map(ctx, props);
    default:
      if (node.name && ALLOWED_HTML.has(node.name)) return [inlineHtml(node.name, props, children)];
      throw new Error(`<${node.name ?? ''}> is not a content component: content cannot contain it`);
  }
}

/** Handlers for remark-rehype / mdast-util-to-hast: the MDX elements of a body as HTML. */
export function componentHandlers(ctx: ComponentContext): Record<string, Handler> {
  // remark-rehype hands the body's file to mdast-util-to-hast: per-body data comes from `file.data`.
  const jsx: Handler = (state: State, node: JsxNode) => render({ ...ctx, onArticle: state.options.file?.data.onArticle ?? false }, node, state.all(node));
  const code: Handler = (_state, node: { type: string }) => {
    throw new Error(`${node.type} is not allowed in content: content cannot contain code`);
  };
  return { mdxJsxFlowElement: jsx, mdxJsxTextElement: jsx, mdxFlowExpression: code, mdxTextExpression: code, mdxjsEsm: code };
}
