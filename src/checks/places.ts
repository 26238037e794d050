/** Checks that each `kind: country` place in places.yaml names a country the map can outline. */
import { type Diagnostic, warning } from '../core/diagnostics.ts';
import type { LoadedContent, YamlItem } from '../read/load.ts';
import { countryNames, worldTopology } from '../read/world.ts';
import type { PlaceData } from '../read/schema.ts';
import { foldKey } from '../core/text.ts';
import { didYouMean } from '../core/suggest.ts';

export function checkPlaces(places: readonly YamlItem<PlaceData>[]): Diagnostic[] {
  const countries = places.filter((p) => p.data.kind === 'country');
  if (!countries.length) return [];
  const names = countryNames(worldTopology());
  const known = new Set(names.map(foldKey));
  return countries
    .filter((p) => !known.has(foldKey(p.data.name)))
    .map((p) =>
      warning(
        'unknown-country',
        p.file,
        p.yaml.locate([p.index, 'name']),
        `no country outline is named "${p.data.name}": the map shows its label but cannot shade it`,
        didYouMean(p.data.name, names) || 'use the country\'s short English name, e.g. Colombia, Venezuela, Trinidad and Tobago',
      ),
    );
}

/** The check over a whole site: content/places.yaml. */
export function checkSitePlaces(content: Pick<LoadedContent, 'places'>): Diagnostic[] {
  return checkPlaces(content.places);
}
