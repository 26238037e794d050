/**
 * Link checker for a built site: every internal href/src/action (and the site's own absolute
 * URLs, e.g. canonical) must resolve to a file in the output under the deploy base, and every
 * `#fragment` to an element id on the target page. `checkLinks` is pure (pages in, problems out);
 * `checkBuiltSite` reads an output folder and calls it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

export interface BuiltPage {
  /** Output file relative to the output folder, with `/`: `actors/index.html`. */
  file: string;
  html: string;
}

export interface LinkProblem {
  /** The page with the link, as an output file. */
  file: string;
  /** `a[href]`, `link[href]`, `img[src]`… */
  where: string;
  url: string;
  problem: string;
}

export interface LinkCheckOptions {
  /** Deploy base, e.g. `/` or `/explainer/`. */
  base: string;
  /** The site's own origin (site.yaml url): absolute links to it are checked like internal ones. */
  siteUrl?: string;
  /** Every file in the output (relative, with `/`), including non-HTML assets. */
  files: ReadonlySet<string>;
}

const ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['audio', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
];

/** The output file a URL path (under the base) is served from, or undefined. */
function fileFor(pathname: string, base: string, files: ReadonlySet<string>): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  if (rel === '' || rel.endsWith('/')) return files.has(`${rel}index.html`) ? `${rel}index.html` : undefined;
  return files.has(rel) ? rel : undefined;
}

/** The ids (and `a[name]`s) each HTML page defines, for fragment checks. */
function idsOf(html: ReturnType<typeof parse>): Set<string> {
  const ids = new Set<string>();
  for (const el of html.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of html.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  return ids;
}

export function checkLinks(pages: readonly BuiltPage[], options: LinkCheckOptions): LinkProblem[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const origin = 'http://site.invalid';
  const siteOrigin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;
  const parsed = new Map(pages.map((p) => [p.file, parse(p.html)]));
  const ids = new Map<string, Set<string>>();
  const idsFor = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const doc = parsed.get(file);
      set = doc ? idsOf(doc) : new Set();
      ids.set(file, set);
    }
    return set;
  };

  const problems: LinkProblem[] = [];
  for (const page of pages) {
    const doc = parsed.get(page.file)!;
    // The URL the page is served at: `actors/index.html` → `/base/actors/`.
    const pageUrl = new URL(`${base}${page.file.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    for (const [selector, attribute] of ATTRIBUTES) {
      for (const el of doc.querySelectorAll(`${selector}[${attribute}]`)) {
        const raw = el.getAttribute(attribute)!.trim();
        const where = `${selector}[${attribute}]`;
        const report = (problem: string) => problems.push({ file: page.file, where, url: raw, problem });
        if (raw === '') {
          report('empty URL');
          continue;
        }
        if (/^(mailto|tel|data|javascript):/i.test(raw)) {
          if (/^javascript:/i.test(raw)) report('javascript: URL');
          continue;
        }
        let url: URL;
        try {
          url = new URL(raw, pageUrl);
        } catch {
          report('not a valid URL');
          continue;
        }
        if (url.origin !== origin) {
          if (!siteOrigin || url.origin !== siteOrigin) continue; // another site: not ours to check
          url = new URL(`${url.pathname}${url.search}${url.hash}`, origin);
        }
        if (!url.pathname.startsWith(base)) {
          report(`outside the deploy base ${base}`);
          continue;
        }
        const target = fileFor(url.pathname, base, options.files);
        if (!target) {
          report('no such file in the build');
          continue;
        }
        const fragment = url.hash.slice(1);
        if (fragment && target.endsWith('.html') && !idsFor(target).has(decodeURIComponent(fragment))) {
          report(`no element with id "${decodeURIComponent(fragment)}" on ${target}`);
        }
      }
    }
  }
  return problems;
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Checks every HTML page of a built site in `dir`. */
export function checkBuiltSite(dir: string, options: Omit<LinkCheckOptions, 'files'>): { pages: number; links: number; problems: LinkProblem[] } {
  const files = walk(dir);
  const pages = files.filter((f) => f.endsWith('.html')).map((file) => ({ file, html: readFileSync(path.join(dir, file), 'utf8') }));
  const problems = checkLinks(pages, { ...options, files: new Set(files) });
  const links = pages.reduce((n, p) => n + (p.html.match(/\s(href|src|action)=/g)?.length ?? 0), 0);
  return { pages: pages.length, links, problems };
}

export function formatLinkProblem(p: LinkProblem): string {
  return `${p.file}: ${p.where}="${p.url}": ${p.problem}`;
}
