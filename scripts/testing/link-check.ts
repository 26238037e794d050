/**
 * Checks a built site's internal links: every `href`/`src`/`srcset` that stays on the site must
 * name a file that exists, and every `#fragment` an element id on the target page. HTML is read
 * with a real parser (parse5), so links in comments or attribute text are never mistaken for links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface SiteFiles {
  /** Every file of the built site, as POSIX paths relative to its root (`articles/x/index.html`). */
  files: ReadonlySet<string>;
  /** The HTML of every page, by the same path. */
  html: ReadonlyMap<string, string>;
}

export interface LinkCheckOptions {
  /** Astro's base, e.g. `/` or `/explainer/`. */
  base?: string;
  /** The site's own absolute URL (site.yaml `url`): links to it are internal too. */
  siteUrl?: string;
}

export interface LinkProblem {
  /** The page holding the link. */
  page: string;
  /** The element and attribute, e.g. `a[href]`. */
  where: string;
  url: string;
  message: string;
}

interface PageFacts {
  ids: Set<string>;
  links: { where: string; url: string }[];
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
};

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

type ParentLike = { childNodes?: Node[] };

function children(node: Node): Node[] {
  const list: Node[] = [...((node as ParentLike).childNodes ?? [])];
  if (isElement(node) && node.tagName === 'template' && 'content' in node) list.push(...(node as unknown as { content: { childNodes: Node[] } }).content.childNodes);
  return list;
}

/** The ids on a page and the URLs it points to. */
export function readPage(html: string): PageFacts {
  const ids = new Set<string>();
  const links: PageFacts['links'] = [];
  const stack: Node[] = [parse(html)];
  while (stack.length) {
    const node = stack.pop()!;
    if (isElement(node)) {
      const attrs = new Map(node.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
      const id = attrs.get('id');
      if (id) ids.add(id);
      if (node.tagName === 'a' && attrs.get('name')) ids.add(attrs.get('name')!);
      const rel = attrs.get('rel') ?? '';
      for (const attr of URL_ATTRIBUTES[node.tagName] ?? []) {
        const value = attrs.get(attr);
        if (value === undefined) continue;
        // Hints to other origins are not links a reader follows.
        if (node.tagName === 'link' && /\b(preconnect|dns-prefetch)\b/.test(rel)) continue;
        const urls = attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '').filter(Boolean) : [value];
        for (const url of urls) links.push({ where: `${node.tagName}[${attr}]`, url });
      }
    }
    stack.push(...children(node).reverse());
  }
  return { ids, links };
}

/** Maps a site path (after the base) to the file a static host would serve, if any. */
export function fileFor(pathname: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) {
    const index = `${clean}index.html`;
    return files.has(index) ? index : undefined;
  }
  if (files.has(clean)) return clean;
  return files.has(`${clean}/index.html`) ? `${clean}/index.html` : undefined;
}

/** The page's own URL path for a file: `articles/x/index.html` → `/articles/x/`. */
function pageUrlPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function checkLinks(site: SiteFiles, options: LinkCheckOptions = {}): LinkProblem[] {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const origin = 'http://site.invalid';
  const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;
  const facts = new Map<string, PageFacts>();
  for (const [file, html] of site.html) facts.set(file, readPage(html));

  const problems: LinkProblem[] = [];
  for (const [page, { links }] of facts) {
    const pageUrl = new URL(`${base.slice(0, -1)}${pageUrlPath(page)}`, origin);
    for (const { where, url } of links) {
      const report = (message: string) => problems.push({ page, where, url, message });
      if (url.trim() === '') {
        report('the link is empty');
        continue;
      }
      let target: URL;
      try {
        target = new URL(url, pageUrl);
      } catch {
        report('the URL cannot be parsed');
        continue;
      }
      if (target.origin !== origin) {
        if (!siteOrigin || target.origin !== siteOrigin) continue;
      }
      if (!/^https?:$/.test(target.protocol)) continue;
      if (!target.pathname.startsWith(base)) {
        report(`the link leaves the site's base ${base}`);
        continue;
      }
      const file = fileFor(target.pathname.slice(base.length - 1), site.files);
      if (!file) {
        report(`no file for ${target.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment || fragment === 'top') continue;
      const targetFacts = facts.get(file);
      if (!targetFacts) report(`#${fragment} points into ${file}, which is not an HTML page`);
      else if (!targetFacts.ids.has(fragment)) report(`${file} has no element with id="${fragment}"`);
    }
  }
  return problems;
}

export function formatLinkProblem(p: LinkProblem): string {
  return `${p.page}: ${p.where}="${p.url}": ${p.message}`;
}

/** Every file of a built site in `dir` (POSIX paths relative to it) and the HTML of its pages. */
export function readSiteFiles(dir: string): SiteFiles {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const html = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')] as const));
  return { files: new Set(files), html };
}

/** Checks every page of the built site in `dir`; also counts what was checked. */
export function checkBuiltSite(dir: string, options: LinkCheckOptions = {}): { pages: number; links: number; problems: LinkProblem[] } {
  const site = readSiteFiles(dir);
  const links = [...site.html.values()].reduce((n, html) => n + readPage(html).links.length, 0);
  return { pages: site.html.size, links, problems: checkLinks(site, options) };
}
