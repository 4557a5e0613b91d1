import L from 'leaflet';
import type { Category } from '../data/schema';
import { hitTest, planDraw, type DrawItem, type Scene } from './cluster-draw';
import { paintPlan } from './canvas-markers';

/** How far beyond the view, as a share of its size, the canvas reaches, so a pan shows what is already drawn. */
const PADDING = 0.5;

export interface ClusterLayerHandlers {
  /** After every move: the time to ask for the clusters of the new view. */
  onMoveEnd(): void;
  onClick(item: DrawItem | null): void;
  onHover(item: DrawItem | null): void;
  /** The tooltip's words for a shape; built into a DOM node, never read as HTML. */
  describe(item: DrawItem): string;
  categoryOf(marker: number): Category;
}

/**
 * Clusters and markers drawn on one canvas in the marker pane. The canvas moves with the map while it is dragged and
 * is scaled during zoom animations, like Leaflet's own renderers; it is redrawn only at the end of a move or when the
 * scene changes. Pointer events reach the map, which hit-tests the drawn shapes here.
 */
export class ClusterLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private scene: Scene | null = null;
  private plan: DrawItem[] = [];
  /** Where the canvas's top-left corner is, in layer points and in projected pixels at `drawnZoom`. */
  private topLeft = L.point(0, 0);
  private topLeftPixel = L.point(0, 0);
  private drawnZoom = 0;
  private hovered: DrawItem | null = null;
  /** Where the pointer is over the map, to find what is under it again after a redraw. */
  private pointer: L.Point | null = null;
  private tooltip: L.Tooltip | null = null;

  constructor(private readonly handlers: ClusterLayerHandlers) {
    super();
    // L.Layer has no initialize of its own to take options: set them as Leaflet's own layers do.
    L.Util.setOptions(this, { pane: 'markerPane' });
  }

  override onAdd(): this {
    this.canvas = L.DomUtil.create('canvas', 'cluster-canvas leaflet-zoom-animated', this.getPane());
    this.canvas.setAttribute('aria-hidden', 'true');
    this.reset();
    return this;
  }

  override onRemove(): this {
    this.setHovered(null);
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    // Leaflet adds these to the map with the layer and takes them off with it: the same functions both times.
    return this.events;
  }

  private readonly events: Record<string, L.LeafletEventHandlerFn> = {
    moveend: () => this.onMoveEnd(),
    viewreset: () => this.reset(),
    resize: () => this.reset(),
    zoom: () => this.followZoom(),
    zoomanim: (event) => this.animateZoom(event as L.ZoomAnimEvent),
    click: (event) => this.onClick(event as L.LeafletMouseEvent),
    mousemove: (event) => this.onMouseMove(event as L.LeafletMouseEvent),
    mouseout: () => {
      this.pointer = null;
      this.setHovered(null);
    },
  };

  setScene(scene: Scene) {
    this.scene = scene;
    this.redraw();
  }

  /** The latitude and longitude at a drawn shape's centre (an opened cluster's markers sit away from their place). */
  latLngOf(item: DrawItem): L.LatLng {
    return this._map.layerPointToLatLng(this.topLeft.add([item.x, item.y]));
  }

  private onMoveEnd() {
    this.reset();
    this.handlers.onMoveEnd();
  }

  private reset() {
    const map = this._map;
    if (!map || !this.canvas) return;
    const size = map.getSize();
    const margin = size.multiplyBy(PADDING).round();
    this.topLeft = map.containerPointToLayerPoint(margin.multiplyBy(-1)).round();
    this.topLeftPixel = this.topLeft.add(map.getPixelOrigin());
    this.drawnZoom = map.getZoom();
    const width = size.x + 2 * margin.x;
    const height = size.y + 2 * margin.y;
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    L.DomUtil.setPosition(this.canvas, this.topLeft);
    this.redraw();
  }

  private redraw() {
    const map = this._map;
    const ctx = this.canvas?.getContext('2d');
    if (!map || !ctx || !this.scene) return;
    const ratio = this.canvas!.width / parseFloat(this.canvas!.style.width || '1');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, this.canvas!.width, this.canvas!.height);
    const origin = this.topLeft;
    this.plan = planDraw(this.scene, (lat, lon) => map.latLngToLayerPoint([lat, lon]).subtract(origin));
    paintPlan(ctx, this.plan, this.handlers.categoryOf);
    // What is under a still pointer may have changed (a cluster opened, the view zoomed): keep the tooltip true.
    if (this.pointer) this.setHovered(this.itemAt(map.containerPointToLayerPoint(this.pointer)));
  }

  /** Scales the last drawing to a zoom the map is passing through (flyTo) or animating to. */
  private transformTo(zoom: number, pixelOrigin: L.Point) {
    if (!this.canvas) return;
    const scale = this._map.getZoomScale(zoom, this.drawnZoom);
    L.DomUtil.setTransform(this.canvas, this.topLeftPixel.multiplyBy(scale).subtract(pixelOrigin), scale);
  }

  private followZoom() {
    this.transformTo(this._map.getZoom(), this._map.getPixelOrigin());
  }

  private animateZoom(event: L.ZoomAnimEvent) {
    const map = this._map;
    const panePosition = L.DomUtil.getPosition(map.getPane('mapPane')!) ?? L.point(0, 0);
    // Leaflet's private _getNewPixelOrigin, from public parts: the pixel origin the map will have at the end.
    const origin = map.project(event.center, event.zoom).subtract(map.getSize().divideBy(2)).add(panePosition).round();
    this.transformTo(event.zoom, origin);
  }

  private itemAt(layerPoint: L.Point): DrawItem | null {
    const at = layerPoint.subtract(this.topLeft);
    return hitTest(this.plan, at.x, at.y);
  }

  private onClick(event: L.LeafletMouseEvent) {
    this.handlers.onClick(this.itemAt(event.layerPoint));
  }

  private onMouseMove(event: L.LeafletMouseEvent) {
    this.pointer = event.containerPoint;
    this.setHovered(this.itemAt(event.layerPoint));
  }

  private setHovered(item: DrawItem | null) {
    const same = (a: DrawItem | null, b: DrawItem | null) =>
      a === b ||
      (!!a &&
        !!b &&
        a.kind === b.kind &&
        (a.kind === 'cluster' ? a.id : a.marker) === (b.kind === 'cluster' ? b.id : b.marker));
    if (same(item, this.hovered)) return;
    this.hovered = item;
    this._map?.getContainer().classList.toggle('is-over-marker', item !== null);
    if (!item || !this._map) {
      this.tooltip?.remove();
      this.tooltip = null;
    } else {
      // One tooltip follows the pointer from shape to shape: a new one each time would leave the last one fading out.
      const text = document.createElement('span');
      text.textContent = this.handlers.describe(item);
      this.tooltip ??= L.tooltip({ direction: 'top' });
      L.Util.setOptions(this.tooltip, { offset: [0, -item.r] });
      this.tooltip.setLatLng(this.latLngOf(item)).setContent(text);
      if (!this._map.hasLayer(this.tooltip)) this.tooltip.addTo(this._map);
    }
    this.handlers.onHover(item);
  }
}
