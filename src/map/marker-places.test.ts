import { describe, expect, it } from 'vitest';
import { createModel } from '../data/model';
import type { Dataset, EventRecord, Place } from '../data/schema';
import { CLUSTER_THRESHOLD, countMarkers, markerPlaces, needsClustering } from './marker-places';
import { markerSetOf, markersOf } from './marker-set';

const place = (name: string, lat?: number, lon?: number, role?: Place['role']): Place => ({
  name,
  ...(lat !== undefined ? { lat, lon } : {}),
  ...(role ? { role } : {}),
});

function event(id: string, places: Place[]): EventRecord {
  return { id, title: id, start: '2000', category: 'c', places, summary: 's', sources: ['s'], confidence: 'high' };
}

function model(events: EventRecord[]) {
  const dataset: Dataset = {
    meta: { id: 'm', title: 'm', description: 'd', version: '1.0.0' },
    categories: [{ id: 'c', label: 'C', color: '#123456', shape: 'circle' }],
    sources: [{ id: 's', title: 's', publisher: 'p' }],
    events,
  };
  return createModel(dataset);
}

const small = model([
  event('journey', [place('From', 1, 2, 'origin'), place('To', 3, 4, 'destination')]),
  event('two-places', [place('A', 5, 6), place('B', 7, 8)]),
  event('unlocated', [place('Nowhere')]),
]);

describe('markerPlaces and countMarkers', () => {
  it('marks a journey at its origin and other events at every located place', () => {
    const [journey, twoPlaces, unlocated] = ['journey', 'two-places', 'unlocated'].map((id) => small.byId.get(id)!);
    expect(markerPlaces(journey).map((p) => p.name)).toEqual(['From']);
    expect(markerPlaces(twoPlaces).map((p) => p.name)).toEqual(['A', 'B']);
    expect(markerPlaces(unlocated)).toEqual([]);
    expect(countMarkers(small.events)).toBe(3);
  });

  it('clusters only above the threshold of markers', () => {
    const at = model(Array.from({ length: CLUSTER_THRESHOLD }, (_, i) => event(`e${i}`, [place('P', 0, 0)])));
    expect(needsClustering(at.events)).toBe(false);
    const above = model(Array.from({ length: CLUSTER_THRESHOLD + 1 }, (_, i) => event(`e${i}`, [place('P', 0, 0)])));
    expect(needsClustering(above.events)).toBe(true);
  });
});

describe('markerSetOf and markersOf', () => {
  it('lists each marker once, as longitude, latitude pairs, with the index of its event', () => {
    const set = markerSetOf(small.events);
    const expected = small.events.flatMap((e, i) => markerPlaces(e).map((p) => [p.lon, p.lat, i]));
    expect(expected).toHaveLength(3);
    expect([...set.points]).toEqual(expected.flatMap(([lon, lat]) => [lon, lat]));
    expect([...set.eventOf]).toEqual(expected.map(([, , i]) => i));
    expect(set.firstMarker).toHaveLength(small.events.length + 1);
  });

  it("finds an event's markers by its place in time order, and none for an event not in the set", () => {
    const set = markerSetOf(small.events);
    const twoPlaces = small.byId.get('two-places')!;
    expect(markersOf(set, twoPlaces).map((m) => set.points[2 * m + 1])).toEqual([5, 7]);
    expect(markersOf(set, small.byId.get('unlocated'))).toEqual([]);
    expect(markersOf(set, undefined)).toEqual([]);
    const withoutTwoPlaces = markerSetOf(small.events.filter((e) => e !== twoPlaces));
    expect(markersOf(withoutTwoPlaces, twoPlaces)).toEqual([]);
    const journey = small.byId.get('journey')!;
    expect(markersOf(withoutTwoPlaces, journey).map((m) => withoutTwoPlaces.points[2 * m])).toEqual([2]);
  });
});

describe('markerSetOf at scale', () => {
  it('grows past one marker per event, and boxes every place, journeys’ destinations too', () => {
    const many = model(
      Array.from({ length: 50 }, (_, i) =>
        event(`e${i}`, [place('A', i, -i), place('B', -i, i), place('C', 0.5, 0.5, undefined)]),
      ).concat([event('j', [place('From', 1, 2, 'origin'), place('To', 80, 170, 'destination')])]),
    );
    const set = markerSetOf(many.events);
    expect(set.count).toBe(151);
    expect(set.points).toHaveLength(302);
    expect(set.extent).toEqual([-49, -49, 80, 170]);
    expect(markerSetOf(many.events)).toBe(set);
    expect(markerSetOf([]).extent).toBeNull();
  });
});

describe('markerSetOf with the model', () => {
  it('copies later lists of the model from its table, the same as walking them', () => {
    const many = model(
      Array.from({ length: 300 }, (_, i) =>
        event(
          `e${String(i).padStart(3, '0')}`,
          i % 7 === 0
            ? [place('From', i % 80, i % 170, 'origin'), place('To', -(i % 80), -(i % 170), 'destination')]
            : i % 5 === 0
              ? [place('Nowhere')]
              : [place('A', i % 60, i % 170), ...(i % 3 === 0 ? [place('B', -(i % 60), -(i % 170))] : [])],
        ),
      ),
    );
    const lists = [
      many.events.filter((_, i) => i % 2 === 0),
      many.events.filter((e) => e.located.length > 1),
      many.events.slice(0, 40),
      many.events.slice(250),
    ];
    // Walked first, before the model's table exists; copies of the arrays, since sets are kept per array.
    const walkedSets = lists.map((list) => markerSetOf([...list]));
    for (const [i, list] of lists.entries()) {
      const walked = walkedSets[i];
      const copied = markerSetOf(list, many);
      expect(copied.count).toBe(walked.count);
      expect([...copied.points]).toEqual([...walked.points]);
      expect([...copied.eventOf]).toEqual([...walked.eventOf]);
      expect([...copied.firstMarker]).toEqual([...walked.firstMarker]);
      expect(copied.extent).toEqual(walked.extent);
    }
    expect(markerSetOf(many.events, many).count).toBe(countMarkers([...many.events]));
  });
});
