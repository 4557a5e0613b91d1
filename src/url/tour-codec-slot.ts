import type * as TourCodec from './tour-codec';

let loaded: typeof TourCodec | null = null;
let loading: Promise<typeof TourCodec> | null = null;

/**
 * Loads the code that reads and writes a home-made tour in a link (LZ compression and the tour's schema: 12 KB
 * gzipped), which most links do not hold: the page loads it before it reads a link that has one (see
 * `linkHasCustomTour`), and the URL sync once the view holds one.
 */
export function loadTourCodec(): Promise<typeof TourCodec> {
  return (loading ??= import('./tour-codec').then((module) => (loaded = module)));
}

/** The codec once loaded, else null. */
export function tourCodec(): typeof TourCodec | null {
  return loaded;
}

/** Whether the address (`location.search`) carries a home-made tour (`tour=~…`). */
export function linkHasCustomTour(search: string): boolean {
  try {
    return new URLSearchParams(search).get('tour')?.startsWith('~') ?? false;
  } catch {
    return false;
  }
}
