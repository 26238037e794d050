/** dist/ size and HTML + JS bytes per page type (raw and gzip), for the benchmark table. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPage } from '../testing/link-check.ts';

export interface TypeBytes {
  type: string;
  pages: number;
  /** Mean bytes per page. */
  html: number;
  htmlGzip: number;
  js: number;
  jsGzip: number;
}

export function pageType(file: string): string {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const parts = file.split('/');
  const folder = parts[0]!;
  const single = parts.length > 2;
  switch (folder) {
    case 'articles':
      return 'article';
    case 'actors':
      return single ? 'actor' : 'actors index';
    case 'glossary':
      return single ? 'term' : 'glossary index';
    default:
      return folder;
  }
}

export function distSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
    files += 1;
  }
  return { bytes, files };
}

export function bytesPerPageType(dir: string): TypeBytes[] {
  const gz = new Map<string, number>();
  const gzipOf = (file: string, data: Buffer) => {
    if (!gz.has(file)) gz.set(file, gzipSync(data, { level: 9 }).length);
    return gz.get(file)!;
  };
  const totals = new Map<string, TypeBytes>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const abs = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, abs).split(path.sep).join('/');
    const html = readFileSync(abs);
    const row = totals.get(pageType(rel)) ?? { type: pageType(rel), pages: 0, html: 0, htmlGzip: 0, js: 0, jsGzip: 0 };
    row.pages += 1;
    row.html += html.length;
    row.htmlGzip += gzipSync(html, { level: 9 }).length;
    for (const link of readPage(html.toString('utf8')).links) {
      if (link.where !== 'script[src]' || /^[a-z]+:/i.test(link.url)) continue;
      const file = path.join(dir, link.url.replace(/^\/+/, ''));
      try {
        const js = readFileSync(file);
        row.js += js.length;
        row.jsGzip += gzipOf(file, js);
      } catch {
        /* a broken script link is the link checker's business */
      }
    }
    totals.set(row.type, row);
  }
  return [...totals.values()]
    .map((r) => ({ ...r, html: r.html / r.pages, htmlGzip: r.htmlGzip / r.pages, js: r.js / r.pages, jsGzip: r.jsGzip / r.pages }))
    .sort((a, b) => a.type.localeCompare(b.type));
}
