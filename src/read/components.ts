/** The components content may use without import (AUTHORING.md, "Components"), and what each accepts. */
import { ASIDE_KINDS } from './schema.ts';

export type RefKind = 'term' | 'actor' | 'source' | 'figure' | 'place';

export interface PropSpec {
  required?: boolean;
  /** The prop names an entry of this kind. */
  ref?: RefKind;
  /** The value is a space-separated list of ids (`places="caracas bogota"`). */
  list?: boolean;
  /** The prop must be one of these values. */
  oneOf?: readonly string[];
}

export interface ComponentSpec {
  props: Record<string, PropSpec>;
  /** Whether the component wraps text (`<Term id>text</Term>`) or stands alone (`<Cite id />`). */
  children: 'required' | 'none' | 'optional';
  example: string;
}

export const CONTENT_COMPONENTS: Record<string, ComponentSpec> = {
  Term: { props: { id: { required: true, ref: 'term' } }, children: 'required', example: '<Term id="coca">coca</Term>' },
  Actor: { props: { id: { required: true, ref: 'actor' } }, children: 'required', example: '<Actor id="gustavo-petro">Petro</Actor>' },
  Cite: { props: { id: { required: true, ref: 'source' } }, children: 'none', example: '<Cite id="seed" />' },
  Figure: { props: { id: { required: true, ref: 'figure' } }, children: 'none', example: '<Figure id="death-toll" />' },
  Quote: {
    props: { source: { required: true, ref: 'source' }, by: { required: true }, context: {} },
    children: 'required',
    example: '<Quote source="seed" by="Gustavo Petro">…</Quote>',
  },
  Map: {
    props: { places: { required: true, ref: 'place', list: true }, focus: { ref: 'place' }, title: {}, description: {} },
    children: 'none',
    example: '<Map places="caracas bogota" focus="caracas" title="Where the story happens" />',
  },
  Aside: {
    props: { kind: { required: true, oneOf: ASIDE_KINDS }, title: {} },
    children: 'required',
    example: '<Aside kind="unknown">…</Aside>',
  },
};

/** Inline HTML that is harmless in content (no scripts, no embedding, no styling). */
export const ALLOWED_HTML = new Set(['abbr', 'b', 'br', 'cite', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
export const ALLOWED_HTML_ATTRIBUTES = new Set(['title', 'lang', 'dir', 'datetime', 'cite', 'class']);
