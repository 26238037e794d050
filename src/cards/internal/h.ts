/** A tiny element-tree helper for satori (no React): `h('div', style, ...children)`. */

export type Style = Record<string, string | number>;

export interface CardElement {
  type: string;
  props: { style?: Style; children?: CardChild | CardChild[]; src?: string; width?: number; height?: number };
}
export type CardChild = CardElement | string;

export function h(type: string, style: Style, ...children: Array<CardChild | false | undefined>): CardElement {
  const kids = children.filter((c): c is CardChild => c !== false && c !== undefined && c !== '');
  // Satori lays out text with lineClamp only when the element's only child is the text itself.
  return { type, props: { style, children: kids.length === 1 ? kids[0]! : kids } };
}

/** An image (satori needs its size): the publisher's logo. */
export function img(src: string, width: number, height: number, style: Style = {}): CardElement {
  return { type: 'img', props: { src, width, height, style: { width, height, ...style } } };
}
