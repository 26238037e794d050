import { describe, expect, it } from 'vitest';
import { checkLinks, fileFor, readPage } from '../../scripts/testing/link-check.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

function site(pages: Record<string, string>, other: string[] = []) {
  return { files: new Set([...Object.keys(pages), ...other]), html: new Map(Object.entries(pages)) };
}

describe('link checker', () => {
  it('reads ids and links with a real parser, not from comments or text', () => {
    const facts = readPage(page('<!-- <a href="/gone/">x</a> --><p>href="/nope/"</p><h2 id="a">A</h2><a name="old"></a><a href="/x/#a">x</a><img src="/i.png" srcset="/i.png 1x, /i2.png 2x" alt="">'));
    expect([...facts.ids]).toEqual(expect.arrayContaining(['a', 'old']));
    expect(facts.links.map((l) => l.url)).toEqual(expect.arrayContaining(['/x/#a', '/i.png', '/i2.png']));
    expect(facts.links.map((l) => l.url)).not.toContain('/gone/');
  });

  it('maps paths to files the way a static host does', () => {
    const files = new Set(['index.html', 'actors/index.html', 'og/index.png']);
    expect(fileFor('/', files)).toBe('index.html');
    expect(fileFor('/actors/', files)).toBe('actors/index.html');
    expect(fileFor('/actors', files)).toBe('actors/index.html');
    expect(fileFor('/og/index.png', files)).toBe('og/index.png');
    expect(fileFor('/glossary/', files)).toBeUndefined();
  });

  it('accepts a site whose links and fragments all resolve', () => {
    const pages = {
      'index.html': page('<a href="/actors/">a</a><a href="actors/#top">t</a><a href="#x">x</a><span id="x"></span><a href="https://example.org/gone/">ext</a><a href="mailto:a@b.c">m</a>'),
      'actors/index.html': page('<a href="../">home</a><a href="/actors/ana/#bio">bio</a><link rel="stylesheet" href="/_astro/a.css">'),
      'actors/ana/index.html': page('<section id="bio"></section>'),
    };
    expect(checkLinks(site(pages, ['_astro/a.css']))).toEqual([]);
  });

  it('reports missing pages, missing files and missing fragments', () => {
    const pages = {
      'index.html': page('<a href="/glossary/coca/">c</a><a href="/actors/#nobody">n</a><img src="/og/index.png" alt=""><a href="#here">h</a>'),
      'actors/index.html': page('<p id="somebody"></p>'),
    };
    const problems = checkLinks(site(pages)).map((p) => `${p.where} ${p.url}: ${p.message}`);
    expect(problems).toEqual([
      'a[href] /glossary/coca/: no file for /glossary/coca/',
      'a[href] /actors/#nobody: actors/index.html has no element with id="nobody"',
      'img[src] /og/index.png: no file for /og/index.png',
      'a[href] #here: index.html has no element with id="here"',
    ]);
  });

  it('honours the base path and treats the site URL as internal', () => {
    const pages = {
      'index.html': page('<a href="/explainer/actors/">ok</a><a href="/actors/">outside base</a><link rel="canonical" href="https://news.example/explainer/missing/">'),
      'actors/index.html': page(''),
    };
    const problems = checkLinks(site(pages), { base: '/explainer/', siteUrl: 'https://news.example' }).map((p) => p.url);
    expect(problems).toEqual(['/actors/', 'https://news.example/explainer/missing/']);
  });

  it('reports empty links', () => {
    expect(checkLinks(site({ 'index.html': page('<a href="">x</a>') })).map((p) => p.message)).toEqual(['the link is empty']);
  });
});
