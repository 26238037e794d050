import { describe, expect, it } from 'vitest';
import { checkDatedRoles, undatedOffices } from '../../../src/checks/dated-roles.ts';
import { content, yamlAt } from './fixtures/editorial/content.ts';
import type { MdxDocument } from '../../../src/read/load.ts';

const actor = (summary: string) => ({ kind: 'actor', id: 'x', file: 'content/actors/x.mdx', data: { summary, roleAsOf: '2025-11-11' }, yaml: yamlAt, tree: { type: 'root', children: [] } }) as unknown as MdxDocument<never>;

describe('undatedOffices', () => {
  it('finds an office stated as current with no as-of date', () => {
    expect(undatedOffices('President of Colombia since August 2022 and a critic of U.S. drug policy.')).toEqual(['president']);
    expect(undatedOffices("Venezuela's defense minister, in charge of the armed forces.")).toEqual(['minister']);
    expect(undatedOffices('U.S. Secretary of the Treasury since January 2025.')).toEqual(['secretary']);
  });

  it('accepts a dated summary, and offices that are over', () => {
    expect(undatedOffices('President of Colombia (as of November 2025) since August 2022.')).toEqual([]);
    expect(undatedOffices('As of November 2025, Venezuela’s defense minister.')).toEqual([]);
    expect(undatedOffices('A former guerrilla and former mayor of Bogotá.')).toEqual([]);
    expect(undatedOffices('He was mayor of Bogotá from 2012 to 2015.')).toEqual([]);
    expect(undatedOffices('A political and economic union of 27 European countries.')).toEqual([]);
  });
});

describe('checkDatedRoles', () => {
  it('warns on the summary, suggesting the role line’s date', () => {
    const out = checkDatedRoles(content({ actors: [actor('President of Colombia since August 2022.'), actor('President of Colombia (as of November 2025).')] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ file: 'content/actors/x.mdx', line: 2, column: 3, severity: 'warning' });
    expect(out[0]!.fix).toContain('"as of November 2025"');
  });
});
