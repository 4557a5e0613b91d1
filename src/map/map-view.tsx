import { useCallback, useMemo, useState } from 'react';
import { AttributionControl, MapContainer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { useAppStore } from '../state/use-app-store';
import { Basemap } from './basemap';
import { EventMarkers } from './event-markers';
import { Journeys } from './journeys';
import { MapViewSync, boundsOf } from './map-view-sync';
import { FitButton } from './fit-button';

/** The offline map: Natural Earth countries, event markers by category, journeys as arrows. */
export function MapView({ baseUrl }: { baseUrl: string }) {
  const model = useAppStore((s) => s.model)!;
  const [problem, setProblem] = useState<string | null>(null);
  const onError = useCallback((message: string) => setProblem(message), []);
  const bounds = useMemo(() => boundsOf(model.events) ?? undefined, [model]);
  return (
    <section className="map" aria-label="Map">
      <h2 className="visually-hidden">Map</h2>
      <MapContainer
        className="map-container"
        bounds={bounds}
        boundsOptions={{ padding: [30, 30], maxZoom: 5 }}
        minZoom={1}
        maxZoom={8}
        worldCopyJump={false}
        maxBounds={[
          [-85, -200],
          [85, 200],
        ]}
        attributionControl={false}
        keyboardPanDelta={120}
      >
        <AttributionControl prefix={false} />
        <Basemap baseUrl={baseUrl} onError={onError} />
        <Journeys />
        <EventMarkers />
        <MapViewSync />
        <FitButton />
      </MapContainer>
      {problem && (
        <p className="map-notice" role="status">
          {problem}
        </p>
      )}
    </section>
  );
}
