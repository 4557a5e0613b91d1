import type { Category, Source } from '../data/schema';
import type { ModelEvent } from '../data/model';
import { ShapeIcon } from '../ui/shape-icon';
import { countryName } from '../ui/countries';
import { formatPartialDate, parsePartialDate } from '../data/dates';

const CONFIDENCE: Record<string, string> = {
  high: 'High: the sources state it plainly.',
  medium: 'Medium: partly inferred.',
  low: 'Low: an estimate.',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Only http(s) addresses become links; the address itself is always printed as text. */
function httpHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function formatSourceDate(text: string): string {
  const date = parsePartialDate(text);
  return typeof date === 'string' ? text : formatPartialDate(date);
}

function describePlaces(event: ModelEvent): { label: string; text: string } {
  const { places } = event.record;
  const named = (p: (typeof places)[number]) => (p.country ? `${p.name} (${countryName(p.country)})` : p.name);
  const origin = places.find((p) => p.role === 'origin');
  const destination = places.find((p) => p.role === 'destination');
  if (origin && destination) return { label: 'Journey', text: `From ${named(origin)} to ${named(destination)}` };
  return { label: places.length > 1 ? 'Places' : 'Place', text: places.map(named).join('; ') };
}

/** One source in full: title, author, publisher, date, file name and address, all as text. */
export function PrintSource({ source }: { source: Source }) {
  const href = source.url ? httpHref(source.url) : undefined;
  const byline = [source.author, source.publisher, source.date && formatSourceDate(source.date)]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="print-source">
      <cite>{source.title}</cite>
      {`. ${byline}.`}
      {source.file && (
        <>
          {' File '}
          <code>{source.file}</code>.
        </>
      )}
      {source.url && (
        <>
          {' '}
          {href ? (
            <a className="print-url" href={href}>
              {source.url}
            </a>
          ) : (
            <span className="print-url">{source.url}</span>
          )}
        </>
      )}
    </li>
  );
}

interface PrintEntryProps {
  event: ModelEvent;
  category: Category | undefined;
  sourceById: ReadonlyMap<string, Source>;
  /** The teacher's note of a tour stop. */
  note?: string;
}

/** Everything the handout says about one event. */
export function PrintEntry({ event, category, sourceById, note }: PrintEntryProps) {
  const { record } = event;
  const places = describePlaces(event);
  const sources = record.sources.flatMap((id) => sourceById.get(id) ?? []);
  return (
    <li className="print-entry">
      <h3>{record.title}</h3>
      <dl className="print-facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={record.end ? `${record.start}/${record.end}` : record.start}>
            {capitalise(event.dateLabel)}
          </time>
        </dd>
        {category && (
          <>
            <dt>Category</dt>
            <dd>
              <ShapeIcon category={category} size={11} /> {category.label}
            </dd>
          </>
        )}
        <dt>{places.label}</dt>
        <dd>{places.text}</dd>
        <dt>Confidence</dt>
        <dd>{CONFIDENCE[record.confidence]}</dd>
      </dl>
      <p className="print-summary">{record.summary}</p>
      {record.dateNote && (
        <p>
          <strong>How the date was found:</strong> {record.dateNote}
        </p>
      )}
      {note && (
        <p className="print-note">
          <strong>Teacher’s note:</strong> {note}
        </p>
      )}
      <h4>{sources.length === 1 ? 'Source' : 'Sources'}</h4>
      <ul className="print-sources">
        {sources.map((source) => (
          <PrintSource key={source.id} source={source} />
        ))}
      </ul>
    </li>
  );
}
