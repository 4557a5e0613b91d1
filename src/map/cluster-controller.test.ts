import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import L from 'leaflet';
import { createModel } from '../data/model';
import type { Dataset, EventRecord } from '../data/schema';
import { ClusterController, prepareClusterIndex } from './cluster-controller';
import * as clusterIndex from './cluster-index';

vi.mock('./cluster-index', async (importOriginal) => {
  const actual = await importOriginal<typeof clusterIndex>();
  return { ...actual, createClusterIndex: vi.fn(actual.createClusterIndex) };
});

function event(id: string, lat: number, lon: number): EventRecord {
  return {
    id,
    title: `Title ${id}`,
    start: '2001-02-03',
    category: 'c',
    places: [{ name: 'P', lat, lon }],
    summary: 's',
    sources: ['s'],
    confidence: 'high',
  };
}

// 300 events within a degree of 10° N 10° E, and one alone at 40° S 100° W.
const dataset: Dataset = {
  meta: { id: 'm', title: 'm', description: 'd', version: '1.0.0' },
  categories: [{ id: 'c', label: 'C', color: '#123456', shape: 'circle' }],
  sources: [{ id: 's', title: 's', publisher: 'p' }],
  events: [
    ...Array.from({ length: 300 }, (_, i) => event(`group-${i}`, 10 + (i % 20) * 0.05, 10 + i * 0.003)),
    event('lone', -40, -100),
  ],
};
const model = createModel(dataset);

/** A 2D context that keeps the texts drawn: jsdom has no canvas. */
function stubCanvas(texts: string[]) {
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (target, key: string) =>
      key in target ? target[key] : (...args: unknown[]) => key === 'fillText' && texts.push(String(args[0])),
    set: (target, key: string, value) => ((target[key] = value), true),
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as unknown as CanvasRenderingContext2D);
  vi.stubGlobal('Path2D', class {});
}

let map: L.Map;
let texts: string[];
const actions = { select: vi.fn(), hover: vi.fn(), onError: vi.fn() };

beforeEach(() => {
  texts = [];
  stubCanvas(texts);
  const container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { value: 800 });
  Object.defineProperty(container, 'clientHeight', { value: 600 });
  document.body.append(container);
  map = L.map(container, { zoomAnimation: false, fadeAnimation: false }).setView([0, 0], 2);
});

afterEach(() => {
  map.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Object.values(actions).forEach((action) => action.mockClear());
});

function clickAt(lat: number, lon: number, type = 'click') {
  const { x, y } = map.latLngToContainerPoint([lat, lon]);
  map.getContainer().dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true }));
}

describe('ClusterController', () => {
  it('draws a numbered cluster once the index is built, and a single marker selects its event', async () => {
    const controller = new ClusterController(map, model, actions);
    controller.setEvents(model.events);
    await vi.waitFor(() => expect(texts).toContain('300'));
    clickAt(-40, -100, 'mousemove');
    expect(actions.hover).toHaveBeenLastCalledWith('lone');
    clickAt(-40, -100);
    expect(actions.select).toHaveBeenCalledWith('lone');
    controller.dispose();
    expect(actions.hover).toHaveBeenLastCalledWith(null);
  });

  it('takes the index prepared for its model instead of building another', async () => {
    vi.mocked(clusterIndex.createClusterIndex).mockClear();
    prepareClusterIndex(model);
    const controller = new ClusterController(map, model, actions);
    // The same markers, in another array (as the filters give them when nothing is filtered out).
    controller.setEvents([...model.events]);
    await vi.waitFor(() => expect(texts).toContain('300'));
    expect(clusterIndex.createClusterIndex).toHaveBeenCalledTimes(1);
    controller.dispose();
  });

  it('builds its own index when the prepared one was for another model', async () => {
    vi.mocked(clusterIndex.createClusterIndex).mockClear();
    prepareClusterIndex(createModel({ ...dataset, events: dataset.events.slice(0, 250) }));
    const controller = new ClusterController(map, model, actions);
    controller.setEvents(model.events);
    await vi.waitFor(() => expect(texts).toContain('300'));
    expect(clusterIndex.createClusterIndex).toHaveBeenCalledTimes(2);
    controller.dispose();
  });

  it('zooms in to where a clicked cluster splits', async () => {
    const controller = new ClusterController(map, model, actions);
    controller.setEvents(model.events);
    await vi.waitFor(() => expect(texts).toContain('300'));
    clickAt(10.5, 10.45);
    await vi.waitFor(() => expect(map.getZoom()).toBeGreaterThan(2));
    expect(actions.select).not.toHaveBeenCalled();
    controller.dispose();
  });

  it('draws only the latest events when they change while the index is building', async () => {
    const controller = new ClusterController(map, model, actions);
    controller.setEvents(model.events);
    controller.setEvents(model.events.slice(0, 120));
    controller.setEvents(model.events.slice(0, 250));
    await vi.waitFor(() => expect(texts).toContain('250'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(texts).not.toContain('120');
    expect(texts.filter((t) => t === '250').length).toBeGreaterThan(0);
    controller.dispose();
  });
});
