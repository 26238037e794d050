/**
 * Serves dist/ the way a static host does: the deploy base as a sub-path, `dir/` → `dir/index.html`,
 * the site's 404.html with status 404, the headers from dist/_headers when present, and text
 * compressed with gzip when the browser accepts it (every static host does; Lighthouse sees the
 * bytes a reader would download).
 * Used by `npm run preview` and the browser tests.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
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

/** A request the server refuses with 400 (a path that cannot name a file). */
class BadRequest extends Error {}

/**
 * The file a URL path names under `root`, or undefined (404). The path is decoded once, and the
 * result must lie inside `root` itself: `root + separator`, not a sibling whose name merely starts
 * with it (dist-old/ beside dist/). Malformed escapes and NUL are a BadRequest.
 */
function resolveFile(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    throw new BadRequest('malformed percent-encoding');
  }
  if (relative.includes('\0')) throw new BadRequest('NUL in the path');
  const file = path.resolve(root, `.${path.sep}${relative}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    if (statSync(file).isDirectory()) {
      const index = path.join(file, 'index.html');
      return existsSync(index) ? index : undefined;
    }
    return file;
  } catch {
    // Missing, a name too long for the file system, not a folder on the way: not found.
    return undefined;
  }
}

function respond(req: IncomingMessage, res: ServerResponse): void {
  let url: URL;
  let direct: string | undefined;
  try {
    // `//[` and the like are not a URL at all.
    if (!URL.canParse(req.url ?? '/', 'http://localhost')) throw new BadRequest('not a URL path');
    url = new URL(req.url ?? '/', 'http://localhost');
    direct = resolveFile(url.pathname);
    // A directory without its trailing slash redirects, as static hosts do.
    if (!direct && !url.pathname.endsWith('/') && resolveFile(`${url.pathname}/`)) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
  } catch (error) {
    if (!(error instanceof BadRequest)) throw error;
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
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
  // A file that cannot be read (permissions, removed meanwhile) ends this response, not the server.
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

const server = createServer((req, res) => {
  try {
    respond(req, res);
  } catch (error) {
    // Whatever a request does, the server keeps serving the others.
    console.error(`${req.method} ${String(req.url).slice(0, 200)}: ${error instanceof Error ? error.message : String(error)}`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
    else res.destroy();
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'}/ at http://${values.host}:${values.port}${base}`);
});
