import { htmlToText } from './html-to-text';
import { isObject, kindOf, numberOf, textOf } from './json-fields';
import { parseSpreadsheetDate } from './spreadsheet-dates';

/** The property names read for each field, first found wins. */
export const PROPERTY_KEYS = {
  title: ['title', 'headline', 'name'],
  start: ['start', 'start_date', 'startDate', 'date', 'time', 'year', 'begin'],
  end: ['end', 'end_date', 'endDate'],
  place: ['place', 'location'],
  category: ['category', 'group', 'type'],
  summary: ['summary', 'description', 'text'],
  sources: ['sources', 'source', 'url'],
} as const;

/**
 * A date property: text as in a spreadsheet, a number as a year (`1978`), or a large number as milliseconds since
 * 1970, which is how many GeoJSON files store a `time` (it gives a day, in UTC).
 */
export function readFeatureDate(value: unknown): { date?: string } | { error: string } {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value === 'string') return parseSpreadsheetDate(value);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 9999) {
    return { date: String(value).padStart(4, '0') };
  }
  if (typeof value === 'number' && Math.abs(value) >= 1e11 && Number.isFinite(value)) {
    const day = new Date(value).toISOString().slice(0, 10);
    if (/^\d{4}-/.test(day)) return { date: day };
  }
  return {
    error: `${typeof value === 'number' ? value : kindOf(value)} is not a date (write it as 2012, 2012-11 or 2012-11-19)`,
  };
}

/**
 * `[lat, lon]` from a feature's geometry, undefined when it has none, or a sentence. Only points are read: a
 * Waymark event happens at places, and the middle of a line or a shape is a place the file does not name.
 */
export function readPoint(geometry: unknown): [number, number] | undefined | { error: string } {
  if (geometry === undefined || geometry === null) return undefined;
  if (!isObject(geometry)) return { error: `should be a Point geometry, not ${kindOf(geometry)}` };
  const single =
    geometry.type === 'MultiPoint' && Array.isArray(geometry.coordinates) && geometry.coordinates.length === 1;
  if (geometry.type !== 'Point' && !single) {
    return {
      error: `is a ${textOf(geometry.type) || 'shape'}, not a Point: Waymark places events at points (use null for no place)`,
    };
  }
  const position: unknown = single ? (geometry.coordinates as unknown[])[0] : geometry.coordinates;
  if (!Array.isArray(position) || position.length < 2) return { error: 'coordinates should be [longitude, latitude]' };
  const [lon, lat] = position.map(numberOf);
  if (typeof lon !== 'number' || typeof lat !== 'number')
    return { error: 'coordinates should be two numbers, [longitude, latitude]' };
  return [lat, lon];
}

/** Text of a property; HTML (as KML conversions leave in descriptions) reduced to plain text. */
export function propertyText(value: unknown): string {
  const text = textOf(value);
  return /<[a-z/][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text) ? htmlToText(text) : text;
}

/** Sources from a string (several separated by `;`) or a list of strings. */
export const sourceText = (value: unknown) => (Array.isArray(value) ? value.map(textOf).join(';') : textOf(value));
