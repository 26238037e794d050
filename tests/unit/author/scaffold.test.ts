import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/diagnostics.ts';
import { createEntry } from '../../../src/author/scaffold.ts';
import { loadSite } from '../../../src/site/load.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'explainer-new-'));
  cpSync(path.resolve('tests/fixtures/basic/content'), path.join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const errorsOf = () => loadSite({ root, includeDrafts: true }).diagnostics.filter((d) => d.severity === 'error');

/** What an author does: replace every TODO with a real value. */
function fill(text: string): string {
  return text
    .replace(/^kind: TODO-kind$/m, 'kind: person')
    .replace(/^category: TODO-category$/m, 'category: law')
    .replace(/^roleAsOf: TODO-YYYY-MM-DD$/m, 'roleAsOf: 2025-11-11')
    .replace(/\[TODO-source-id\]/g, '[report]')
    .replace(/^(\s*es): "TODO[^"]*"$/m, '$1: "ejecución extrajudicial"')
    .replace(/^(\w+): "TODO[^"]*"$/gm, '$1: "Written by the author."')
    .replace(/^## TODO.*$/gm, '## What happened')
    .replace(/^TODO.*$/gm, 'A sentence the author wrote.');
}

describe('npm run new', () => {
  it('folds the name into the file name and prints the path', () => {
    expect(createEntry({ root, kind: 'actor', name: 'Nicolás Maduro' })).toEqual({ ok: true, file: 'content/actors/nicolas-maduro.mdx' });
    expect(createEntry({ root, kind: 'term', name: '  Ejecución   extrajudicial ' })).toEqual({ ok: true, file: 'content/glossary/ejecucion-extrajudicial.mdx' });
    expect(createEntry({ root, kind: 'article', name: 'U.S. strikes: what we know' })).toEqual({ ok: true, file: 'content/articles/us-strikes-what-we-know.mdx' });
  });

  it('keeps the name as written, accents and all', () => {
    createEntry({ root, kind: 'actor', name: 'Nicolás Maduro' });
    expect(readFileSync(path.join(root, 'content/actors/nicolas-maduro.mdx'), 'utf8')).toMatch(/^name: "Nicolás Maduro"$/m);
  });

  it('refuses to overwrite an existing file', () => {
    const file = path.join(root, 'content/actors/ana-nunez.mdx');
    const before = readFileSync(file, 'utf8');
    const result = createEntry({ root, kind: 'actor', name: 'Ana Núñez' });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('content/actors/ana-nunez.mdx already exists') });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a second scaffold of the same name', () => {
    expect(createEntry({ root, kind: 'term', name: 'Sovereignty' }).ok).toBe(true);
    writeFileSync(path.join(root, 'content/glossary/sovereignty.mdx'), 'the author’s work');
    expect(createEntry({ root, kind: 'term', name: 'Sovereignty' }).ok).toBe(false);
    expect(readFileSync(path.join(root, 'content/glossary/sovereignty.mdx'), 'utf8')).toBe('the author’s work');
  });

  it('explains an unknown kind or a missing name', () => {
    expect(createEntry({ root, kind: 'actr', name: 'X' })).toEqual({ ok: false, message: expect.stringContaining('did you mean "actor"?') });
    expect(createEntry({ root, kind: 'term', name: '  ' })).toEqual({ ok: false, message: expect.stringContaining('needs a name') });
    expect(createEntry({ root, kind: 'term', name: '東京' })).toEqual({ ok: false, message: expect.stringContaining('no file name can be made') });
  });

  for (const [kind, name, file] of [
    ['actor', 'Nicolás Maduro', 'content/actors/nicolas-maduro.mdx'],
    ['term', 'Extrajudicial killing', 'content/glossary/extrajudicial-killing.mdx'],
    ['article', 'Why the strikes matter', 'content/articles/why-the-strikes-matter.mdx'],
  ] as const) {
    it(`a new ${kind} fails the check until every placeholder is replaced, then passes`, () => {
      expect(errorsOf()).toEqual([]);
      createEntry({ root, kind, name, today: '2025-11-12' });
      const errors = errorsOf();
      expect(errors.length).toBeGreaterThan(2);
      // Only placeholder errors, each on its own line of the new file: no cascade of schema errors.
      for (const e of errors) {
        expect(e.file).toBe(file);
        expect(formatDiagnostic(e)).toMatch(/is still the placeholder "TODO.*" — replace it/);
      }
      expect(new Set(errors.map((e) => e.line)).size).toBe(errors.length);

      const full = path.join(root, file);
      writeFileSync(full, fill(readFileSync(full, 'utf8')));
      expect(errorsOf().map(formatDiagnostic)).toEqual([]);
      const { index } = loadSite({ root, includeDrafts: true });
      const id = path.basename(file, '.mdx');
      const entry = kind === 'actor' ? index!.actors[id] : kind === 'term' ? index!.terms[id] : index!.articles[id];
      expect(entry).toBeDefined();
    });
  }

  it('reports a placeholder in a YAML list file too, at its line, without a cascade', () => {
    const file = path.join(root, 'content/sources.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}- id: new-source\n  title: "TODO: the title of the source"\n`);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(errorsOf().map(formatDiagnostic)).toEqual([
      `content/sources.yaml:${lines.indexOf('  title: "TODO: the title of the source"') + 1}:10: "title" is still the placeholder "TODO: the title of the source" — replace it with the real value; the comment above it says what goes there`,
    ]);
  });
});
