import { describe, expect, it } from 'vitest';
import { foldKey, isSlug, slugify, stripAccents } from '../../../src/core/slug.ts';

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
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it('rejects what is not a slug', () => {
    for (const bad of ['Nicolas', 'a--b', '-a', 'a_b', 'ñu', '']) expect(isSlug(bad)).toBe(false);
  });
});

describe('folding', () => {
  it('strips accents but keeps letters', () => {
    expect(stripAccents('Nicolás Núñez, cocaína')).toBe('Nicolas Nunez, cocaina');
  });
  it('compares names case- and accent-insensitively', () => {
    expect(foldKey('Padrino López')).toBe(foldKey('padrino lopez'));
    expect(foldKey('war‑crimes')).toBe(foldKey('war-crimes'));
    expect(foldKey('War crimes')).toBe(foldKey('war-crimes'));
    expect(foldKey('war \n crimes')).toBe(foldKey('war—crimes'));
    expect(foldKey('U.S.')).not.toBe(foldKey('US'));
    expect(foldKey('Coca')).not.toBe(foldKey('Cocaína'));
  });
});
