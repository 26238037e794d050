import { describe, expect, it } from 'vitest';
import { degreesText, describeMap, placeBounds, projectMap } from '../../../src/views/map.ts';
import { countryNames } from '../../../src/read/world.ts';
import type { PlaceData } from '../../../src/read/schema.ts';
import { worldTopology } from '../../../src/read/world.ts';

const caracas: PlaceData = { id: 'caracas', name: 'Caracas', lat: 10.48, lon: -66.9, kind: 'capital' };
const bogota: PlaceData = { id: 'bogota', name: 'Bogotá', lat: 4.71, lon: -74.07, kind: 'capital' };
const colombia: PlaceData = { id: 'colombia', name: 'Colombia', lat: 2.5, lon: -72.5, kind: 'country' };
const pacific: PlaceData = { id: 'eastern-pacific', name: 'Eastern Pacific', lat: 12, lon: -99, kind: 'sea' };
const world = worldTopology();

describe('placeBounds', () => {
  it('widens the places\' extent by the margin', () => {
    expect(placeBounds([caracas, bogota], 2)).toEqual([[-76.07, 2.71], [-64.9, 12.48]]);
  });
  it('needs at least one place', () => {
    expect(() => placeBounds([], 2)).toThrow(/at least one place/);
  });
});

describe('projectMap', () => {
  const places = [caracas, bogota, colombia, pacific];
  const map = projectMap(world, places, { width: 640, padding: 8, marginDegrees: 4, focus: 'caracas' });

  it('fits every place inside the viewBox, within the padding', () => {
    expect(map.viewBox).toBe(`0 0 640 ${map.height}`);
    for (const m of map.marks) {
      expect(m.x, m.id).toBeGreaterThanOrEqual(8);
      expect(m.x, m.id).toBeLessThanOrEqual(632);
      expect(m.y, m.id).toBeGreaterThanOrEqual(8);
      expect(m.y, m.id).toBeLessThanOrEqual(map.height - 8);
    }
  });

  it('fills the width: the westernmost and easternmost edges touch the padding', () => {
    const west = projectMap(world, [pacific, caracas], { width: 500, padding: 10, marginDegrees: 0 });
    const [p, c] = west.marks;
    expect(p!.x).toBeCloseTo(10, 0);
    expect(c!.x).toBeCloseTo(490, 0);
  });

  it('keeps geography the right way round (north up, east right)', () => {
    const [c, b] = map.marks;
    expect(c!.x).toBeGreaterThan(b!.x);
    expect(c!.y).toBeLessThan(b!.y);
  });

  it('derives the height from the region\'s shape, within limits', () => {
    expect(map.height).toBeGreaterThanOrEqual(640 * 0.45);
    expect(map.height).toBeLessThanOrEqual(640);
    const tall = projectMap(world, [{ ...caracas, lat: 40 }, { ...bogota, lat: -30 }], { width: 400 });
    expect(tall.height).toBe(400);
  });

  it('draws the countries in view, shades those named as places, and leaves out the rest', () => {
    const names = map.countries.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Colombia', 'Venezuela', 'Mexico', 'Panama']));
    expect(names).not.toContain('France');
    expect(map.countries.filter((c) => c.highlighted).map((c) => c.name)).toEqual(['Colombia']);
    for (const c of map.countries) expect(c.d).toMatch(/^M[\d.-]/);
  });

  it('labels areas at their point and dots the rest, emphasising the focus', () => {
    const byId = Object.fromEntries(map.marks.map((m) => [m.id, m]));
    expect(byId['eastern-pacific']).toMatchObject({ area: true, label: { anchor: 'middle' } });
    expect(byId['colombia']!.area).toBe(true);
    expect(byId['caracas']).toMatchObject({ area: false, focus: true });
    expect(byId['bogota']!.focus).toBe(false);
  });
});

describe('describeMap', () => {
  it('says in words what the map shows', () => {
    const places = [caracas, bogota, colombia, pacific];
    expect(describeMap(places, [[-104, -2], [-62.9, 17]])).toBe(
      'A map of the area from 104°W to 63°W and from 2°S to 17°N; Colombia is shaded; Caracas and Bogotá are marked with a dot; Eastern Pacific is labelled.',
    );
  });
  it('writes coordinates with hemispheres', () => {
    expect(degreesText(-66.9, 'lon')).toBe('67°W');
    expect(degreesText(10.48, 'lat')).toBe('10°N');
    expect(degreesText(2.3, 'lon')).toBe('2°E');
  });
});

describe('world data', () => {
  it('has the countries of the first story by name', () => {
    expect(countryNames(world)).toEqual(expect.arrayContaining(['Colombia', 'Venezuela', 'Mexico', 'Trinidad and Tobago']));
  });
});
