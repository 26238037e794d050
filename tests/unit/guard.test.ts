import { describe, expect, it } from 'vitest';
import { guardTree, isDangerousUrl } from '../../src/lib/guard.ts';
import { parseMdx } from '../../src/lib/mdx-parse.ts';

function problems(markdown: string) {
  const parsed = parseMdx(markdown);
  if (!parsed.tree) return [{ place: parsed.problem.place, message: parsed.problem.message }];
  return guardTree(parsed.tree).map((p) => ({ place: p.place, message: p.message }));
}

describe('content guard', () => {
  it.each([
    ['import', 'Intro.\n\nimport X from "./x.js"\n', /import/, 3],
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
  ])('rejects %s', (_name, markdown, message, line) => {
    const found = problems(markdown);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.place.line).toBe(line);
  });

  it('reports every problem, not just the first', () => {
    expect(problems('<script>x</script>\n\n[a](javascript:b)\n\nA {1}\n').map((p) => p.place.line)).toEqual([1, 3, 5]);
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
