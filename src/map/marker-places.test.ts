import { describe, expect, it } from 'vitest';
import { createModel } from '../data/model';
import type { Dataset, EventRecord, Place } from '../data/schema';
import { CLUSTER_THRESHOLD, countMarkers, createMarkerSet, markerPlaces, needsClustering } from './marker-places';

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

describe('createMarkerSet', () => {
  it('lists each marker once, with its coordinates as longitude, latitude pairs and by event', () => {
    const set = createMarkerSet(small.events, small.categoryById);
    expect(set.list.map((m) => [m.eventId, m.lat, m.lon])).toEqual(
      small.events.flatMap((e) => markerPlaces(e).map((p) => [e.id, p.lat, p.lon])),
    );
    expect([...set.points]).toEqual(set.list.flatMap((m) => [m.lon, m.lat]));
    expect(set.byEvent.get('two-places')!.map((i) => set.list[i].lat)).toEqual([5, 7]);
    expect(set.byEvent.has('unlocated')).toBe(false);
    expect(set.list[0].category.color).toBe('#123456');
  });
});
