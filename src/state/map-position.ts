/** The deepest zoom the map offers: the bundled country shapes are not drawn for closer views. */
export const MAP_MAX_ZOOM = 8;

import type { MapView } from './store';

/** Rounds a map view to what its zoom can show, about one pixel, so links stay short and stable. */
export function roundMapView({ lat, lon, zoom }: MapView): MapView {
  const digits = Math.max(0, Math.min(6, Math.ceil(Math.log10((2 ** zoom * 256) / 360))));
  const factor = 10 ** digits;
  const round = (value: number) => Math.round(value * factor) / factor || 0;
  return { lat: round(lat), lon: round(lon), zoom: Math.round(zoom * 100) / 100 };
}

export function sameMapView(a: MapView | null, b: MapView | null): boolean {
  return a === b || (!!a && !!b && a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom);
}
