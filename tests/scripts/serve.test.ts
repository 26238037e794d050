/**
 * The preview server (scripts/author/serve.ts, `npm run preview` and the browser tests) against
 * hostile paths. It serves a temporary dist/ that has a sibling `dist-old/` (a name that starts
 * with the served folder's) and a file beside both, each holding a secret. Every hostile request
 * must get 404 or 400 and no secret, and the server must still answer a good request after all of
 * them. Requests go over a raw socket, so no client normalises the path first.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const NODE = path.resolve('node_modules/.bin/node');
const SERVE = path.resolve('scripts/author/serve.ts');
const SECRETS = ['SECRET-IN-DIST-OLD', 'SECRET-BESIDE-DIST', 'root:x:0:0'];

const temp = mkdtempSync(path.join(tmpdir(), 'explainer-serve-'));
const dist = path.join(temp, 'dist');
function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
write(path.join(dist, 'index.html'), '<!doctype html><title>home</title>HOME PAGE');
write(path.join(dist, 'actors/index.html'), '<!doctype html><title>actors</title>ACTORS PAGE');
write(path.join(dist, '404.html'), '<!doctype html><title>404</title>NOT FOUND PAGE');
write(path.join(dist, 'og/a.png'), 'PNG');
write(path.join(dist, '_headers'), '/*\n  X-Frame-Options: DENY\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
write(path.join(dist, '_astro/app.js'), 'console.log("app")');
write(path.join(temp, 'dist-old/x.txt'), SECRETS[0]!);
write(path.join(temp, 'x.txt'), SECRETS[1]!);
write(path.join(temp, 'outside.txt'), SECRETS[1]!);

let server: ChildProcess;
let port = 0;
let log = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(p));
    });
  });
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One request with `target` sent byte for byte as the request line's path. */
function request(target: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5_000, () => socket.destroy(new Error(`no answer to ${target.slice(0, 80)}`)));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const end = raw.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`no HTTP answer to ${target.slice(0, 80)}: ${JSON.stringify(raw.toString('latin1').slice(0, 200))}`));
      const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
      const head = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      let body = raw.subarray(end + 4);
      if (head['transfer-encoding'] === 'chunked') {
        const parts: Buffer[] = [];
        for (let at = 0; ; ) {
          const eol = body.indexOf('\r\n', at);
          const size = Number.parseInt(body.subarray(at, eol).toString('latin1'), 16);
          if (!size) break;
          parts.push(body.subarray(eol + 2, eol + 2 + size));
          at = eol + 2 + size + 2;
        }
        body = Buffer.concat(parts);
      }
      resolve({ status: Number(statusLine!.split(' ')[1]), headers: head, body });
    });
    const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    // write, not end: a half-closed socket gets no answer from Node's server; Connection: close ends it.
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`, 'latin1');
  });
}

beforeAll(async () => {
  port = await freePort();
  const env = { ...process.env };
  delete env.EXPLAINER_BASE;
  server = spawn(NODE, [SERVE, '--dir', dist, '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  await new Promise<void>((resolve, reject) => {
    const wait = setInterval(() => {
      if (log.includes('Serving')) resolve();
      else if (server.exitCode !== null) reject(new Error(`the server did not start:\n${log}`));
      else return;
      clearInterval(wait);
    }, 50);
  });
});

afterAll(() => {
  server?.kill();
  rmSync(temp, { recursive: true, force: true });
});

const HOSTILE = [
  // Encoded dots and slashes, into the sibling whose name starts with "dist" and beside it.
  '/..%2Fdist-old/x.txt',
  '/..%2fdist-old%2fx.txt',
  '/%2e%2e%2Fdist-old/x.txt',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
  '/..%2Fx.txt',
  '/..%2Foutside.txt',
  '/actors/..%2F..%2Fdist-old/x.txt',
  '/./..%2F./dist-old/x.txt',
  // Plain dot segments (a client would normalise them; this one does not).
  '/../dist-old/x.txt',
  '/../../../../etc/passwd',
  // Backslashes, raw and encoded.
  '/..\\dist-old\\x.txt',
  '/..%5cdist-old%5cx.txt',
  '/..%5c..%5cx',
  '/..%5C..%5C..%5Cetc%5Cpasswd',
  // NUL, raw-encoded and after an extension.
  '/%00',
  '/index.html%00',
  '/index.html%00.png',
  '/..%2Fdist-old/x.txt%00.html',
  // Overlong paths.
  `/${'a'.repeat(10_000)}`,
  `/${'..%2F'.repeat(2_000)}etc/passwd`,
  `/${'a/'.repeat(3_000)}`,
  // Malformed escapes.
  '/%E0%A4%A',
  '/%',
  '/%zz',
  '/%%32%65',
  '/%C0%AE%C0%AE/etc/passwd',
  '/%u002e%u002e/etc/passwd',
  '/actors/%E0%A4%A',
  '/%ff',
  // Double encoding.
  '/%252e%252e/%252e%252e/etc/passwd',
  '/%252e%252e%252fdist-old%252fx.txt',
  // Absolute-looking and odd request targets.
  '//etc/passwd',
  '///etc/passwd',
  '/%2Fetc%2Fpasswd',
  '/%2F%2Fetc%2Fpasswd',
  '//[',
  '/..%2F',
];

describe('npm run preview (scripts/author/serve.ts)', () => {
  it('serves pages, the 404 page, compressed text and headers as a static host does', async () => {
    const home = await request('/');
    expect(home.status).toBe(200);
    expect(home.body.toString()).toContain('HOME PAGE');
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.headers['x-frame-options']).toBe('DENY');
    const actors = await request('/actors/');
    expect([actors.status, actors.body.toString()]).toEqual([200, expect.stringContaining('ACTORS PAGE')]);
    const missing = await request('/nowhere/');
    expect([missing.status, missing.body.toString()]).toEqual([404, expect.stringContaining('NOT FOUND PAGE')]);
    const script = await request('/_astro/app.js', { 'Accept-Encoding': 'gzip' });
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(script.body).toString()).toBe('console.log("app")');
    const png = await request('/og/a.png');
    expect([png.status, png.headers['content-type'], png.body.toString()]).toEqual([200, 'image/png', 'PNG']);
  });

  it('answers every hostile path with 404 or 400, never a file outside dist/, and keeps running', async () => {
    const wrong: string[] = [];
    for (const target of HOSTILE) {
      let answer: Answer;
      try {
        answer = await request(target);
      } catch (error) {
        wrong.push(`${target.slice(0, 60)}: ${(error as Error).message}${server.exitCode !== null ? ` — the server died:\n${log}` : ''}`);
        if (server.exitCode !== null) break;
        continue;
      }
      const body = answer.body.toString('latin1');
      const leaked = SECRETS.filter((s) => body.includes(s));
      if (![400, 404].includes(answer.status) || leaked.length) wrong.push(`${target.slice(0, 60)}: ${answer.status}${leaked.length ? ` LEAKED ${leaked.join(', ')}` : ''}`);
    }
    expect(wrong).toEqual([]);
    expect(server.exitCode, log).toBeNull();
    const home = await request('/');
    expect([home.status, home.body.toString()]).toEqual([200, expect.stringContaining('HOME PAGE')]);
  });
});
