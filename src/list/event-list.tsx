import { Suspense, useEffect, useRef } from 'react';
import { lazyComponent } from '../ui/lazy-component';
import { prepareFilterIndex } from '../data/search-index';
import { useAppStore } from '../state/use-app-store';
import { selectFilteredEvents } from '../state/selectors';
import { EventListRow } from './event-list-row';
import { revealRow } from './reveal-row';

/** TanStack Virtual (10 KB gzipped) loads only for a list long enough to need it. */
const { Component: VirtualEventList, preload: preloadVirtualList } = lazyComponent(() =>
  import('./virtual-event-list').then((module) => module.VirtualEventList),
);
export { preloadVirtualList };

/**
 * Above this many rows the list renders only the rows in view. Below it every row is in the page, so the browser's
 * find-in-page sees them all; 300 rows mount in a few ms.
 */
export const VIRTUAL_LIST_THRESHOLD = 300;

/** The filtered events as a chronological list: the text alternative to the timeline and the map. */
export function EventList() {
  const model = useAppStore((s) => s.model);
  const events = useAppStore(selectFilteredEvents);
  const virtual = events.length > VIRTUAL_LIST_THRESHOLD;

  useEffect(
    function prepareSearch() {
      // The list shows what search finds: build the search index while nobody is typing (about 100 ms for 100,000
      // events, in steps), rather than on the first keystroke, and not while the dataset loads.
      if (!model || model.events.length <= VIRTUAL_LIST_THRESHOLD) return;
      const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
      const cancel = window.cancelIdleCallback ?? window.clearTimeout;
      let stop = () => {};
      const handle = idle(() => (stop = prepareFilterIndex(model)));
      return () => {
        cancel(handle);
        stop();
      };
    },
    [model],
  );
  return (
    <section className={virtual ? 'event-list is-virtual' : 'event-list'} aria-label="Event list">
      <h2 className="panel-heading">Events</h2>
      {events.length === 0 ? (
        <p className="empty">No events match the filters.</p>
      ) : virtual ? (
        <Suspense fallback={<p className="empty">Preparing the list of {events.length} events…</p>}>
          <VirtualEventList events={events} />
        </Suspense>
      ) : (
        <AllRows />
      )}
    </section>
  );
}

function AllRows() {
  const model = useAppStore((s) => s.model)!;
  const events = useAppStore(selectFilteredEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(
    function revealSelection() {
      const list = listRef.current;
      if (!list || !selectedId) return;
      revealRow(list, list.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`));
    },
    [selectedId],
  );

  return (
    <ol ref={listRef}>
      {events.map((event) => (
        <EventListRow
          key={event.id}
          event={event}
          category={model.categoryById.get(event.record.category)!}
          selected={event.id === selectedId}
          hovered={event.id === hoveredId}
        />
      ))}
    </ol>
  );
}
