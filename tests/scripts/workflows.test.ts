/**
 * The GitHub workflows (.github/workflows/) are validated against GitHub's workflow schema and job
 * graph by @action-validator/core, so a broken workflow cannot land; and every `npm run` they call
 * exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../../.github/workflows');
const workflows = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const scripts = Object.keys((JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/** The validator's errors as `path: detail` lines (an empty list when the workflow is valid). */
function problems(yaml: string): string[] {
  const flatten = (errors: ReturnType<typeof validateWorkflow>['errors']): string[] =>
    errors.flatMap((e) => ('states' in e && e.states?.length ? e.states.flatMap((s) => flatten(s.errors)) : [`${'path' in e ? e.path : ''}: ${e.detail ?? e.title}`]));
  return flatten(validateWorkflow(yaml).errors);
}

describe('GitHub workflows', () => {
  it('ships check.yml and deploy.yml', () => {
    expect(workflows).toEqual(['check.yml', 'deploy.yml']);
  });

  it.each(workflows)('%s is a valid workflow', (file) => {
    expect(problems(readFileSync(path.join(DIR, file), 'utf8'))).toEqual([]);
  });

  it.each(workflows)('%s only runs npm scripts that exist', (file) => {
    const called = [...readFileSync(path.join(DIR, file), 'utf8').matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!);
    expect(called.length).toBeGreaterThan(0);
    for (const name of called) expect(scripts, `${file} runs npm run ${name}`).toContain(name);
  });

  it('the validator rejects a broken workflow (a misspelt key, a job that needs a missing job)', () => {
    const valid = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n';
    expect(problems(valid)).toEqual([]);
    expect(problems(valid.replace('steps:', 'step:'))).not.toEqual([]);
    expect(problems(`${valid}    needs: nope\n`)).toEqual(['/jobs/a/needs: unresolved job nope']);
  });
});
