import type { Model, ModelEvent } from '../data/model';
import { mainPlace, otherPlaces, sourceCitations, sourceTitles } from './event-fields';

/**
 * The columns the CSV importer reads, then what only Waymark has. A row holds one event and its first place with coordinates; other
 * places go into `other_places` as text, so their coordinates and roles (origin, destination) do not come back on
 * import. `category` holds the category's label, from which the importer makes the category (and its id) again;
 * `category_id` keeps the original id. `source` holds each source's address, or its title when it has none. Lost:
 * category colours and shapes, sources' publishers, authors and dates.
 */
export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'place',
  'country',
  'lat',
  'lon',
  'category',
  'summary',
  'source',
  'category_id',
  'confidence',
  'range_means',
  'date_note',
  'other_places',
  'source_titles',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/** Numbers a spreadsheet must read as numbers: a minus sign here is a negative coordinate, not a formula. */
const NUMERIC: ReadonlySet<Column> = new Set(['lat', 'lon']);

/**
 * A text cell a spreadsheet would run as a formula (OWASP "CSV injection": = + - @ tab, carriage return) gets a
 * leading apostrophe, which spreadsheets show as text and hide.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quoted when it holds a comma, a quote or a line break (or spaces at its ends), quotes doubled. */
export function quoteCsv(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function rowOf(model: Model, event: ModelEvent): Record<Column, string | number | undefined> {
  const { record } = event;
  const place = mainPlace(event);
  return {
    id: record.id,
    title: record.title,
    start: record.start,
    end: record.end,
    place: place?.name,
    country: place?.country,
    lat: place?.lat,
    lon: place?.lon,
    category: model.categoryById.get(record.category)?.label ?? record.category,
    summary: record.summary,
    source: sourceCitations(model, record),
    category_id: record.category,
    confidence: record.confidence,
    range_means: record.rangeMeans,
    date_note: record.dateNote,
    other_places: otherPlaces(event),
    source_titles: sourceTitles(model, record),
  };
}

/**
 * The events as CSV for spreadsheets: a header row, then one row per event, CRLF line ends, and a byte order mark so
 * that Excel reads the file as UTF-8.
 */
export function toCsv(model: Model, events: readonly ModelEvent[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const event of events) {
    const row = rowOf(model, event);
    const cells = CSV_COLUMNS.map((column) => {
      const value = row[column];
      if (value === undefined) return '';
      const text = String(value);
      return quoteCsv(NUMERIC.has(column) ? text : neutraliseFormula(text));
    });
    lines.push(cells.join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
