import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../state/use-app-store';
import { addNotice, hoverEvent, selectEvent } from '../state/actions';
import type { ModelEvent } from '../data/model';
import { ClusterController } from './cluster-controller';

export { prepareClusterIndex } from './cluster-controller';

/** Many events: numbered clusters and single markers on a canvas, indexed in a worker (see ClusterController). */
export function ClusterMarkers({ events }: { events: readonly ModelEvent[] }) {
  const map = useMap();
  const model = useAppStore((s) => s.model)!;
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const controller = useRef<ClusterController | null>(null);

  useEffect(
    function createClusters() {
      const created = new ClusterController(map, model, { select: selectEvent, hover: hoverEvent, onError: addNotice });
      controller.current = created;
      return () => {
        created.dispose();
        controller.current = null;
      };
    },
    [map, model],
  );

  useEffect(
    function indexEvents() {
      controller.current?.setEvents(events);
    },
    [map, model, events],
  );

  useEffect(
    function highlight() {
      controller.current?.setHighlight(selectedId, hoveredId);
    },
    [map, model, selectedId, hoveredId],
  );

  return (
    <p className="map-scale-note">
      Many events: markers are grouped in numbered circles (click one to zoom in). Journeys are drawn for the selected
      event only.
    </p>
  );
}
