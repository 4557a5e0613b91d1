import type { Place } from '../data/schema';
import type { Problem } from '../data/problems';
import { createWhere, eventField, IMPORTED_CONFIDENCE, summaryOr, type Candidate, type Reading } from './candidate';
import { createCategories } from './categories';
import { htmlToLine, htmlToText } from './html-to-text';
import { firstKey, isObject, kindOf, labelWith, numberOf, textOf, type Json } from './json-fields';
import { slugify } from './slug';
import { FILE_SOURCE_ID, createSources } from './sources';
import { readTimelineDate } from './timelinejs-dates';

/** TimelineJS's names for the event's fields, to say where a problem is. */
const FIELD_NAMES: Record<string, string> = {
  id: 'unique_id',
  title: 'text.headline',
  summary: 'text.text',
  start: 'start_date',
  end: 'end_date',
  category: 'group',
  places: 'location',
  place: 'location.name',
  lat: 'location.lat',
  lon: 'location.lon',
};
const fieldName = (path: readonly PropertyKey[]) => `field ${FIELD_NAMES[eventField(path)] ?? eventField(path)}`;

/** A headline's stand-in when an event has none: the first line of its text, as TimelineJS would show it. */
const firstLine = (text: string) => {
  const line = text.split('\n')[0].trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * The event's place: the `location` object that StoryMapJS and some TimelineJS tools add (`{lat, lon, name}`), or
 * `lat`, `lon` and `place` on the event itself. Plain TimelineJS has neither, and its events are placed nowhere.
 */
function readPlace(event: Json, fail: (field: string, message: string) => void): Place | undefined {
  const location = isObject(event.location) ? event.location : event;
  const coordinate = (field: 'lat' | 'lon', keys: string[]) => {
    const value = numberOf(location[firstKey(location, keys) ?? keys[0]]);
    if (typeof value === 'object') return void fail(field, value.error);
    return value;
  };
  const lat = coordinate('lat', ['lat', 'latitude']);
  const lon = coordinate('lon', ['lon', 'lng', 'longitude']);
  const name = htmlToLine(textOf(location === event ? event.place : (location.name ?? location.place)));
  if (!name && lat === undefined && lon === undefined) return undefined;
  return {
    name: name || `${lat ?? '?'}, ${lon ?? '?'}`,
    ...(lat !== undefined && { lat }),
    ...(lon !== undefined && { lon }),
  };
}

/** Reads TimelineJS3 JSON: `events` with `start_date`, `text`, `group` and `unique_id`; the title slide names the dataset. */
export function readTimelineJs(json: Json, fileName: string): Reading {
  const categories = createCategories();
  const title = isObject(json.title) && isObject(json.title.text) ? htmlToLine(textOf(json.title.text.headline)) : '';
  const events = Array.isArray(json.events) ? json.events : [];
  const base = { categories: [], sources: [], problems: [], title };
  if (!events.length)
    return { ...base, candidates: [], fatal: `${fileName} has no events: its "events" list is empty or missing.` };
  const candidates = events.map((item: unknown, i): Candidate => {
    const event: Json = isObject(item) ? item : {};
    const text: Json = isObject(event.text) ? event.text : {};
    const summary = htmlToText(textOf(text.text));
    const headline = htmlToLine(textOf(text.headline)) || firstLine(summary);
    const where = createWhere(labelWith('event', i, textOf(event.unique_id) || headline), fieldName);
    if (!isObject(item))
      return {
        event: {},
        where,
        problems: [{ where: where([]), message: `should be a group of fields, not ${kindOf(item)}` }],
      };
    const problems: Problem[] = [];
    const fail = (field: string, message: string) => problems.push({ where: where([field]), message });
    const date = (field: 'start' | 'end', value: unknown) => {
      const read = readTimelineDate(value);
      if ('error' in read) return void fail(field, read.error);
      return read.date;
    };
    const place = readPlace(event, fail);
    const candidate = {
      id: slugify(textOf(event.unique_id)) || undefined,
      title: headline,
      start: date('start', event.start_date),
      end: date('end', event.end_date),
      category: categories.idFor(htmlToLine(textOf(event.group))),
      places: place ? [place] : [],
      summary: summaryOr(summary, headline),
      // TimelineJS has no sources (a media credit is the picture's, not the event's): the file is the source.
      sources: [FILE_SOURCE_ID],
      confidence: IMPORTED_CONFIDENCE,
    };
    return { event: candidate, where, problems };
  });
  return { ...base, candidates, categories: categories.list(), sources: [createSources(fileName).fileSource] };
}
