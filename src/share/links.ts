/** Which link the share dialog gives. */
export type ShareMode = 'view' | 'event';

/**
 * An absolute link: the whole view as the address holds it, or just the selected event. Either way it keeps `data=`,
 * the dataset beside the app that the view is of.
 */
export function createShareUrl(
  mode: ShareMode,
  location: { origin: string; pathname: string; search: string },
  eventId: string | null,
): string {
  const base = `${location.origin}${location.pathname}`;
  const pairs = location.search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair && !pair.startsWith('embed='));
  const kept =
    mode === 'event' && eventId
      ? [...pairs.filter((pair) => pair.startsWith('data=')), `event=${encodeURIComponent(eventId)}`]
      : pairs;
  return kept.length ? `${base}?${kept.join('&')}` : base;
}

/** The page of the same moment for an iframe: without the app's page chrome. */
export function createEmbedUrl(shareUrl: string): string {
  return `${shareUrl}${shareUrl.includes('?') ? '&' : '?'}embed=1`;
}

/** Markup for a teacher to paste into a class page; attribute values are escaped. */
export function createEmbedSnippet(shareUrl: string, title: string): string {
  const attr = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe src="${attr(createEmbedUrl(shareUrl))}" title="${attr(title)}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}
