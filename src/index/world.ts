/** The world's country outlines (Natural Earth 1:50m via the world-atlas package), read once. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';

let cached: Topology | undefined;

/** The countries-50m TopoJSON topology, with `objects.countries` (each geometry has `properties.name`). */
export function worldTopology(): Topology {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    cached = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  }
  return cached;
}
