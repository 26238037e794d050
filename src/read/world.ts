/** The world's country outlines (Natural Earth 1:50m via the world-atlas package), read once. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';

let cached: Topology | undefined;

/** The countries-50m TopoJSON topology, with `objects.countries` (each geometry has `properties.name`). */
export function worldTopology(): Topology {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    cached = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  }
  return cached;
}

/** Country names in the topology, for checking that a `kind: country` place can be outlined. */
export function countryNames(topology: Topology): string[] {
  const object = topology.objects['countries'] as GeometryCollection<{ name?: string }> | undefined;
  return (object?.geometries ?? []).map((g) => (g.properties as { name?: string } | undefined)?.name ?? '').filter(Boolean);
}
