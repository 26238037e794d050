/** Cross-file checks: every id that content names must exist, and names must not collide (by `foldKey`, the rule auto-linking uses). */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { CONTENT_COMPONENTS, type RefKind } from './components.ts';
import { type Diagnostic, error, type Place, warning } from '../core/diagnostics.ts';
import type { LoadedContent, MdxDocument } from './load.ts';
import { foldKey } from '../core/text.ts';
import { didYouMean } from '../core/suggest.ts';
import type { ParsedYaml } from './internal/yaml.ts';
import { isJsxElement, jsxAttribute, nodePlace } from './mdx-nodes.ts';

const LABEL: Record<RefKind, string> = { source: 'source', actor: 'actor', term: 'glossary term', figure: 'figure', place: 'place' };
const WHERE: Record<RefKind, string> = { source: 'content/sources.yaml', actor: 'content/actors/', term: 'content/glossary/', figure: 'content/figures.yaml', place: 'content/places.yaml' };

export function checkReferences(content: LoadedContent): Diagnostic[] {
  const out: Diagnostic[] = [];
  const known: Record<RefKind, Set<string>> = {
    source: content.declared.source,
    actor: content.declared.actor,
    term: content.declared.term,
    figure: content.declared.figure,
    place: content.declared.place,
  };

  const unknown = (kind: RefKind, id: string): { message: string; fix: string } => {
    const hint = didYouMean(id, known[kind]);
    return { message: `unknown ${LABEL[kind]} "${id}"`, fix: hint || `add it to ${WHERE[kind]} or fix the id` };
  };

  const checkIds = (file: string, yaml: ParsedYaml, base: PropertyKey[], field: string, kind: RefKind, ids: readonly string[] | undefined) => {
    // The contract asks for a list of sources, not for one: an empty list builds, with a warning.
    if (field === 'sources' && ids?.length === 0) {
      out.push(warning('no-sources', file, yaml.locate([...base, field], { key: true }), 'sources is empty: the page lists no source, so readers cannot check where its facts come from', 'add the ids of the sources it relies on'));
    }
    ids?.forEach((id, i) => {
      if (known[kind].has(id)) return;
      const { message, fix } = unknown(kind, id);
      out.push(error(`unknown-${kind}`, file, yaml.locate([...base, field, i]), `${field}: ${message}`, fix));
    });
  };

  // Duplicate ids inside YAML lists.
  for (const [items, what] of [[content.sources, 'source'], [content.figures, 'figure'], [content.places, 'place']] as const) {
    const first = new Map<string, number>();
    for (const item of items) {
      const id = item.data.id;
      if (first.has(id)) {
        out.push(error('duplicate-id', item.file, item.yaml.locate([item.index, 'id']), `the ${what} id "${id}" is used twice`, `give one of them another id (the first is item ${first.get(id)! + 1})`));
      } else first.set(id, item.index);
    }
  }

  // Names, terms and aliases belong to one entry only, compared by the rule auto-linking matches
  // them with (`foldKey`): case, accents, and hyphens against spaces aside.
  const owners = new Map<string, { file: string; id: string; text: string; place: Place }>();
  const claim = (doc: MdxDocument<unknown>, text: string, path: PropertyKey[]) => {
    const key = foldKey(text);
    const place = doc.yaml.locate(path);
    const owner = owners.get(key);
    if (owner && owner.id !== doc.id) {
      const spelt = owner.text === text ? '' : ` (as "${owner.text}")`;
      out.push(error('name-clash', doc.file, place, `"${text}" already names ${owner.file}:${owner.place.line}:${owner.place.column}${spelt}`, 'a name, term or alias may belong to one entry only (case, accents, hyphens and spaces aside); remove it here or there'));
    } else if (!owner) owners.set(key, { file: doc.file, id: doc.id, text, place });
  };
  for (const actor of content.actors) {
    claim(actor, actor.data.name, ['name']);
    actor.data.aliases?.forEach((a, i) => {
      claim(actor, a, ['aliases', i]);
    });
  }
  for (const term of content.terms) {
    claim(term, term.data.term, ['term']);
    term.data.aliases?.forEach((a, i) => {
      claim(term, a, ['aliases', i]);
    });
  }

  // Frontmatter references.
  for (const a of content.articles) {
    checkIds(a.file, a.yaml, [], 'sources', 'source', a.data.sources);
    checkIds(a.file, a.yaml, [], 'actors', 'actor', a.data.actors);
    checkIds(a.file, a.yaml, [], 'terms', 'term', a.data.terms);
  }
  for (const actor of content.actors) {
    checkIds(actor.file, actor.yaml, [], 'sources', 'source', actor.data.sources);
    checkIds(actor.file, actor.yaml, [], 'related', 'actor', actor.data.related);
  }
  for (const term of content.terms) {
    checkIds(term.file, term.yaml, [], 'sources', 'source', term.data.sources);
    checkIds(term.file, term.yaml, [], 'related', 'term', term.data.related);
  }
  for (const f of content.figures) {
    f.data.claims.forEach((c, i) => {
      if (known.source.has(c.source)) return;
      const { message, fix } = unknown('source', c.source);
      out.push(error('unknown-source', f.file, f.yaml.locate([f.index, 'claims', i, 'source']), `source: ${message}`, fix));
    });
  }
  for (const e of content.timeline) {
    checkIds(e.file, e.yaml, [e.index], 'sources', 'source', e.data.sources);
    checkIds(e.file, e.yaml, [e.index], 'actors', 'actor', e.data.actors);
    checkIds(e.file, e.yaml, [e.index], 'terms', 'term', e.data.terms);
  }

  // Components in bodies.
  for (const doc of [...content.articles, ...content.actors, ...content.terms] as MdxDocument<unknown>[]) {
    visit(doc.tree, (node: Nodes) => {
      if (!isJsxElement(node)) return;
      const spec = node.name ? CONTENT_COMPONENTS[node.name] : undefined;
      if (!spec) return;
      const place = nodePlace(node);
      for (const [prop, propSpec] of Object.entries(spec.props)) {
        const value = jsxAttribute(node, prop);
        if (!propSpec.ref || value === undefined) continue;
        const ref = propSpec.ref;
        const values = propSpec.list ? value.split(/\s+/).filter(Boolean) : [value];
        if (propSpec.list && propSpec.required && !values.length) out.push(error('empty-id-list', doc.file, place, `<${node.name} ${prop}="">: names no ${LABEL[ref]}`, `list ${LABEL[ref]} ids separated by spaces, e.g. ${spec.example}`));
        for (const v of values) {
          if (known[ref].has(v)) continue;
          const { message, fix } = unknown(ref, v);
          out.push(error(`unknown-${ref}`, doc.file, place, `<${node.name} ${prop}="${value}">: ${message}`, fix));
        }
      }
    });
  }
  return out;
}
