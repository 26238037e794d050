import { describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem } from '../../src/lib/link-check.ts';

const page = (file: string, body: string, head = '') => ({ file, html: `<!doctype html><html><head>${head}</head><body>${body}</body></html>` });

const files = new Set(['index.html', 'actors/index.html', 'actors/ana/index.html', '_astro/app.css', 'og/index.png', 'rss.xml']);

function problems(pages: ReturnType<typeof page>[], base = '/sub/') {
  return checkLinks(pages, { base, siteUrl: 'https://site.example', files }).map(formatLinkProblem);
}

describe('link checker', () => {
  it('accepts links that resolve: absolute under the base, relative, directories, assets, fragments, own absolute URLs', () => {
    const pages = [
      page('index.html', '<a href="/sub/actors/">a</a> <a href="actors/ana/#bio">b</a> <a href="#top">c</a> <img src="/sub/og/index.png" alt="">', '<link rel="stylesheet" href="/sub/_astro/app.css"><link rel="canonical" href="https://site.example/sub/"><link rel="alternate" href="/sub/rss.xml">'),
      page('actors/index.html', '<h1 id="top">x</h1><a href="../">home</a> <a href="./ana/">ana</a>'),
      page('actors/ana/index.html', '<p id="bio">bio</p><a href="/sub/#top">home top</a><a name="legacy"></a><a href="#legacy">l</a>'),
    ];
    pages[0]!.html = pages[0]!.html.replace('<body>', '<body><span id="top"></span>');
    expect(problems(pages)).toEqual([]);
  });

  it('reports missing pages, missing assets, missing fragments and links that escape the base', () => {
    const pages = [
      page('index.html', '<a href="/sub/actors/bob/">bob</a> <img src="/sub/og/missing.png" alt=""> <a href="/sub/actors/#nope">x</a> <a href="/actors/">no base</a> <a href="">empty</a>', '<link rel="canonical" href="https://site.example/actors/">'),
    ];
    expect(problems(pages)).toEqual([
      'index.html: a[href]="/sub/actors/bob/": no such file in the build',
      'index.html: a[href]="/sub/actors/#nope": no element with id "nope" on actors/index.html',
      'index.html: a[href]="/actors/": outside the deploy base /sub/',
      'index.html: a[href]="": empty URL',
      'index.html: link[href]="https://site.example/actors/": outside the deploy base /sub/',
      'index.html: img[src]="/sub/og/missing.png": no such file in the build',
    ]);
  });

  it('leaves other sites and mailto: alone, but flags javascript: URLs', () => {
    const pages = [page('index.html', '<a href="https://other.example/x">x</a> <a href="mailto:a@b.c">m</a> <a href="javascript:alert(1)">j</a>')];
    expect(problems(pages)).toEqual(['index.html: a[href]="javascript:alert(1)": javascript: URL']);
  });

  it('works with the root base too', () => {
    expect(problems([page('index.html', '<a href="/actors/ana/">ok</a> <a href="/nope/">bad</a>')], '/')).toEqual(['index.html: a[href]="/nope/": no such file in the build']);
  });
});
