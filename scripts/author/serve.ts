/**
 * Serves dist/ the way a static host does: the deploy base as a sub-path, `dir/` → `dir/index.html`,
 * the site's 404.html with status 404, the headers from dist/_headers when present, and text
 * compressed with gzip when the browser accepts it (every static host does; Lighthouse sees the
 * bytes a reader would download).
 * Used by `npm run preview` and the browser tests.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../../src/author/headers-file.ts';
import { explainerEnv } from '../../src/core/env.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' }, host: { type: 'string', default: '127.0.0.1' } } });
const root = path.resolve(values.dir!);
const { base } = explainerEnv();
const rules = existsSync(path.join(root, '_headers')) ? parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8')) : [];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
};

/** Text types are compressed; images, fonts and Pagefind's files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg', '.webmanifest']);
const gzipped = new Map<string, Buffer>();

function resolveFile(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const file = path.join(root, relative);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // A directory without its trailing slash redirects, as static hosts do.
  const direct = resolveFile(url.pathname);
  if (!direct && !url.pathname.endsWith('/') && resolveFile(`${url.pathname}/`)) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = direct ?? path.join(root, '404.html');
  const status = direct ? 200 : 404;
  const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headersFor(rules, url.pathname.slice(base.length - 1)) };
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  if (COMPRESSIBLE.has(path.extname(file))) {
    headers.vary = 'Accept-Encoding';
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) }).end(body);
      return;
    }
  }
  res.writeHead(status, headers);
  createReadStream(file).pipe(res);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'}/ at http://${values.host}:${values.port}${base}`);
});
