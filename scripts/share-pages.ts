import type { Model, ModelEvent } from '../src/data/model';
import type { Place } from '../src/data/schema';
import { countryName } from '../src/ui/countries';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview-svg';

export interface SharePageOptions {
  /** Absolute address of the deployed site, ending in `/` (see `normaliseSiteUrl`); without it links stay relative. */
  siteUrl?: string;
}

/** Where an event's share page lives, relative to the site: `e/<id>/`. */
export function sharePagePath(id: string): string {
  return `e/${encodeURIComponent(id)}/`;
}

export const PREVIEW_FILE = 'preview.png';
/** The longest description link previews get; longer summaries are cut at a word. */
export const DESCRIPTION_LENGTH = 200;

/**
 * The site's absolute address (WAYMARK_SITE_URL) with a trailing slash, or undefined when unset or blank. Anything
 * but an absolute http(s) address is an error, so that a typo fails the build instead of shipping broken previews.
 */
export function normaliseSiteUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const url = parseUrl(text);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(
      `WAYMARK_SITE_URL must be an absolute http(s) address such as https://example.org/waymark/, not "${text}"`,
    );
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** Text safe inside an HTML element or a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** At most `max` characters, cut after a whole word and marked with an ellipsis when cut. */
export function truncateOnWord(text: string, max = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // The ellipsis counts: what comes before it has at most max - 1 characters.
  const space = flat.lastIndexOf(' ', max - 1);
  const kept = space > max * 0.6 ? flat.slice(0, space) : flat.slice(0, max - 1);
  return `${kept.replace(/[\s,;:.–—-]+$/, '')}…`;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function journeyOf(places: Place[]): [Place, Place] | undefined {
  const origin = places.find((p) => p.role === 'origin');
  const destination = places.find((p) => p.role === 'destination');
  return origin && destination ? [origin, destination] : undefined;
}

/** "Phnom Penh, Cambodia"; just the name when it names the country already ("Cambodia (Phnom Penh)"). */
function placeText(place: Place): string {
  if (!place.country) return place.name;
  const country = countryName(place.country);
  const names = country.split(/ \(|\)/).filter(Boolean); // "Myanmar (Burma)"
  return names.some((name) => place.name.includes(name)) ? place.name : `${place.name}, ${country}`;
}

/** What the preview image shows, for its alt text. */
export function describePreview(event: ModelEvent): string {
  const journey = journeyOf(event.record.places);
  const where = journey
    ? `a journey from ${placeText(journey[0])} to ${placeText(journey[1])}`
    : event.record.places.map(placeText).join('; ');
  return `Map of ${where}; beside it, the title and date of this event.`;
}

function meta(kind: 'name' | 'property', key: string, content: string): string {
  return `<meta ${kind}="${key}" content="${escapeHtml(content)}">`;
}

/** The title of an event's share page: the event's, then the dataset's. */
export function shareTitle(event: ModelEvent, model: Model): string {
  return `${event.record.title} · ${model.meta.title}`;
}

/**
 * The head tags of an event's share page (e/<id>/, the app prerendered with the event open): its description, and
 * Open Graph and Twitter card tags for link previews, with the preview image beside the page. Every string from the
 * data is escaped.
 */
export function shareHeadTags(event: ModelEvent, options: SharePageOptions): string[] {
  const { record } = event;
  const pageUrl = options.siteUrl && options.siteUrl + sharePagePath(event.id);
  const imageUrl = pageUrl ? pageUrl + PREVIEW_FILE : PREVIEW_FILE;
  const description = truncateOnWord(record.summary);
  const alt = describePreview(event);
  return [
    meta('name', 'description', description),
    pageUrl ? `<link rel="canonical" href="${escapeHtml(pageUrl)}">` : '',
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', 'Waymark'),
    meta('property', 'og:title', record.title),
    meta('property', 'og:description', description),
    pageUrl ? meta('property', 'og:url', pageUrl) : '',
    meta('property', 'og:image', imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(PREVIEW_WIDTH)),
    meta('property', 'og:image:height', String(PREVIEW_HEIGHT)),
    meta('property', 'og:image:alt', alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', record.title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', imageUrl),
    meta('name', 'twitter:image:alt', alt),
  ].filter(Boolean);
}
