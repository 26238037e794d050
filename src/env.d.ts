/// <reference types="astro/client" />
/// <reference types="mdast-util-mdx" />

declare module 'virtual:explainer/index' {
  const index: import('./lib/content-index.ts').ContentIndex;
  export default index;
}
