/**
 * The one online source Waymark may use, and only after the user turns it on: OpenStreetMap's standard tiles. The
 * Content-Security-Policy allows images from TILE_ORIGIN and nothing else outside the page's own origin.
 */
export const TILE_ORIGIN = 'https://tile.openstreetmap.org';
export const TILE_URL = `${TILE_ORIGIN}/{z}/{x}/{y}.png`;
/** A constant (never data), so Leaflet may show it as markup; OSM's licence asks for the link. */
export const TILE_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer" target="_blank">OpenStreetMap</a> contributors';
/** Tile servers see only the site's origin, never the page's address (which carries the view, filters and search). */
export const TILE_REFERRER_POLICY = 'origin';
export const TILE_MAX_ZOOM = 19;
