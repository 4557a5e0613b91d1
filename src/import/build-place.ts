import type { Place } from '../data/schema';
import { countryName } from '../ui/countries';

/**
 * The place an item names, if any. A row with coordinates but no place name is named by its country or its
 * coordinates, since a Waymark place needs a name; both are what the row says, not a guess.
 */
export function buildPlace(name: string, country: string, lat?: number, lon?: number): Place | undefined {
  const code = /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : country;
  const label =
    name ||
    (code && code.length === 2 ? countryName(code) : code) ||
    (lat !== undefined || lon !== undefined ? `${lat ?? '?'}, ${lon ?? '?'}` : '');
  if (!label) return undefined;
  return {
    name: label,
    ...(code ? { country: code } : {}),
    ...(lat !== undefined ? { lat } : {}),
    ...(lon !== undefined ? { lon } : {}),
  };
}
