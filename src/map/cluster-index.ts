import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';

/** A cluster of markers, or one marker, as the map should draw it at one zoom. */
export interface ClusterItem {
  lat: number;
  lon: number;
  /** How many markers it stands for: 1 for a single marker. */
  count: number;
  /** supercluster's cluster id when `count` > 1, else the marker's index in the points that were loaded. */
  id: number;
}

/** What clicking a cluster should do: zoom in until it splits, or, when it never splits, show its markers. */
export type Expansion = { zoom: number } | { leaves: number[] };

interface PointProps {
  i: number;
}

/**
 * Supercluster counts `radius` in units of a tile `extent` wide; Leaflet's tiles are 256 px, so with extent 256 the
 * radius is in screen pixels. Clusters are made at every zoom the map offers (to MAP_MAX_ZOOM), so markers at one
 * spot stay one numbered circle even fully zoomed in, and open as a ring when clicked (see `expandCluster`).
 */
export function createClusterIndex(points: Float64Array, maxZoom: number): Supercluster<PointProps> {
  const features: PointFeature<PointProps>[] = [];
  for (let i = 0; i < points.length / 2; i++) {
    features.push({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [points[2 * i], points[2 * i + 1]] },
    });
  }
  return new Supercluster<PointProps>({ radius: 60, extent: 256, minZoom: 0, maxZoom }).load(features);
}

/** The clusters and markers inside `bbox` ([west, south, east, north]) at `zoom`, in the units the map draws. */
export function queryClusters(
  index: Supercluster<PointProps>,
  bbox: [number, number, number, number],
  zoom: number,
): ClusterItem[] {
  // The map shows each marker once, at its own longitude: no copies of the world to either side.
  const [west, south, east, north] = bbox;
  const clamped: [number, number, number, number] = [Math.max(-180, west), south, Math.min(180, east), north];
  if (clamped[0] >= clamped[2]) return [];
  return index.getClusters(clamped, Math.floor(zoom)).map((feature) => {
    const [lon, lat] = feature.geometry.coordinates;
    const props = feature.properties as Partial<ClusterProperties> & Partial<PointProps>;
    return props.cluster
      ? { lat, lon, count: props.point_count!, id: props.cluster_id! }
      : { lat, lon, count: 1, id: props.i! };
  });
}

/** Zoom to where the cluster splits if the map can go that deep; otherwise the indexes of (up to `limit`) markers. */
export function expandCluster(
  index: Supercluster<PointProps>,
  clusterId: number,
  maxMapZoom: number,
  limit: number,
): Expansion {
  const zoom = index.getClusterExpansionZoom(clusterId);
  if (zoom <= maxMapZoom) return { zoom };
  return { leaves: index.getLeaves(clusterId, limit).map((leaf) => leaf.properties.i) };
}
