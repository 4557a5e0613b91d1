import { useMemo } from 'react';
import type { ModelEvent } from '../data/model';
import { useAppStore } from '../state/use-app-store';
import { selectFilteredEvents } from '../state/selectors';
import { selectActiveTour } from '../state/tour-selectors';
import { createChronologyHandout, createTourHandout } from './handout';
import { PrintEntry } from './print-entry';
import { PrintMap } from './print-map';
import { usePrintStamp } from './use-print-stamp';
import './print.css';

const NO_EVENTS: ModelEvent[] = [];
/** Up to this many entries stay rendered (hidden) all the time; a longer handout is built only when printing. */
export const EAGER_ENTRIES = 200;
const PRINTED_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The printed handout: a chronology of the filtered events, or the active tour's stops with their notes, each with its
 * dates, places, summary and full sources, and a small map. Always rendered, shown only in print (see print.css); a long one is filled in only while printing.
 */
export function PrintHandout() {
  const model = useAppStore((s) => s.model);
  const filters = useAppStore((s) => s.filters);
  // selectFilteredEvents returns a new [] without a model, which useSyncExternalStore would chase forever.
  const events = useAppStore((s) => (s.model ? selectFilteredEvents(s) : NO_EVENTS));
  const tour = useAppStore(selectActiveTour);
  const stamp = usePrintStamp();
  // A long chronology's entries are made only while printing: made for 100,000 events on every search, they were
  // 200,000 objects no one saw.
  const eager = stamp.printing || events.length <= EAGER_ENTRIES;
  const handout = useMemo(() => {
    if (!model) return null;
    return tour
      ? createTourHandout(model, tour)
      : createChronologyHandout(model, filters, events, eager ? 'with entries' : 'heading only');
  }, [model, tour, filters, events, eager]);
  const mapEvents = useMemo(() => handout?.entries.map((entry) => entry.event) ?? [], [handout]);
  if (!model || !handout) return null;
  const full = stamp.printing || handout.entries.length <= EAGER_ENTRIES;

  return (
    <section className="print-handout" aria-label="Printable handout">
      <p className="print-stamp">
        Printed {PRINTED_DATE.format(stamp.printedAt)} from <span className="print-url">{stamp.href}</span>
      </p>
      <h1 className="print-title">{model.meta.title}</h1>
      <h2 className="print-heading">{handout.heading}</h2>
      {handout.lines.map((line, i) => (
        <p key={i} className="print-scope">
          {line}
        </p>
      ))}
      {full && (
        <>
          <PrintMap events={mapEvents} categoryById={model.categoryById} />
          <ol className="print-entries">
            {handout.entries.map(({ event, note }, i) => (
              <PrintEntry
                key={`${i}-${event.id}`}
                event={event}
                category={model.categoryById.get(event.record.category)}
                sourceById={model.sourceById}
                note={note}
              />
            ))}
          </ol>
        </>
      )}
      <p className="print-colophon">
        Dataset version {model.meta.version}
        {model.meta.authors?.length ? `, by ${model.meta.authors.join(', ')}` : ''}
        {model.meta.license ? `, licence ${model.meta.license}` : ''}.
      </p>
    </section>
  );
}
