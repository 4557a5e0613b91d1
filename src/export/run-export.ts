import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Model, ModelEvent } from '../data/model';
import { appStore, type AppState } from '../state/store';
import { isFiltered, selectFilteredEvents, selectTimedEvents, selectTimeWindow } from '../state/selectors';
import { projectCountries } from './basemap-path';
import { describeEventCount, describeTimeWindow } from './describe-view';
import { downloadBlob } from '../ui/download';
import { exportFileName, MIME_TYPES, type ExportKind } from './file-name';
import type { ImageCaption } from './image-caption';
import { frameOfView, frameToFit, project, zoomOfFrame, type MapFrame } from './map-frame';
import { createMapSvg, MAP_IMAGE_SIZE } from './map-image';
import { svgToPng } from './svg-to-png';
import { createTimelineSvg, findTimelineSvg } from './timeline-image';
import { toCsv } from './to-csv';
import { toGeoJson } from './to-geojson';
import { toTimelineJs } from './to-timelinejs';
import { toWaymark } from './to-waymark';

/** The zoom from which the map draws the finer country shapes (FINE_ZOOM in src/map/basemap.tsx). */
const FINE_ZOOM = 4;
const ATTRIBUTION = 'Country shapes: Natural Earth';
/** The map panel on screen, whose size turns a zoom level into how much of the world it shows. */
const MAP_PANEL_SELECTOR = 'section[aria-label="Map"] .leaflet-container';

const SERIALIZERS = { csv: toCsv, geojson: toGeoJson, waymark: toWaymark, timelinejs: toTimelineJs } as const;

function captionOf(state: AppState, model: Model, events: readonly ModelEvent[], prefix?: string): ImageCaption {
  const count = describeEventCount(selectFilteredEvents(state).length, model.events.length, isFiltered(state.filters));
  const used = new Set(events.map((e) => e.record.category));
  return {
    title: model.meta.title,
    subtitle: prefix ? `${prefix} · ${count}` : count,
    categories: model.categories.filter((c) => used.has(c.id)),
  };
}

async function timelineImage(state: AppState, model: Model, png: boolean): Promise<Blob> {
  const source = findTimelineSvg();
  if (!source) throw new Error('the timeline is not drawn on this page');
  const events = selectTimedEvents(state);
  const caption = captionOf(state, model, events, describeTimeWindow(selectTimeWindow(state)));
  const { svg, width, height } = createTimelineSvg(source, caption);
  return png ? svgToPng(svg, width, height) : new Blob([svg], { type: MIME_TYPES['timeline-svg'] });
}

/** The view on screen when the user chose one; else what the map fits, the filtered events' places. */
function currentFrame(state: AppState, events: readonly ModelEvent[]): MapFrame {
  const panel = document.querySelector(MAP_PANEL_SELECTOR);
  if (state.mapView && panel) {
    return frameOfView(state.mapView, { width: panel.clientWidth, height: panel.clientHeight }, MAP_IMAGE_SIZE);
  }
  return frameToFit(
    events.flatMap((e) => e.located.map((p) => project(p.lat, p.lon))),
    MAP_IMAGE_SIZE,
  );
}

async function mapImage(state: AppState, model: Model, baseUrl: string, png: boolean): Promise<Blob> {
  const events = selectFilteredEvents(state);
  const frame = currentFrame(state, events);
  const detail = zoomOfFrame(frame) >= FINE_ZOOM ? 'fine' : 'coarse';
  const response = await fetch(`${baseUrl}basemap/basemap-${detail}.json`);
  if (!response.ok) throw new Error(`the map's country shapes could not be loaded (HTTP ${response.status})`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const unplaced = events.filter((e) => !e.located.length).length;
  const caption = captionOf(state, model, events);
  if (unplaced) caption.subtitle += ` (${unplaced} without a place are not shown)`;
  const svg = createMapSvg({
    events,
    categoryById: model.categoryById,
    frame,
    countries: projectCountries(topology),
    caption,
    attribution: ATTRIBUTION,
  });
  return png ? svgToPng(svg, frame.width, frame.height) : new Blob([svg], { type: MIME_TYPES['map-svg'] });
}

/** Makes the file of `kind` from what the app shows now and saves it; returns the file's name. */
export async function runExport(kind: ExportKind, baseUrl: string): Promise<string> {
  const state = appStore.getState();
  const model = state.model;
  if (!model) throw new Error('no dataset is open');
  const fileName = exportFileName(model.meta.id, kind);
  let blob: Blob;
  if (kind === 'timeline-svg' || kind === 'timeline-png')
    blob = await timelineImage(state, model, kind === 'timeline-png');
  else if (kind === 'map-svg' || kind === 'map-png') blob = await mapImage(state, model, baseUrl, kind === 'map-png');
  else blob = new Blob([SERIALIZERS[kind](model, selectFilteredEvents(state))], { type: MIME_TYPES[kind] });
  downloadBlob(blob, fileName);
  return fileName;
}
