/** What the export menu can make. */
export type ExportKind =
  'csv' | 'geojson' | 'waymark' | 'timelinejs' | 'timeline-svg' | 'timeline-png' | 'map-svg' | 'map-png';

const SUFFIX: Record<ExportKind, string> = {
  csv: '.csv',
  geojson: '.geojson',
  waymark: '.json',
  // TimelineJS and Waymark files are both JSON: the name tells them apart at a glance.
  timelinejs: '-timelinejs.json',
  'timeline-svg': '-timeline.svg',
  'timeline-png': '-timeline.png',
  'map-svg': '-map.svg',
  'map-png': '-map.png',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The user's own calendar day, since that is the day they will look for in their downloads. */
export function formatLocalDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `<dataset-id>-<yyyy-mm-dd>.csv`, `<dataset-id>-timeline-<yyyy-mm-dd>.png` and so on. */
export function exportFileName(datasetId: string, kind: ExportKind, now = new Date()): string {
  const suffix = SUFFIX[kind];
  const dot = suffix.lastIndexOf('.');
  return `${datasetId}${suffix.slice(0, dot)}-${formatLocalDay(now)}${suffix.slice(dot)}`;
}

export const MIME_TYPES: Record<ExportKind, string> = {
  csv: 'text/csv;charset=utf-8',
  geojson: 'application/geo+json',
  waymark: 'application/json',
  timelinejs: 'application/json',
  'timeline-svg': 'image/svg+xml',
  'timeline-png': 'image/png',
  'map-svg': 'image/svg+xml',
  'map-png': 'image/png',
};
