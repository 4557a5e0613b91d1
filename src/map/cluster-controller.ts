import type L from 'leaflet';
import type { Model, ModelEvent } from '../data/model';
import { MAP_MAX_ZOOM } from '../state/map-position';
import { prefersReducedMotion } from '../ui/motion';
import type { ClusterItem } from './cluster-index';
import { createClusterSource, type ClusterSource } from './cluster-source';
import { ClusterLayer } from './cluster-layer';
import type { DrawItem, Spider } from './cluster-draw';
import { markerSetOf, markersOf, type MarkerSet } from './marker-set';

/** An opened cluster shows at most this many markers in its rings; more would not fit on a screen. */
const SPIDER_LIMIT = 100;

const EMPTY = markerSetOf([]);

/** An index started before the map was shown, for the first controller of the same events to take. */
let prepared: { events: readonly ModelEvent[]; source: ClusterSource } | null = null;

/**
 * Starts indexing all of a model's markers (what the map shows first, unless a link filters them) while the page
 * still waits for the dataset's checks, so that the map does not wait for the index afterwards.
 */
export function prepareClusterIndex(model: Pick<Model, 'events'>) {
  prepared?.source.dispose();
  const source = createClusterSource();
  void source.load(markerSetOf(model.events, model).points, MAP_MAX_ZOOM).catch(() => {});
  prepared = { events: model.events, source };
}

function takeClusterSource(model: Pick<Model, 'events'>): ClusterSource {
  const taken = prepared;
  prepared = null;
  if (taken?.events === model.events) return taken.source;
  taken?.source.dispose();
  return createClusterSource();
}

export interface ClusterActions {
  select(eventId: string): void;
  hover(eventId: string | null): void;
  onError(message: string): void;
}

/**
 * Ties the cluster index (in a worker) to the canvas layer. The index is rebuilt when the events change, at most one
 * build at a time with the latest events (playback can change them every frame); the view's clusters are asked for
 * after every move and after every build.
 */
export class ClusterController {
  private readonly source: ClusterSource;
  private readonly layer: ClusterLayer;
  private pending: readonly ModelEvent[] | null = null;
  private building = false;
  /** The markers the index holds, and those of the clusters on screen (the same once an answer has come). */
  private indexed = EMPTY;
  private shown: { set: MarkerSet; items: ClusterItem[] } = { set: EMPTY, items: [] };
  private queries = 0;
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private hoveringMarker = false;
  private spider: Spider | null = null;
  private drawn = false;
  private disposed = false;

  constructor(
    private readonly map: L.Map,
    private readonly model: Pick<Model, 'events' | 'byId' | 'categoryById'>,
    private readonly actions: ClusterActions,
  ) {
    this.source = takeClusterSource(model);
    this.layer = new ClusterLayer({
      onMoveEnd: () => void this.refresh(),
      onClick: (item) => void this.click(item),
      onHover: (item) => this.hover(item),
      categoryOf: (marker) => this.model.categoryById.get(this.eventAt(marker).record.category)!,
      describe: (item) =>
        item.kind === 'point'
          ? `${this.eventAt(item.marker).record.title} (${this.eventAt(item.marker).dateLabel})`
          : `${item.count.toLocaleString('en')} markers: click to ${this.map.getZoom() < MAP_MAX_ZOOM ? 'zoom in' : 'show them'}`,
    }).addTo(map);
  }

  /** The event of a marker on screen. */
  private eventAt(marker: number): ModelEvent {
    const { set } = this.shown;
    return set.events[set.eventOf[marker]];
  }

  setEvents(events: readonly ModelEvent[]) {
    this.pending = events;
    if (!this.building) void this.build();
  }

  setHighlight(selectedId: string | null, hoveredId: string | null) {
    if (selectedId === this.selectedId && hoveredId === this.hoveredId) return;
    this.selectedId = selectedId;
    this.hoveredId = hoveredId;
    this.draw();
  }

  dispose() {
    this.disposed = true;
    if (this.hoveringMarker) this.actions.hover(null);
    this.layer.remove();
    this.source.dispose();
  }

  private async build() {
    this.building = true;
    try {
      while (this.pending && !this.disposed) {
        const set = markerSetOf(this.pending, this.model);
        this.pending = null;
        await this.source.load(set.points, MAP_MAX_ZOOM);
        this.indexed = set;
        this.spider = null;
        await this.refresh(true);
      }
    } catch (error) {
      this.actions.onError((error as Error).message);
    } finally {
      this.building = false;
    }
  }

  private async refresh(afterBuild = false) {
    // While a build runs, an answer would come from the new index but be read against the old markers.
    if ((this.building && !afterBuild) || this.disposed) return;
    const set = this.indexed;
    const query = ++this.queries;
    const bounds = this.map.getBounds().pad(0.5);
    const bbox: [number, number, number, number] = [
      bounds.getWest(),
      bounds.getSouth(),
      bounds.getEast(),
      bounds.getNorth(),
    ];
    const items = await this.source.query(bbox, this.map.getZoom());
    if (query !== this.queries || set !== this.indexed || this.disposed) return;
    this.shown = { set, items };
    // Cluster ids are per zoom and per index: an opened cluster closes when it is no longer on screen as one.
    if (this.spider && !items.some((item) => item.count > 1 && item.id === this.spider!.clusterId)) this.spider = null;
    this.draw();
    if (!this.drawn) performance.mark('waymark:map-drawn');
    this.drawn = true;
  }

  private draw() {
    const { set, items } = this.shown;
    const indexesOf = (id: string | null) => (id ? markersOf(set, this.model.byId.get(id)) : []);
    this.layer.setScene({
      items,
      points: set.points,
      selected: indexesOf(this.selectedId),
      hovered: indexesOf(this.hoveredId),
      spider: this.spider,
    });
  }

  private async click(item: DrawItem | null) {
    if (!item) {
      if (this.spider) this.spider = null;
      this.draw();
      return;
    }
    if (item.kind === 'point') {
      this.actions.select(this.eventAt(item.marker).id);
      return;
    }
    const set = this.indexed;
    const expansion = await this.source.expand(item.id, MAP_MAX_ZOOM, SPIDER_LIMIT);
    if (set !== this.indexed || this.disposed) return;
    if ('zoom' in expansion) {
      this.map.setView([item.lat, item.lon], expansion.zoom, { animate: !prefersReducedMotion() });
    } else {
      this.spider = { clusterId: item.id, lat: item.lat, lon: item.lon, leaves: expansion.leaves };
      this.draw();
    }
  }

  private hover(item: DrawItem | null) {
    if (item?.kind === 'point') {
      this.hoveringMarker = true;
      this.actions.hover(this.eventAt(item.marker).id);
    } else if (this.hoveringMarker) {
      // Only undo a hover the map made: moving over empty map must not clear a hover from the list.
      this.hoveringMarker = false;
      this.actions.hover(null);
    }
  }
}
