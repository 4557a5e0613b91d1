import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../state/use-app-store';
import { hoverEvent, selectEvent } from '../state/actions';
import type { ModelEvent } from '../data/model';
import type { Category, LocatedPlace } from '../data/schema';
import { EventIcon, MARKER_SIZE } from './event-icon';
import { spreadOverlapping } from './geometry';
import { markerPlaces } from './marker-places';
import { selectPresentedStopIds } from '../state/tour-selectors';

interface MarkerEntry {
  eventId: string;
  marker: L.Marker;
}

function createMarker(event: ModelEvent, category: Category, place: LocatedPlace) {
  const label = `${event.record.title}, ${event.dateLabel}, ${place.name}`;
  const marker = L.marker([place.lat, place.lon], {
    icon: new EventIcon({ category, label }),
    keyboard: false,
    riseOnHover: true,
  });
  const tooltip = document.createElement('span');
  tooltip.textContent = `${event.record.title} (${event.dateLabel})`;
  marker.bindTooltip(tooltip, { direction: 'top', offset: [0, -MARKER_SIZE / 2] });
  marker.on('click', () => selectEvent(event.id));
  marker.on('mouseover', () => hoverEvent(event.id));
  marker.on('mouseout', () => hoverEvent(null));
  return marker;
}

/**
 * Events as Leaflet DOM markers, one per event and place, for datasets small enough (see CLUSTER_THRESHOLD): created
 * imperatively, restyled by class on selection and hover, removed when filtered out. Markers that would overlap are
 * spread around their centre.
 */
export function DomMarkers({ events }: { events: readonly ModelEvent[] }) {
  const map = useMap();
  const model = useAppStore((s) => s.model)!;
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const stops = useAppStore(selectPresentedStopIds);
  const entries = useRef<MarkerEntry[]>([]);

  useEffect(
    function syncMarkers() {
      const created = events.flatMap((event) =>
        markerPlaces(event).map((place) => ({
          eventId: event.id,
          marker: createMarker(event, model.categoryById.get(event.record.category)!, place).addTo(map),
        })),
      );
      entries.current = created;
      const spread = () => {
        const points = created.map(({ marker }) => map.latLngToLayerPoint(marker.getLatLng()));
        spreadOverlapping(points, MARKER_SIZE - 2).forEach((offset, i) => {
          const shape = created[i].marker.getElement()?.firstElementChild as SVGElement | null;
          shape?.style.setProperty(
            'transform',
            offset.dx || offset.dy ? `translate(${offset.dx}px, ${offset.dy}px)` : '',
          );
        });
      };
      spread();
      map.on('zoomend', spread);
      performance.mark('waymark:map-drawn');
      return () => {
        map.off('zoomend', spread);
        for (const { marker } of created) marker.remove();
      };
    },
    [map, model, events],
  );

  useEffect(
    function styleMarkers() {
      for (const { eventId, marker } of entries.current) {
        const element = marker.getElement();
        const selected = eventId === selectedId;
        element?.classList.toggle('is-selected', selected);
        element?.classList.toggle('is-hovered', eventId === hoveredId);
        element?.classList.toggle('is-dimmed', stops !== null && !stops.has(eventId) && !selected);
        element?.setAttribute('aria-pressed', String(selected));
        marker.setZIndexOffset(selected ? 1000 : eventId === hoveredId ? 500 : 0);
      }
    },
    [events, selectedId, hoveredId, stops],
  );

  return null;
}
