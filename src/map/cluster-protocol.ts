import type Supercluster from 'supercluster';
import { createClusterIndex, expandCluster, queryClusters, type ClusterItem, type Expansion } from './cluster-index';

/** What the map asks of the cluster index, in a worker or, where there is none, on the main thread. */
export type ClusterRequest =
  /** `points` holds longitude, latitude pairs, one per marker. */
  | { kind: 'load'; id: number; points: Float64Array; maxZoom: number }
  | { kind: 'query'; id: number; bbox: [number, number, number, number]; zoom: number }
  | { kind: 'expand'; id: number; clusterId: number; maxZoom: number; limit: number };

export type ClusterResponse =
  | { id: number; kind: 'loaded' }
  | { id: number; kind: 'items'; items: ClusterItem[] }
  | { id: number; kind: 'expansion'; expansion: Expansion }
  | { id: number; kind: 'error'; message: string };

/** Answers requests in the order they come, against the last index loaded. */
export function createClusterHandler(): (request: ClusterRequest) => ClusterResponse {
  let index: Supercluster<{ i: number }> | null = null;
  return (request) => {
    try {
      if (request.kind === 'load') {
        index = createClusterIndex(request.points, request.maxZoom);
        return { id: request.id, kind: 'loaded' };
      }
      if (!index) return { id: request.id, kind: 'items', items: [] };
      if (request.kind === 'query') {
        return { id: request.id, kind: 'items', items: queryClusters(index, request.bbox, request.zoom) };
      }
      return {
        id: request.id,
        kind: 'expansion',
        expansion: expandCluster(index, request.clusterId, request.maxZoom, request.limit),
      };
    } catch (error) {
      return { id: request.id, kind: 'error', message: (error as Error).message };
    }
  };
}
