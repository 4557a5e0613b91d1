import type { Model, ModelEvent } from '../data/model';
import { parsePartialDate, type PartialDate } from '../data/dates';

/** A TimelineJS3 date: only the parts the source knows, so a year stays a year. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text?: string };
  group?: string;
  /** Not read by TimelineJS itself; Waymark's importer takes the event's place from it. */
  location?: { lat: number; lon: number; name: string };
}

export interface TimelineJsFile {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

/** TimelineJS puts headlines and text into the page as HTML, so the data's text is escaped to stay text there. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Text for TimelineJS's `text.text`: escaped, with line breaks kept as `<br>`, since HTML would fold them away. */
export function toHtmlText(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

function toDate(text: string): TimelineJsDate {
  const { year, month, day } = parsePartialDate(text) as PartialDate;
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

/**
 * The events as a TimelineJS3 JSON file (timeline.knightlab.com/docs/json-format.html): headline, summary, dates at
 * their precision, the category's label as the group, and the first place with coordinates as `location`. TimelineJS
 * needs a start date, so events without one are left out. Lost: other places, sources, confidence, date notes and
 * category colours; a window of uncertainty keeps its dates and says so in `display_date`, but comes back from an
 * import as a duration.
 */
export function toTimelineJsFile(model: Model, events: readonly ModelEvent[]): TimelineJsFile {
  const slides = events.flatMap((event): TimelineJsSlide[] => {
    const { record } = event;
    if (record.start === undefined) return [];
    const [place] = event.located;
    return [
      {
        unique_id: record.id,
        start_date: toDate(record.start),
        ...(record.end !== undefined && { end_date: toDate(record.end) }),
        ...(record.rangeMeans === 'uncertainty' && { display_date: event.dateLabel }),
        text: { headline: escapeHtml(record.title), text: toHtmlText(record.summary) },
        group: model.categoryById.get(record.category)?.label,
        ...(place && { location: { lat: place.lat, lon: place.lon, name: place.name } }),
      },
    ];
  });
  return {
    title: { text: { headline: escapeHtml(model.meta.title), text: toHtmlText(model.meta.description) } },
    events: slides,
  };
}

export function toTimelineJs(model: Model, events: readonly ModelEvent[]): string {
  return `${JSON.stringify(toTimelineJsFile(model, events), null, 2)}\n`;
}
