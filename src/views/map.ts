/**
 * Build-time maps: projects country outlines and a story's places to SVG path data and
 * coordinates. Pure (the topology is passed in); no tiles, no client code, no network.
 */
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { geoGraticule, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlaceData, PlaceKind } from '../read/schema.ts';
import { foldKey } from '../core/text.ts';

/** Places drawn as an area label (no dot): the label sits at the place's coordinates. */
const AREA_KINDS: ReadonlySet<PlaceKind> = new Set(['sea', 'region', 'country']);

export interface MapOptions {
  /** Width of the SVG's viewBox; the height follows the region's shape. */
  width?: number;
  /** Degrees of longitude and latitude added around the places. */
  marginDegrees?: number;
  /** Pixels kept free inside the edge of the viewBox. */
  padding?: number;
  /** The id of a place to emphasise. */
  focus?: string | undefined;
}

export interface MapCountry {
  name: string;
  d: string;
  /** A country the map names as a place of the story. */
  highlighted: boolean;
}

export interface MapMark {
  id: string;
  name: string;
  kind: PlaceKind;
  x: number;
  y: number;
  /** An area (country, sea, region) is labelled, not dotted. */
  area: boolean;
  focus: boolean;
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

export interface ProjectedMap {
  width: number;
  height: number;
  viewBox: string;
  /** `[[west, south], [east, north]]` in degrees: the area the map shows. */
  bounds: [[number, number], [number, number]];
  graticule: string;
  countries: MapCountry[];
  marks: MapMark[];
}

type CountryProps = { name?: string };

const countryCache = new WeakMap<Topology, Feature<Geometry, CountryProps>[]>();

/** The country features of a world-atlas topology. */
export function countryFeatures(topology: Topology): Feature<Geometry, CountryProps>[] {
  let list = countryCache.get(topology);
  if (!list) {
    const object = topology.objects['countries'] as GeometryCollection<CountryProps> | undefined;
    if (!object) throw new Error('the topology has no "countries" object');
    list = (feature(topology, object) as FeatureCollection<Geometry, CountryProps>).features;
    countryCache.set(topology, list);
  }
  return list;
}

/** The area around the places, widened by a margin, as `[[west, south], [east, north]]`. */
export function placeBounds(places: readonly Pick<PlaceData, 'lat' | 'lon'>[], marginDegrees: number): [[number, number], [number, number]] {
  if (!places.length) throw new Error('a map needs at least one place');
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const clampLat = (v: number) => Math.max(-80, Math.min(80, v));
  return [
    [Math.max(-180, Math.min(...lons) - marginDegrees), clampLat(Math.min(...lats) - marginDegrees)],
    [Math.min(180, Math.max(...lons) + marginDegrees), clampLat(Math.max(...lats) + marginDegrees)],
  ];
}

const corners = ([[w, s], [e, n]]: [[number, number], [number, number]]): MultiPoint => ({
  type: 'MultiPoint',
  coordinates: [[w, s], [e, s], [e, n], [w, n]],
});

const round = (v: number) => Math.round(v * 10) / 10;

/** Projects the countries and places into an SVG viewBox fitted to the places (Mercator). */
export function projectMap(topology: Topology, places: readonly PlaceData[], options: MapOptions = {}): ProjectedMap {
  const width = options.width ?? 640;
  const padding = options.padding ?? 8;
  const bounds = placeBounds(places, options.marginDegrees ?? 5);
  const box = corners(bounds);

  // The region's shape decides the height (kept between a wide strip and a square).
  const unit = geoMercator().scale(1).translate([0, 0]);
  const [[x0, y0], [x1, y1]] = geoPath(unit).bounds(box);
  const aspect = (y1 - y0) / (x1 - x0);
  const inner = width - 2 * padding;
  const height = Math.round(Math.max(width * 0.45, Math.min(width, inner * aspect + 2 * padding)));

  const projection: GeoProjection = geoMercator().fitExtent(
    [[padding, padding], [width - padding, height - padding]],
    box,
  );
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);

  const highlighted = new Set(places.filter((p) => p.kind === 'country').map((p) => foldKey(p.name)));
  const countries: MapCountry[] = [];
  for (const f of countryFeatures(topology)) {
    const d = path(f);
    if (!d) continue;
    const name = f.properties?.name ?? '';
    countries.push({ name, d, highlighted: highlighted.has(foldKey(name)) });
  }

  const marks: MapMark[] = places.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
    const kind = p.kind ?? 'city';
    const area = AREA_KINDS.has(kind);
    const nearRight = x > width * 0.72;
    const label = area
      ? { x: round(x), y: round(y), anchor: 'middle' as const }
      : { x: round(nearRight ? x - 7 : x + 7), y: round(y + 4), anchor: nearRight ? ('end' as const) : ('start' as const) };
    return { id: p.id, name: p.name, kind, x: round(x), y: round(y), area, focus: p.id === options.focus, label };
  });

  const graticule = path(geoGraticule().step([5, 5])()) ?? '';
  return { width, height, viewBox: `0 0 ${width} ${height}`, bounds, graticule, countries, marks };
}

/** "14°N", "66.9°W": a coordinate as a reader writes it. */
export function degreesText(value: number, axis: 'lat' | 'lon'): string {
  const hemisphere = axis === 'lat' ? (value >= 0 ? 'N' : 'S') : value >= 0 ? 'E' : 'W';
  return `${Math.round(Math.abs(value))}°${hemisphere}`;
}

/** The text alternative: what the map shows, in words, for readers who cannot see it. */
export function describeMap(places: readonly PlaceData[], bounds: ProjectedMap['bounds']): string {
  const [[w, s], [e, n]] = bounds;
  const names = (list: readonly PlaceData[]) => {
    const n = list.map((p) => p.name);
    return n.length <= 1 ? n.join('') : `${n.slice(0, -1).join(', ')} and ${n.at(-1)}`;
  };
  const countries = places.filter((p) => p.kind === 'country');
  const areas = places.filter((p) => p.kind === 'sea' || p.kind === 'region');
  const points = places.filter((p) => !AREA_KINDS.has(p.kind ?? 'city'));
  const parts = [
    `A map of the area from ${degreesText(w, 'lon')} to ${degreesText(e, 'lon')} and from ${degreesText(s, 'lat')} to ${degreesText(n, 'lat')}`,
  ];
  if (countries.length) parts.push(`${names(countries)} ${countries.length === 1 ? 'is' : 'are'} shaded`);
  if (points.length) parts.push(`${names(points)} ${points.length === 1 ? 'is' : 'are'} marked with a dot`);
  if (areas.length) parts.push(`${names(areas)} ${areas.length === 1 ? 'is' : 'are'} labelled`);
  return `${parts.join('; ')}.`;
}
