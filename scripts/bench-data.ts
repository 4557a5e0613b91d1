/**
 * Seeded synthetic datasets for `npm run bench` and the scale browser test: valid for src/data/schema.ts, spread over
 * 30 years and the world's cities, with several categories and countries, spans, journeys and words to search for.
 */
import type { Dataset, EventRecord, Place } from '../src/data/schema';

/** mulberry32: a small, fast, seeded generator, so every run measures the same data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES: Dataset['categories'] = [
  { id: 'politics', label: 'Politics', color: '#1f5fa8', shape: 'circle' },
  { id: 'trade', label: 'Trade', color: '#b85c00', shape: 'square' },
  { id: 'science', label: 'Science', color: '#2c7a3f', shape: 'triangle' },
  { id: 'culture', label: 'Culture', color: '#8e2f8a', shape: 'diamond' },
  { id: 'disaster', label: 'Disaster', color: '#b3261e', shape: 'star' },
  { id: 'sport', label: 'Sport', color: '#4a5560', shape: 'cross' },
];

/** [name, country, lat, lon]: places are scattered up to about 150 km around these, so mostly on land. */
const CITIES: [string, string, number, number][] = [
  ['London', 'GB', 51.5, -0.13],
  ['Paris', 'FR', 48.86, 2.35],
  ['Berlin', 'DE', 52.52, 13.4],
  ['Madrid', 'ES', 40.42, -3.7],
  ['Rome', 'IT', 41.9, 12.5],
  ['Warsaw', 'PL', 52.23, 21.01],
  ['Cairo', 'EG', 30.04, 31.24],
  ['Lagos', 'NG', 6.52, 3.38],
  ['Nairobi', 'KE', -1.29, 36.82],
  ['Johannesburg', 'ZA', -26.2, 28.05],
  ['Mumbai', 'IN', 19.08, 72.88],
  ['Delhi', 'IN', 28.61, 77.21],
  ['Bangkok', 'TH', 13.75, 100.5],
  ['Phnom Penh', 'KH', 11.56, 104.92],
  ['Hanoi', 'VN', 21.03, 105.85],
  ['Beijing', 'CN', 39.9, 116.4],
  ['Tokyo', 'JP', 35.68, 139.69],
  ['Jakarta', 'ID', -6.2, 106.85],
  ['Sydney', 'AU', -33.87, 151.21],
  ['Moscow', 'RU', 55.76, 37.62],
  ['Istanbul', 'TR', 41.01, 28.98],
  ['Tehran', 'IR', 35.69, 51.39],
  ['New York', 'US', 40.71, -74.01],
  ['Chicago', 'US', 41.88, -87.63],
  ['Mexico City', 'MX', 19.43, -99.13],
  ['Bogota', 'CO', 4.71, -74.07],
  ['Lima', 'PE', -12.05, -77.04],
  ['Sao Paulo', 'BR', -23.55, -46.63],
  ['Buenos Aires', 'AR', -34.6, -58.38],
  ['Toronto', 'CA', 43.65, -79.38],
];

/** Words for titles and summaries; each occurs in about one event in twelve, so a search narrows the set. */
export const WORDS = [
  'harbour',
  'treaty',
  'festival',
  'strike',
  'flood',
  'election',
  'bridge',
  'railway',
  'museum',
  'summit',
  'drought',
  'lighthouse',
];

const pad = (n: number) => String(n).padStart(2, '0');
const round = (value: number) => Math.round(value * 1000) / 1000;

function createDate(random: () => number, from: number, spanDays: number): string {
  const day = new Date(from + Math.floor(random() * spanDays) * 86_400_000);
  const precision = random();
  const year = String(day.getUTCFullYear());
  if (precision < 0.15) return year;
  if (precision < 0.4) return `${year}-${pad(day.getUTCMonth() + 1)}`;
  return `${year}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

function createPlace(random: () => number, role?: Place['role']): Place {
  const [name, country, lat, lon] = CITIES[Math.floor(random() * CITIES.length)];
  const place: Place = {
    name: `${name} district ${1 + Math.floor(random() * 40)}`,
    country,
    lat: round(Math.max(-85, Math.min(85, lat + (random() - 0.5) * 3))),
    lon: round(Math.max(-180, Math.min(180, lon + (random() - 0.5) * 3))),
  };
  return role ? { ...place, role } : place;
}

function createPlaces(random: () => number): Place[] {
  const kind = random();
  if (kind < 0.08) return [createPlace(random, 'origin'), createPlace(random, 'destination')];
  if (kind < 0.13) return [createPlace(random), createPlace(random)];
  return [createPlace(random)];
}

const FROM = Date.UTC(1990, 0, 1);
const DAYS = 30 * 365;

/** `size` events from seed `seed`: the same arguments give the same dataset. */
export function createSyntheticDataset(size: number, seed = 1): Dataset {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const events: EventRecord[] = [];
  for (let i = 0; i < size; i++) {
    const [first, second] = [pick(WORDS), pick(WORDS)];
    const places = createPlaces(random);
    const start = createDate(random, FROM, DAYS);
    const isSpan = random() < 0.15;
    events.push({
      id: `e${i}`,
      title: `${first[0].toUpperCase()}${first.slice(1)} news ${i} from ${places[0].name}`,
      start,
      ...(isSpan ? { end: String(Number(start.slice(0, 4)) + 1 + Math.floor(random() * 3)) } : {}),
      category: pick(CATEGORIES).id,
      places,
      summary: `A synthetic event about a ${first} and a ${second}.`,
      sources: ['synthetic'],
      confidence: pick(['high', 'medium', 'low'] as const),
    });
  }
  return {
    meta: {
      id: `synthetic-${size}`,
      title: `Synthetic dataset of ${size.toLocaleString('en')} events`,
      description: 'Generated for measuring Waymark at scale.',
      version: '1.0.0',
    },
    categories: CATEGORIES,
    sources: [{ id: 'synthetic', title: 'Generated by scripts/bench-data.ts', publisher: 'Waymark' }],
    events,
  };
}
