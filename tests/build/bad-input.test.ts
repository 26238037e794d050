/**
 * The bad-input matrix (tests/fixtures/bad/cases.ts) through the command: for every case,
 * `npm run check` exits 1 (or 0 where the content must pass), names the file and line, prints no
 * stack trace and changes no file under content/. One process per case (~50), so it runs in the
 * build lane. The build is covered through its gate, in process, in tests/unit/read/bad-input.test.ts
 * (the integration builds nothing unless `loadSite` returns an index); running a full `astro build`
 * for each case would take minutes, so tests/build/build.test.ts runs ONE real build of a bad case
 * and one of a good case to prove the gate is wired in (exit code, file:line in the output).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_CASES } from '../fixtures/bad/cases.ts';
import { materialise } from '../fixtures/bad/materialise.ts';

const run = promisify(execFile);
const NODE = path.resolve('node_modules/.bin/node');
const CHECK = path.resolve('scripts/author/check.ts');
const roots: string[] = [];

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

async function check(root: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(NODE, [CHECK], { cwd: root, env: { ...process.env, EXPLAINER_CONTENT: 'content' } });
    return { code: 0, output: stdout + stderr };
  } catch (failure) {
    const f = failure as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof f.code === 'number' ? f.code : -1, output: `${f.stdout ?? ''}${f.stderr ?? ''}` };
  }
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe.concurrent('npm run check on bad input', () => {
  for (const testCase of BAD_CASES) {
    it(testCase.name, async () => {
      const root = materialise(testCase);
      roots.push(root);
      const before = snapshot(path.join(root, 'content'));
      const { code, output } = await check(root);
      const expected = testCase.expected;

      expect(output, 'no stack trace').not.toMatch(/^\s+at .+[(:]\d+/m);
      expect(output).not.toMatch(/TypeError|ReferenceError|SyntaxError: /);
      expect(snapshot(path.join(root, 'content')), 'no content file changed').toEqual(before);
      if (expected.exit === 0) {
        expect(output).toMatch(/✓ 0 errors/);
        expect(code).toBe(0);
        if (expected.warning) {
          const { file, line, message } = expected.warning;
          const lines = output.split('\n').filter((l) => l.startsWith(`${file}:${line}:`) && l.includes('warning: '));
          expect(lines.join('\n'), `a warning at ${file}:${line}: in\n${output}`).toMatch(message);
        }
        return;
      }
      expect(code).toBe(1);
      const lines = output.split('\n').filter((l) => l.startsWith(`${expected.file}:${expected.line}:`));
      expect(lines.length, `a line starting ${expected.file}:${expected.line}: in\n${output}`).toBeGreaterThan(0);
      expect(lines.join('\n')).toMatch(expected.message);
    });
  }
});
