import { useCallback, useState } from 'react';
import { AttributionControl, MapContainer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { useAppStore } from '../state/use-app-store';
import { appStore } from '../state/store';
import { MAP_MAX_ZOOM } from '../state/map-position';
import { selectFilteredEvents, selectSelectedEvent } from '../state/selectors';
import { selectStopNeighbours } from '../state/tour-selectors';
import { Basemap } from './basemap';
import { EventMarkers } from './event-markers';

export { prepareClusters, prepareMarkers } from './event-markers';
import { Journeys } from './journeys';
import { FIT_OPTIONS, MapViewSync, boundsOf } from './map-view-sync';
import { FitButton } from './fit-button';
import { OnlineTiles } from './online-tiles';
import { TilesToggle } from './tiles-toggle';
import { ControlGroup } from './control-group';
import './map-scale.css';

/** The offline map: Natural Earth countries, event markers by category, journeys as arrows. */
export function MapView({ baseUrl, onDrawn }: { baseUrl: string; onDrawn?: () => void }) {
  const model = useAppStore((s) => s.model)!;
  const [problem, setProblem] = useState<string | null>(null);
  const onError = useCallback((message: string) => setProblem(message), []);
  // MapContainer's view props are read once, at mount: the view a link asked for, else what the selection or filters fit.
  const [initial] = useState(() => {
    const state = appStore.getState();
    if (state.mapView)
      return { center: [state.mapView.lat, state.mapView.lon] as [number, number], zoom: state.mapView.zoom };
    const selected = selectSelectedEvent(state);
    const filtered = selectFilteredEvents(state);
    const neighbours = state.present ? selectStopNeighbours(state) : [];
    const fitted = neighbours.length ? neighbours : selected ? [selected] : filtered.length ? filtered : model.events;
    return { bounds: boundsOf(fitted) ?? undefined };
  });
  return (
    <section className="map" aria-label="Map">
      <h2 className="visually-hidden">Map</h2>
      <MapContainer
        className="map-container"
        {...initial}
        boundsOptions={FIT_OPTIONS}
        minZoom={1}
        maxZoom={MAP_MAX_ZOOM}
        worldCopyJump={false}
        maxBounds={[
          [-85, -200],
          [85, 200],
        ]}
        attributionControl={false}
        keyboardPanDelta={120}
      >
        <AttributionControl prefix={false} />
        <OnlineTiles />
        <Basemap baseUrl={baseUrl} onError={onError} onDrawn={onDrawn} />
        <Journeys />
        <EventMarkers />
        <MapViewSync />
        <ControlGroup position="topright" label="Map view">
          <FitButton />
          <TilesToggle />
        </ControlGroup>
      </MapContainer>
      {problem && (
        <p className="map-notice" role="status">
          {problem}
        </p>
      )}
    </section>
  );
}
