import { useEffect, useRef, useState } from 'react';
import L from 'leaflet';
import { useMap, useMapEvent } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { useAppStore } from '../state/use-app-store';
import { MAP_COLORS } from '../ui/map-colors';

/** Zoom from which the finer country shapes are loaded and drawn. */
export const FINE_ZOOM = 4;

const ATTRIBUTION = 'Country shapes: Natural Earth';
const STYLE: L.PathOptions = {
  color: MAP_COLORS.border,
  weight: 0.7,
  fillColor: MAP_COLORS.land,
  fillOpacity: 1,
  interactive: false,
};

async function fetchCountries(url: string): Promise<FeatureCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries) as FeatureCollection;
}

/**
 * Country shapes from Natural Earth that ship with the app: a coarse world first, finer shapes once the user zooms in.
 * Drawn on one canvas, so hundreds of polygons cost one layer.
 */
export function Basemap({
  baseUrl,
  onError,
  onDrawn,
}: {
  baseUrl: string;
  onError: (message: string) => void;
  /** Told once the countries have been drawn the first time (the map's poster can go then). */
  onDrawn?: () => void;
}) {
  const map = useMap();
  const [detail, setDetail] = useState<'coarse' | 'fine'>(map.getZoom() >= FINE_ZOOM ? 'fine' : 'coarse');
  useMapEvent('zoomend', () => {
    if (map.getZoom() >= FINE_ZOOM) setDetail('fine');
  });

  const current = useRef<L.GeoJSON | null>(null);
  const onDrawnRef = useRef(onDrawn);
  useEffect(() => {
    onDrawnRef.current = onDrawn;
  }, [onDrawn]);
  // Online tiles, when the user turns them on, draw the countries instead; the offline shapes wait, ready to return.
  const hidden = useAppStore((s) => s.onlineTiles);
  const hiddenRef = useRef(hidden);
  useEffect(
    function hideUnderTiles() {
      hiddenRef.current = hidden;
      const layer = current.current;
      if (!layer) return;
      if (hidden) layer.remove();
      else layer.addTo(map).bringToBack();
    },
    [map, hidden],
  );
  useEffect(
    function removeOnUnmount() {
      return () => {
        current.current?.remove();
      };
    },
    [map],
  );

  useEffect(
    function drawCountries() {
      let cancelled = false;
      fetchCountries(`${baseUrl}basemap/basemap-${detail}.json`)
        .then((countries) => {
          if (cancelled) return;
          const options: L.GeoJSONOptions & L.PathOptions = {
            attribution: ATTRIBUTION,
            style: STYLE,
            interactive: false,
            renderer: L.canvas({ padding: 0.5 }),
          };
          const layer = L.geoJSON(countries, options);
          if (!hiddenRef.current) layer.addTo(map).bringToBack();
          current.current?.remove();
          current.current = layer;
          performance.mark(`waymark:basemap-${detail}`);
          // The canvas paints on the next frame.
          requestAnimationFrame(() => onDrawnRef.current?.());
        })
        .catch((error: Error) => onError(`The map's country shapes could not be loaded (${error.message}).`));
      return () => {
        cancelled = true;
      };
    },
    [map, baseUrl, detail, onError],
  );
  return null;
}
