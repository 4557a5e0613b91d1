import { useAppStore } from '../state/use-app-store';
import { selectSelectedEvent } from '../state/selectors';
import { clearSelection, stepSelection } from '../state/actions';
import type { Place, Source } from '../data/schema';
import { absenceNote } from '../data/model';
import { ShapeIcon } from '../ui/shape-icon';
import { countryName } from '../ui/countries';

const CONFIDENCE: Record<string, string> = {
  high: 'High: the sources state it plainly.',
  medium: 'Medium: partly inferred; see how the date was found.',
  low: 'Low: an estimate; see how the date was found.',
};

/** "Phnom Penh (Cambodia)", or just the name where it already names the country. */
export function placeLabel(place: Place): string {
  if (!place.country) return place.name;
  const country = countryName(place.country);
  return place.name.includes(country) ? place.name : `${place.name} (${country})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function SourceItem({ source }: { source: Source }) {
  const href = safeHref(source.url);
  return (
    <li>
      <cite>{href ? <a href={href}>{source.title}</a> : source.title}</cite>
      <span className="source-meta">
        {[source.author, source.publisher, source.date].filter(Boolean).join(', ')}
        {source.file && (
          <>
            {' · '}file <code>{source.file}</code>
          </>
        )}
      </span>
    </li>
  );
}

/** Everything known about the selected event, with its sources. */
export function DetailsPanel() {
  const model = useAppStore((s) => s.model)!;
  const event = useAppStore(selectSelectedEvent);

  if (!event) {
    return (
      <section className="details" aria-label="Event details">
        <h2 className="panel-heading">Details</h2>
        <p className="details-empty">
          Select an event on the timeline, the map or the list to read about it and its sources. Use ← and → to step
          through time, Escape to clear.
        </p>
      </section>
    );
  }

  const { record } = event;
  const category = model.categoryById.get(record.category)!;
  const origin = record.places.find((p) => p.role === 'origin');
  const destination = record.places.find((p) => p.role === 'destination');
  return (
    <section className="details" aria-label="Event details">
      <div className="details-nav">
        <button type="button" onClick={() => stepSelection(-1)} aria-label="Previous event">
          ← Previous
        </button>
        <button type="button" onClick={() => stepSelection(1)} aria-label="Next event">
          Next →
        </button>
        <button type="button" onClick={clearSelection} aria-label="Close details">
          ✕
        </button>
      </div>
      <h2 className="details-title">{record.title}</h2>
      <p className="details-date">
        {record.start === undefined ? (
          capitalise(event.dateLabel)
        ) : (
          <>
            <time dateTime={record.end ? `${record.start}/${record.end}` : record.start}>
              {capitalise(event.dateLabel)}
            </time>
            <span className="details-precision">
              {record.rangeMeans === 'uncertainty' ? ' (exact date not known)' : ` (known to the ${event.precision})`}
            </span>
          </>
        )}
      </p>
      {absenceNote(event) && <p className="details-absent">{absenceNote(event)}</p>}
      <p className="details-category">
        <ShapeIcon category={category} /> {category.label}
      </p>
      {record.places.length > 0 && (
        <h3>{origin && destination ? 'Journey' : record.places.length > 1 ? 'Places' : 'Place'}</h3>
      )}
      {record.places.length === 0 ? null : origin && destination ? (
        <p>
          From {placeLabel(origin)} to {placeLabel(destination)}
        </p>
      ) : (
        <ul className="details-places">
          {record.places.map((place) => (
            <li key={`${place.name}-${place.lat}-${place.lon}`}>{placeLabel(place)}</li>
          ))}
        </ul>
      )}
      <h3>Summary</h3>
      <p className="details-summary">{record.summary}</p>
      <h3>Confidence</h3>
      <p>{CONFIDENCE[record.confidence]}</p>
      {record.dateNote && (
        <>
          <h3>How the date was found</h3>
          <p>{record.dateNote}</p>
        </>
      )}
      <h3>Sources</h3>
      <ul className="details-sources">
        {record.sources.map((id) => {
          const source = model.sourceById.get(id);
          return source ? <SourceItem key={id} source={source} /> : null;
        })}
      </ul>
    </section>
  );
}
