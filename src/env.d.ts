/// <reference types="astro/client" />
/// <reference types="mdast-util-mdx" />

declare module 'virtual:explainer/index' {
  const index: import('./index/content-index.ts').RenderedIndex;
  export default index;
}

declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
