import { describe, expect, it } from 'vitest';
import { guardTree, isDangerousUrl } from '../../../src/read/internal/guard.ts';
import { parseMdx } from '../../../src/read/internal/mdx-parse.ts';

function problems(markdown: string) {
  const parsed = parseMdx(markdown);
  if (!parsed.tree) return [{ place: parsed.problem.place, message: parsed.problem.message }];
  return guardTree(parsed.tree).map((p) => ({ place: p.place, message: p.message }));
}

describe('content guard', () => {
  it.each([
    ['import', 'Intro.\n\nimport X from "../x.js"\n', /import/, 3],
    ['export', 'export const a = 1\n', /import`\/`export/, 1],
    ['flow expression', 'Text\n\n{process.exit(1)}\n', /curly braces/, 3],
    ['text expression', 'Total: {1 + 1} people\n', /curly braces/, 1],
    ['script', 'Hi\n\n<script>alert(1)</script>\n', /raw HTML <script>/, 3],
    ['style', '<style>{"body{}"}</style>\n', /raw HTML <style>/, 1],
    ['iframe', '<iframe src="https://example.org"></iframe>\n', /raw HTML <iframe>/, 1],
    ['object', '<object data="x.swf"></object>\n', /raw HTML <object>/, 1],
    ['event handler on allowed html', 'A <span onclick="alert(1)">b</span>\n', /event-handler attribute onclick/, 1],
    ['event handler on component', '<Term id="coca" onMouseOver="x">coca</Term>\n', /event-handler/, 1],
    ['javascript: link', '[click](javascript:alert(1))\n', /forbidden scheme/, 1],
    ['javascript: link in mixed case', '[click](JaVaScRiPt:alert(1))\n', /forbidden scheme/, 1],
    ['javascript: link hidden by a character reference', '[click](java&#9;script:alert(1))\n', /forbidden scheme/, 1],
    ['javascript: link in angle brackets', '[click](<javascript:alert(1)>)\n', /forbidden scheme/, 1],
    ['data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)\n', /forbidden scheme/, 1],
    ['javascript: definition', '[x][y]\n\n[y]: javascript:alert(1)\n', /forbidden scheme/, 3],
    ['javascript: image', '![x](javascript:alert(1))\n', /forbidden scheme/, 1],
    ['expression attribute', '<Cite id={"seed"} />\n', /curly braces/, 1],
    ['spread attribute', '<Cite {...props} />\n', /spread/, 1],
    ['unknown component', '<Callout>x</Callout>\n', /unknown component <Callout>/, 1],
    ['fragment', '<>x</>\n', /empty tag/, 1],
    ['missing required prop', '<Cite />\n', /needs a id/, 1],
    ['wrong enum value', '<Aside kind="warning">x</Aside>\n', /not one of note, unknown, next/, 1],
    ['unknown prop', '<Term id="coca" href="/x">coca</Term>\n', /no attribute "href"/, 1],
    ['children on Cite', '<Cite id="seed">text</Cite>\n', /does not wrap text/, 1],
    // Raw HTML that smuggles code: every tag outside the small allow-list is refused.
    ['img onerror', '<img src="x" onerror="alert(1)" />\n', /raw HTML <img>/, 1],
    ['unquoted img onerror', 'Hi\n\n<img src=x onerror="alert(1)" />\n', /MDX syntax/, 3],
    ['svg onload', '<svg onload="alert(1)"></svg>\n', /raw HTML <svg>/, 1],
    ['script inside svg', '<svg><script>alert(1)</script></svg>\n', /raw HTML <svg>/, 1],
    ['math', '<math><mi>x</mi></math>\n', /raw HTML <math>/, 1],
    ['base href', '<base href="https://evil.example/" />\n', /raw HTML <base>/, 1],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example" />\n', /raw HTML <meta>/, 1],
    ['form action', '<form action="https://evil.example"><button>Go</button></form>\n', /raw HTML <form>/, 1],
    ['embed', '<embed src="x.swf" />\n', /raw HTML <embed>/, 1],
    ['link stylesheet', '<link rel="stylesheet" href="x.css" />\n', /raw HTML <link>/, 1],
    ['template', '<template><script>x</script></template>\n', /raw HTML <template>/, 1],
    ['noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>\n', /raw HTML <noscript>/, 1],
    ['details ontoggle', '<details open ontoggle="alert(1)"><summary>x</summary></details>\n', /raw HTML <details>/, 1],
    ['anchor with an encoded javascript: href', '<a href="jav&#x61;script:alert(1)">x</a>\n', /raw HTML <a>/, 1],
    ['style attribute', '<span style="background:url(javascript:alert(1))">x</span>\n', /attribute style is not allowed/, 1],
    ['event handler on br', 'a <br onmouseover="x" /> b\n', /event-handler attribute onmouseover/, 1],
    ['encoded javascript: in an allowed attribute', '<q cite="jav&#x61;script:alert(1)">x</q>\n', /forbidden URL/, 1],
    ['decimal-encoded javascript: in an attribute', '<q cite="jav&#97;script:alert(1)">x</q>\n', /forbidden URL/, 1],
    ['javascript: in a component attribute', '<Aside kind="note" title="javascript:alert(1)">x</Aside>\n', /forbidden URL/, 1],
    ['spread on a component', '<Term id="coca" {...{onclick: "x"}}>c</Term>\n', /spread/, 1],
    ['vbscript: link', '[x](vbscript:msgbox)\n', /forbidden scheme/, 1],
    ['data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)\n', /forbidden scheme/, 1],
    ['encoded javascript: link', '[x](&#106;avascript:alert(1))\n', /forbidden scheme/, 1],
    ['javascript: link after spaces', '[x](  javascript:alert(1))\n', /forbidden scheme/, 1],
    ['javascript: definition used by reference', '[a][x]\n\n[x]: javascript:alert(1)\n', /forbidden scheme/, 3],
    ['file: link', '[x](file:///etc/passwd)\n', /forbidden scheme/, 1],
    ['HTML comment hiding a script', '<!-- <script>alert(1)</script> -->\n', /MDX syntax/, 1],
    ['autolink to javascript:', '<javascript:alert(1)>\n', /MDX syntax/, 1],
  ])('rejects %s', (_name, markdown, message, line) => {
    const found = problems(markdown);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.place.line).toBe(line);
  });

  it('reports every problem, not just the first', () => {
    expect(problems('<script>x</script>\n\n[a](javascript:b)\n\nA {1}\n').map((p) => p.place.line)).toEqual([1, 3, 5]);
  });

  it('leaves a link broken by a tab as plain text, never a link', () => {
    const parsed = parseMdx('[x](java\tscript:alert(1))\n');
    expect(parsed.tree).toBeDefined();
    expect(JSON.stringify(parsed.tree)).not.toMatch(/"type":"link"/);
  });

  it.each(['video', 'audio', 'portal', 'frame', 'frameset', 'applet', 'input', 'button', 'textarea', 'select', 'dialog', 'slot', 'use', 'image', 'foreignObject', 'marquee', 'canvas', 'picture', 'source', 'track', 'area', 'map', 'style', 'title', 'head', 'body', 'html', 'a', 'img'])('refuses the <%s> element', (tag) => {
    expect(problems(`<${tag} />\n`)[0]?.message).toMatch(/raw HTML|unknown component/);
  });

  it('accepts safe content', () => {
    const safe = [
      'Text with **bold**, a [link](https://example.org) and a [site link](/glossary/coca/).',
      '',
      '<Term id="coca">coca</Term> <Actor id="gustavo-petro">Petro</Actor> <Cite id="seed" /> <Figure id="death-toll" />',
      '',
      '<Quote source="seed" by="Gustavo Petro" context="on X">Words.</Quote>',
      '',
      '<Aside kind="unknown">',
      '',
      'We do not know.',
      '',
      '</Aside>',
      '',
      'H<sub>2</sub>O and <abbr title="European Union">EU</abbr>.',
      '',
      '{/* an editor note */}',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
    ].join('\n');
    expect(problems(safe)).toEqual([]);
  });

  it('recognises dangerous URLs however they are written', () => {
    expect(isDangerousUrl('javascript:alert(1)')).toBe(true);
    expect(isDangerousUrl(' j\na\tvascript:x')).toBe(true);
    expect(isDangerousUrl('VBScript:x')).toBe(true);
    expect(isDangerousUrl('data:image/svg+xml,<svg>')).toBe(true);
    expect(isDangerousUrl('https://example.org/javascript:')).toBe(false);
    expect(isDangerousUrl('/glossary/coca/')).toBe(false);
    expect(isDangerousUrl('#sources')).toBe(false);
  });
});
