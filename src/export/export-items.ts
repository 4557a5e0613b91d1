import type { ExportKind } from './file-name';

export interface ExportItem {
  kind: ExportKind;
  label: string;
  /** What the file is for and what it cannot hold, shown under the item. */
  note: string;
}

/** The events in view as data, each format with what it keeps and what it loses (see the serializers). */
export const DATA_ITEMS: ExportItem[] = [
  {
    kind: 'csv',
    label: 'Events as CSV',
    note: 'For spreadsheets. One row per event; further places and source details are kept only as text, category colours are lost.',
  },
  {
    kind: 'geojson',
    label: 'Events as GeoJSON',
    note: 'For GIS and web maps. One point per event at its first place; journeys’ other places are kept only as a property.',
  },
  {
    kind: 'waymark',
    label: 'Events as Waymark JSON',
    note: 'Everything about these events, with their categories and sources, to open again in Waymark.',
  },
  {
    kind: 'timelinejs',
    label: 'Events as TimelineJS JSON',
    note: 'For TimelineJS. Undated events are left out; sources, confidence, date notes and further places are lost.',
  },
];

export const IMAGE_ITEMS: ExportItem[] = [
  { kind: 'timeline-svg', label: 'Timeline as SVG', note: 'The timeline as drawn now, to edit or scale.' },
  { kind: 'timeline-png', label: 'Timeline as PNG', note: 'The timeline as drawn now, at twice its size, for slides.' },
  { kind: 'map-svg', label: 'Map as SVG', note: 'The map’s view of these events, 1600 × 900, on the offline map.' },
  { kind: 'map-png', label: 'Map as PNG', note: 'The same map as a picture, 3200 × 1800, for slides.' },
];
