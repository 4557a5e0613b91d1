/**
 * Which column holds which field. Names are matched without regard to case, spaces, `_` or `-`, so `Start Date`,
 * `start_date` and `START-DATE` are one name. The first alias found wins. `year`, `month` and `day` also read the
 * date columns of TimelineJS's spreadsheet template (Year, Month, Day, End Year, End Month, End Day).
 */
export const COLUMN_ALIASES = {
  id: ['id', 'unique id', 'slug'],
  title: ['title', 'headline', 'name', 'event'],
  start: ['start', 'start date', 'date', 'year', 'begin'],
  startMonth: ['month', 'start month'],
  startDay: ['day', 'start day'],
  end: ['end', 'end date', 'end year'],
  endMonth: ['end month'],
  endDay: ['end day'],
  place: ['place', 'location', 'place name', 'city'],
  country: ['country', 'country code'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
  category: ['category', 'group', 'type'],
  summary: ['summary', 'description', 'text', 'notes'],
  confidence: ['confidence'],
} as const;

/** Every column of these names is read as sources: URLs or citations, several to a cell separated by `;`. */
export const SOURCE_ALIASES = ['source', 'sources', 'url', 'link', 'citation'];

export type ColumnField = keyof typeof COLUMN_ALIASES;

export interface Columns {
  /** The index of the column for each field the header has. */
  index: Partial<Record<ColumnField, number>>;
  sources: number[];
  /** The header cells as the user wrote them, to name columns in problems. */
  header: string[];
}

export const normalizeHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

export function findColumns(header: string[]): Columns {
  const names = header.map(normalizeHeader);
  const index: Columns['index'] = {};
  for (const [field, aliases] of Object.entries(COLUMN_ALIASES) as [ColumnField, readonly string[]][]) {
    const found = aliases.map((alias) => names.indexOf(alias)).find((i) => i >= 0);
    if (found !== undefined) index[field] = found;
  }
  const sources = names.flatMap((name, i) => (SOURCE_ALIASES.includes(name) ? [i] : []));
  return { index, sources, header };
}
