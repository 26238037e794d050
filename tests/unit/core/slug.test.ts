import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../../src/core/slug.ts';

describe('slugify', () => {
  it.each([
    ['Nicolás Maduro', 'nicolas-maduro'],
    ['Vladimir Padrino López', 'vladimir-padrino-lopez'],
    ['U.S. Department of the Treasury', 'us-department-of-the-treasury'],
    ['USS Gerald R. Ford', 'uss-gerald-r-ford'],
    ['Surface-to-air missile', 'surface-to-air-missile'],
    ["Venezuela's government", 'venezuelas-government'],
    ['  Año   Nuevo!! ', 'ano-nuevo'],
    ['Bogotá', 'bogota'],
    ['O‘Brien’s ‛war′ — `x`', 'obriens-war-x'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it('rejects what is not a slug', () => {
    for (const bad of ['Nicolas', 'a--b', '-a', 'a_b', 'ñu', '']) expect(isSlug(bad)).toBe(false);
  });
});
