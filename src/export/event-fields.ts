import type { Model, ModelEvent } from '../data/model';
import type { EventRecord, Place } from '../data/schema';

// Text fields shared by the flat formats (CSV, GeoJSON), which hold one source column and one place. Several sources
// are joined with "; ", as the importer splits them.

/**
 * Each source as the importer reads it: its address when it has one (which comes back as the source's url), else its
 * title (which comes back as a citation). A ";" inside a title becomes ",".
 */
export function sourceCitations(model: Model, record: EventRecord): string {
  return record.sources
    .map((id) => {
      const source = model.sourceById.get(id);
      return source?.url?.replaceAll(';', '%3B') ?? (source?.title ?? id).replaceAll(';', ',');
    })
    .join('; ');
}

/** The titles of the event's sources, for people: `source` may hold only their addresses. */
export function sourceTitles(model: Model, record: EventRecord): string {
  return record.sources.map((id) => (model.sourceById.get(id)?.title ?? id).replaceAll(';', ',')).join('; ');
}

/** "Yangon (MM; 16.87, 96.2; destination)": a place as one piece of text, for a column that holds several. */
export function describePlace(place: Place): string {
  const details = [
    place.country,
    place.lat !== undefined && place.lon !== undefined ? `${place.lat}, ${place.lon}` : undefined,
    place.role,
  ].filter(Boolean);
  return details.length ? `${place.name} (${details.join('; ')})` : place.name;
}

/** The place a one-place format keeps: the first with coordinates, else the first. */
export function mainPlace(event: ModelEvent): Place | undefined {
  return event.located[0] ?? event.record.places[0];
}

/** Every place but the main one, joined with " | " (place names may hold ";"). */
export function otherPlaces(event: ModelEvent): string {
  const main = mainPlace(event);
  return event.record.places
    .filter((place) => place !== main)
    .map(describePlace)
    .join(' | ');
}
