import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Model, ModelEvent } from '../data/model';
import { mainPlace, sourceCitations, sourceTitles } from './event-fields';

/**
 * The events as a GeoJSON FeatureCollection (RFC 7946): one Point feature per event at its first place with
 * coordinates, the properties the importer reads (id, title, start, end, category, summary, source) and the rest of
 * the event beside them. As in the CSV, `category` is the category's label and `source` each source's address or
 * title (see to-csv.ts). An event without coordinates keeps its feature with a null geometry, as the RFC allows, so
 * no event is dropped silently. A journey is still one point, at its first place; all places, with their roles, are
 * in the `places` property, which the importer does not read. `marker-color` is simplestyle, which geojson.io and
 * GitHub draw; category shapes are lost.
 */
export function toGeoJson(model: Model, events: readonly ModelEvent[]): string {
  const features = events.map((event): Feature<Point | null> => {
    const { record } = event;
    const place = mainPlace(event);
    const category = model.categoryById.get(record.category);
    return {
      type: 'Feature',
      id: record.id,
      geometry:
        place?.lat !== undefined && place.lon !== undefined
          ? { type: 'Point', coordinates: [place.lon, place.lat] }
          : null,
      properties: {
        id: record.id,
        title: record.title,
        start: record.start,
        end: record.end,
        category: category?.label ?? record.category,
        summary: record.summary,
        source: sourceCitations(model, record),
        place: place?.name,
        country: place?.country,
        category_id: record.category,
        'marker-color': category?.color,
        confidence: record.confidence,
        range_means: record.rangeMeans,
        date_note: record.dateNote,
        places: record.places,
        source_titles: sourceTitles(model, record),
      },
    };
  });
  const collection: FeatureCollection<Point | null> = { type: 'FeatureCollection', features };
  // A foreign member (RFC 7946, 6.1) telling Waymark's importer that the text is plain, never HTML.
  return `${JSON.stringify({ ...collection, waymark: { text: 'plain' } }, null, 2)}\n`;
}
