import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCustomTour, encodeCustomTour } from './tour-codec';
import { parseUrl, serializeUrl, type CodecContext } from './codec';
import { linkHasCustomTour, loadTourCodec } from './tour-codec-slot';

// Links with home-made tours are read and written once their codec has loaded, as the app loads it first.
beforeAll(() => loadTourCodec());

const ids = ['obama-visits-rangoon', 'sok-chea-leaves', 'a-b-c', 'law-passed'];
const eventIds = new Set(ids);
const context: CodecContext = {
  eventIds,
  categoryIds: ['diplomacy'],
  countries: new Set(['KH']),
  tours: new Map([['november-2012-trip', 12]]),
};

const tourArbitrary = fc.record({
  title: fc.string({ minLength: 1, maxLength: 80 }).filter((t) => t.trim().length > 0),
  description: fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim().length > 0),
  stops: fc.array(
    fc.record({
      event: fc.constantFrom(...ids),
      note: fc.option(fc.string({ minLength: 1, maxLength: 120 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 30 },
  ),
});

describe('home-made tours in links', () => {
  it('round-trips any tour through the compact encoding', () => {
    fc.assert(
      fc.property(tourArbitrary, (tour) => {
        const decoded = decodeCustomTour(encodeCustomTour(tour), eventIds);
        expect(decoded).not.toBeNull();
        expect(decoded!.stops.map((s) => s.event)).toEqual(tour.stops.map((s) => s.event));
        expect(decoded!.stops.map((s) => s.note)).toEqual(tour.stops.map((s) => s.note?.trim() || undefined));
        expect(decoded!.title).toBe(tour.title.trim());
      }),
    );
  });

  it('is compact: a ten-stop tour with notes stays well under 2,000 characters', () => {
    const tour = {
      title: 'Journeys home',
      description: 'Ten stops',
      stops: Array.from({ length: 10 }, (_, i) => ({
        event: ids[i % ids.length],
        note: `Ask the class about stop ${i + 1}.`,
      })),
    };
    expect(encodeCustomTour(tour).length).toBeLessThan(600);
  });

  it('refuses damaged text and tours that name unknown events', () => {
    expect(decodeCustomTour('not-lz-at-all', eventIds)).toBeNull();
    expect(decodeCustomTour('', eventIds)).toBeNull();
    expect(
      decodeCustomTour(encodeCustomTour({ title: 'x', description: 'y', stops: [{ event: 'elsewhere' }] }), eventIds),
    ).toBeNull();
  });

  it('travels in the URL as tour=~… with its step, through the same codec as the rest of the view', () => {
    const customTour = decodeCustomTour(
      encodeCustomTour({
        title: 'Mine',
        description: 'Made here.',
        stops: [{ event: 'a-b-c' }, { event: 'law-passed', note: 'Look.' }],
      }),
      eventIds,
    )!;
    const search = serializeUrl({
      selectedId: 'law-passed',
      timeWindow: null,
      mapView: null,
      filters: { categories: null, countries: [], query: '' },
      tour: { id: 'custom', step: 1 },
      present: true,
      customTour,
    });
    expect(search).toMatch(/^\?event=law-passed&tour=~[\w+-]+&step=2&present=1$/);
    const parsed = parseUrl(search, context);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state.tour).toEqual({ id: 'custom', step: 1 });
    expect(parsed.state.customTour).toEqual(customTour);
    expect(parsed.state.present).toBe(true);
  });

  it('reads a dataset tour and its step, and starts at step 1 when the step is out of range', () => {
    expect(parseUrl('?tour=november-2012-trip&step=4', context).state.tour).toEqual({
      id: 'november-2012-trip',
      step: 3,
    });
    const bad = parseUrl('?tour=november-2012-trip&step=40', context);
    expect(bad.state.tour).toEqual({ id: 'november-2012-trip', step: 0 });
    expect(bad.ignored).toEqual(['The tour has no step "40"; it starts at step 1.']);
    expect(parseUrl('?tour=nope', context).ignored).toEqual(['There is no tour "nope" in this dataset.']);
  });
});

describe('linkHasCustomTour', () => {
  it('tells a link with a home-made tour from one with a dataset tour or none', () => {
    expect(linkHasCustomTour('?tour=~N4Ig&step=2')).toBe(true);
    expect(linkHasCustomTour('?event=x&tour=%7EN4Ig')).toBe(true);
    expect(linkHasCustomTour('?tour=obama-2012')).toBe(false);
    expect(linkHasCustomTour('?event=x')).toBe(false);
    expect(linkHasCustomTour('')).toBe(false);
  });
});
