import { formatPartialDate, parsePartialDate } from '../src/data/dates';
import type { Model, ModelEvent } from '../src/data/model';
import type { Place, Source } from '../src/data/schema';
import { countryName } from '../src/ui/countries';
import { shapePath } from '../src/ui/shapes';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview-svg';

export interface SharePageOptions {
  /** Absolute address of the deployed site, ending in `/` (see `normaliseSiteUrl`); without it links stay relative. */
  siteUrl?: string;
  /** The app, relative to the share page, e.g. `../../`. */
  appPath: string;
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

/** Only http(s) addresses become links. */
function httpHref(url: string | undefined): string | undefined {
  const parsed = url ? parseUrl(url) : undefined;
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : undefined;
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

const CONFIDENCE: Record<ModelEvent['record']['confidence'], string> = {
  high: 'High: the sources state it plainly.',
  medium: 'Medium: partly inferred; see how the date was found.',
  low: 'Low: an estimate; see how the date was found.',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatSourceDate(date: string): string {
  const parsed = parsePartialDate(date);
  return typeof parsed === 'string' ? date : formatPartialDate(parsed);
}

function sourceItem(source: Source): string {
  const href = httpHref(source.url);
  const title = href ? `<a href="${escapeHtml(href)}">${escapeHtml(source.title)}</a>` : escapeHtml(source.title);
  const byline = [source.author, source.publisher, source.date && formatSourceDate(source.date)]
    .filter(Boolean)
    .map((part) => escapeHtml(part!))
    .join(', ');
  const file = source.file ? ` · file <code>${escapeHtml(source.file)}</code>` : '';
  return `<li><cite>${title}</cite><br><span class="share-meta">${byline}${file}</span></li>`;
}

function placesSection(places: Place[]): string {
  const journey = journeyOf(places);
  if (journey) {
    return `<h2>Journey</h2>\n<p>From ${escapeHtml(placeText(journey[0]))} to ${escapeHtml(placeText(journey[1]))}</p>`;
  }
  const items = places.map((place) => `<li>${escapeHtml(placeText(place))}</li>`).join('');
  return `<h2>${places.length > 1 ? 'Places' : 'Place'}</h2>\n<ul>${items}</ul>`;
}

function meta(kind: 'name' | 'property', key: string, content: string): string {
  return `<meta ${kind}="${key}" content="${escapeHtml(content)}">`;
}

/**
 * The static page behind an event's shared link: Open Graph and Twitter card tags for link previews, a readable
 * summary with its sources for readers without JavaScript, and (through `../go.js`) the way on into the app. Every
 * string from the data is escaped; the page has no inline script or style, so a strict CSP can serve it.
 */
export function renderSharePage(event: ModelEvent, model: Model, options: SharePageOptions): string {
  const { record } = event;
  const category = model.categoryById.get(record.category)!;
  const appUrl = `${options.appPath}?event=${encodeURIComponent(event.id)}`;
  const pageUrl = options.siteUrl && options.siteUrl + sharePagePath(event.id);
  const imageUrl = pageUrl ? pageUrl + PREVIEW_FILE : PREVIEW_FILE;
  const description = truncateOnWord(record.summary);
  const alt = describePreview(event);
  const sources = record.sources.flatMap((id) => {
    const source = model.sourceById.get(id);
    return source ? [sourceItem(source)] : [];
  });
  const precision = record.rangeMeans === 'uncertainty' ? 'exact date not known' : `known to the ${event.precision}`;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${record.title} · ${model.meta.title}`)}</title>`,
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
    meta('name', 'theme-color', '#1f3a5f'),
    `<link rel="icon" href="${escapeHtml(options.appPath)}favicon.svg" type="image/svg+xml">`,
    '<link rel="stylesheet" href="../share.css">',
    '<script src="../go.js" defer></script>',
  ];
  const body = [
    `<p class="share-site"><a href="${escapeHtml(options.appPath)}">Waymark</a> · ${escapeHtml(model.meta.title)}</p>`,
    '<article>',
    `<p class="share-category"><svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true"><path d="${shapePath(category.shape, 6)}" fill="${escapeHtml(category.color)}"/></svg> ${escapeHtml(category.label)}</p>`,
    `<h1>${escapeHtml(record.title)}</h1>`,
    `<p class="share-date">${escapeHtml(capitalise(event.dateLabel))} <span class="share-meta">(${precision})</span></p>`,
    `<p><a class="share-open" href="${escapeHtml(appUrl)}">Open this moment in Waymark</a></p>`,
    `<img class="share-preview" src="${PREVIEW_FILE}" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" alt="${escapeHtml(alt)}">`,
    placesSection(record.places),
    '<h2>Summary</h2>',
    `<p>${escapeHtml(record.summary)}</p>`,
    '<h2>Confidence</h2>',
    `<p>${CONFIDENCE[record.confidence]}</p>`,
    record.dateNote ? `<h2>How the date was found</h2>\n<p>${escapeHtml(record.dateNote)}</p>` : '',
    '<h2>Sources</h2>',
    `<ul class="share-sources">${sources.join('\n')}</ul>`,
    '</article>',
  ];
  return [
    '<!doctype html>',
    `<html lang="en" data-app-url="${escapeHtml(appUrl)}">`,
    '<head>',
    ...head.filter(Boolean),
    '</head>',
    '<body>',
    '<main class="share">',
    ...body.filter(Boolean),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
