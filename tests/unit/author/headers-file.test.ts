import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, matches, parseHeadersFile } from '../../../src/author/headers-file.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('_headers patterns', () => {
  it('match like Netlify and Cloudflare Pages splats', () => {
    expect(matches('/*', '/anything/at/all')).toBe(true);
    expect(matches('/_astro/*', '/_astro/app.Cx1.css')).toBe(true);
    expect(matches('/_astro/*', '/actors/')).toBe(false);
    expect(matches('/pagefind/*.pf_meta', '/pagefind/pagefind.en_1a2b.pf_meta')).toBe(true);
    expect(matches('/pagefind/*.pf_meta', '/pagefind/pagefind.js')).toBe(false);
    expect(matches('/rss.xml', '/rss.xml')).toBe(true);
    expect(matches('/rss.xml', '/rssxxml')).toBe(false);
  });
});

describe('public/_headers', () => {
  const page = headersFor(rules, '/articles/x/');
  const csp = Object.fromEntries(page['content-security-policy']!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

  it('sets a strict CSP on every page: only the site itself, nothing inline, no framing', () => {
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(page['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('sets the security headers', () => {
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(page['permissions-policy']).toContain('camera=()');
    expect(page['x-frame-options']).toBe('DENY');
  });

  it('caches hashed assets for a year, but not pages or the unhashed Pagefind entry files', () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const p of ['/_astro/app.Cx1.css', '/pagefind/index/en_abc.pf_index', '/pagefind/fragment/en_abc.pf_fragment', '/pagefind/filter/en_abc.pf_filter', '/pagefind/pagefind.en_abc.pf_meta']) {
      expect(headersFor(rules, p)['cache-control'], p).toBe(immutable);
    }
    for (const p of ['/', '/articles/x/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/rss.xml']) {
      expect(headersFor(rules, p)['cache-control'], p).toBeUndefined();
    }
  });
});
