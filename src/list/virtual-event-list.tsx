import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { ModelEvent } from '../data/model';
import { useAppStore } from '../state/use-app-store';
import { indexInOrder } from '../state/selectors';
import { positionsIn } from '../data/search-index';
import { EventListRow } from './event-list-row';
import { revealRow } from './reveal-row';
import './virtual-event-list.css';

/** A row with a one-line title; rows measure themselves once drawn. */
const ESTIMATED_ROW_PX = 52;
const OVERSCAN = 6;
const estimateSize = () => ESTIMATED_ROW_PX;

/**
 * A long list with only the rows in view (and a few either side) in the page. Each row says its place in the whole
 * list (aria-posinset of aria-setsize). The selected row is always rendered, so keyboard focus on it survives
 * scrolling, and a selection made elsewhere scrolls it into view.
 */
export function VirtualEventList({ events }: { events: readonly ModelEvent[] }) {
  const model = useAppStore((s) => s.model)!;
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const selectedIndex = useMemo(
    () => (selectedId ? indexInOrder(events, model.byId.get(selectedId)) : -1),
    [events, model, selectedId],
  );

  // Stable callbacks: a new getItemKey makes the virtualizer measure all 100,000 rows again on every render. The key
  // is the event's place in the model (its order), read from the filter's positions where it has them: the
  // virtualizer asks every row's key on every change of the filters, and reading 100,000 events' ids took 5 ms.
  const positions = useMemo(() => positionsIn(events, model.events), [events, model]);
  const getItemKey = useCallback(
    (index: number) => (positions ? positions[index] : events[index].order),
    [events, positions],
  );
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (selectedIndex < 0 || indexes.includes(selectedIndex)) return indexes;
      return [...indexes, selectedIndex].sort((a, b) => a - b);
    },
    [selectedIndex],
  );
  // The app is not built with React Compiler, which is what this rule protects; the rows read the virtualizer afresh
  // on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize,
    overscan: OVERSCAN,
    getItemKey,
    rangeExtractor,
  });

  useLayoutEffect(
    function revealSelection() {
      const scroller = scrollerRef.current;
      if (!scroller || selectedIndex < 0) return;
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
      const id = CSS.escape(events[selectedIndex].id);
      // The list may itself lie below the fold of the sidebar: revealRow brings the row into the sidebar's view too.
      revealRow(scroller, scroller.querySelector<HTMLElement>(`[data-event-id="${id}"]`));
    },
    [selectedIndex, events, virtualizer],
  );

  return (
    <div ref={scrollerRef} className="event-list-scroller">
      <ol style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const event = events[item.index];
          return (
            <EventListRow
              key={item.key}
              event={event}
              category={model.categoryById.get(event.record.category)!}
              selected={event.id === selectedId}
              hovered={event.id === hoveredId}
              place={{
                index: item.index,
                setSize: events.length,
                start: item.start,
                measureRef: virtualizer.measureElement,
              }}
            />
          );
        })}
      </ol>
    </div>
  );
}
