import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, Polyline } from 'react-leaflet';
import type { LeafletEventHandlerFnMap, PathOptions, Polyline as LeafletPolyline } from 'leaflet';
import { useAppStore } from '../state/use-app-store';
import { selectEventsUntilPlayhead } from '../state/playback-selectors';
import { selectFilteredEvents } from '../state/selectors';
import { hoverEvent, selectEvent } from '../state/actions';
import { journeyEnds, type ModelEvent } from '../data/model';
import { createArc } from './geometry';
import { createArrowIcon } from './event-icon';
import { needsClustering } from './marker-places';

/**
 * Journeys (events with an origin and a destination) as curved arrows; during playback, those that have begun. When
 * the map clusters its markers, thousands of arrows would hide the map and each costs DOM nodes: then only the
 * selected and the hovered event's journeys are drawn (the map's note says so).
 */
export function Journeys() {
  const model = useAppStore((s) => s.model)!;
  const events = useAppStore(selectEventsUntilPlayhead);
  const clustered = useAppStore((s) => needsClustering(selectFilteredEvents(s), s.model!));
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const journeys = useMemo(() => {
    if (!clustered) return events.filter((e) => journeyEnds(e) !== undefined);
    const picked = [selectedId, hoveredId].flatMap((id) => (id ? [model.byId.get(id)] : []));
    return [...new Set(picked)].filter(
      (e): e is ModelEvent => e !== undefined && events.includes(e) && journeyEnds(e) !== undefined,
    );
  }, [clustered, events, model, selectedId, hoveredId]);
  return journeys.map((event) => (
    <JourneyArc
      key={event.id}
      event={event}
      color={model.categoryById.get(event.record.category)!.color}
      state={event.id === selectedId ? 'selected' : event.id === hoveredId ? 'hovered' : 'normal'}
    />
  ));
}

const WEIGHT = { normal: 2.5, hovered: 4, selected: 5 };

const JourneyArc = memo(function JourneyArc({
  event,
  color,
  state,
}: {
  event: ModelEvent;
  color: string;
  state: keyof typeof WEIGHT;
}) {
  const arc = useMemo(() => {
    const [origin, destination] = journeyEnds(event)!;
    return createArc([origin.lat, origin.lon], [destination.lat, destination.lon]);
  }, [event]);
  const pathOptions = useMemo<PathOptions>(
    () => ({
      color,
      weight: WEIGHT[state],
      opacity: state === 'normal' ? 0.75 : 1,
      className: `journey journey-${state}`,
    }),
    [color, state],
  );
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: () => selectEvent(event.id),
      mouseover: () => hoverEvent(event.id),
      mouseout: () => hoverEvent(null),
    }),
    [event.id],
  );
  const icon = useMemo(() => createArrowIcon(arc.endAngle, color), [arc, color]);
  const line = useRef<LeafletPolyline>(null);
  useEffect(
    function showState() {
      // Leaflet reads `className` only when it creates the path; later states are classes on its element.
      const element = line.current?.getElement();
      for (const name of Object.keys(WEIGHT)) element?.classList.toggle(`journey-${name}`, name === state);
    },
    [state],
  );
  return (
    <>
      <Polyline
        ref={line}
        className="journey"
        positions={arc.points}
        pathOptions={pathOptions}
        eventHandlers={handlers}
      />
      <Marker position={arc.points[arc.points.length - 1]} icon={icon} interactive={false} keyboard={false} />
    </>
  );
});
