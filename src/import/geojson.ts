import type { Problem } from '../data/problems';
import { createWhere, eventField, IMPORTED_CONFIDENCE, summaryOr, type Candidate, type Reading } from './candidate';
import { createCategories } from './categories';
import { buildPlace } from './build-place';
import { PROPERTY_KEYS, propertyText, readFeatureDate, readPoint, sourceText } from './geojson-fields';
import { firstKey, isObject, kindOf, labelWith, textOf, type Json } from './json-fields';
import { slugify } from './slug';
import { createSources } from './sources';

type Key = keyof typeof PROPERTY_KEYS;

/** Reads a GeoJSON FeatureCollection (or one Feature): one event per feature, its time and text in `properties`. */
export function readGeoJson(json: Json, fileName: string): Reading {
  const categories = createCategories();
  const sources = createSources(fileName);
  const features = json.type === 'Feature' ? [json] : Array.isArray(json.features) ? json.features : [];
  // Waymark's own export marks its text as plain (a title may well be "<b>"); other files' descriptions may be HTML.
  const text = isObject(json.waymark) && json.waymark.text === 'plain' ? textOf : propertyText;
  const base = { categories: [], sources: [], problems: [] };
  if (!features.length)
    return { ...base, candidates: [], fatal: `${fileName} has no features: its "features" list is empty or missing.` };

  function read(feature: unknown, i: number): Candidate {
    const properties: Json = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
    const key = Object.fromEntries(
      Object.entries(PROPERTY_KEYS).map(([field, keys]) => [field, firstKey(properties, keys)]),
    ) as Record<Key, string | undefined>;
    const value = (field: Key) => (key[field] === undefined ? undefined : properties[key[field]]);
    const title = text(value('title'));
    const featureId = isObject(feature) ? textOf(feature.id) || textOf(properties.id) : '';
    const names: Record<string, string> = {
      id: 'id',
      places: 'geometry',
      lat: 'geometry',
      lon: 'geometry',
      country: 'property country',
    };
    const fieldName = (path: readonly PropertyKey[]) => {
      const field = eventField(path);
      return names[field] ?? `property ${key[field as Key] ?? PROPERTY_KEYS[field as Key]?.[0] ?? field}`;
    };
    const where = createWhere(labelWith('feature', i, featureId || title), fieldName);
    if (!isObject(feature) || feature.type !== 'Feature') {
      const what = isObject(feature) ? `type "${textOf(feature.type)}"` : kindOf(feature);
      return { event: {}, where, problems: [{ where: where([]), message: `should be a Feature, not ${what}` }] };
    }
    const problems: Problem[] = [];
    const fail = (field: string, message: string) => problems.push({ where: where([field]), message });
    const date = (field: 'start' | 'end') => {
      const read = readFeatureDate(value(field));
      if ('error' in read) return void fail(field, read.error);
      return read.date;
    };
    const point = readPoint(feature.geometry);
    if (point && !Array.isArray(point)) fail('places', point.error);
    const [lat, lon] = Array.isArray(point) ? point : [];
    // "name" is the place when a feature also has a title: GeoJSON often names the point, not the event.
    const placeName = text(value('place')) || (key.title !== 'name' ? text(properties.name) : '');
    const place = buildPlace(placeName, textOf(properties.country), lat, lon);
    const cited = sources.idsFor(sourceText(value('sources')));
    if (typeof cited === 'string') fail('sources', cited);
    const event = {
      id: slugify(featureId) || undefined,
      title,
      start: date('start'),
      end: date('end'),
      category: categories.idFor(text(value('category'))),
      places: place ? [place] : [],
      summary: summaryOr(text(value('summary')), title),
      sources: typeof cited === 'string' ? [] : cited,
      confidence: textOf(properties.confidence).toLowerCase() || IMPORTED_CONFIDENCE,
    };
    return { event, where, problems };
  }
  return { ...base, candidates: features.map(read), categories: categories.list(), sources: sources.list() };
}
