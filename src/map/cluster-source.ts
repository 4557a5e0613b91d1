import type { ClusterItem, Expansion } from './cluster-index';
import { createClusterHandler, type ClusterRequest, type ClusterResponse } from './cluster-protocol';
import { startClusterWorker, takeSpareWorker } from './cluster-worker-start';

type Body<R> = R extends ClusterRequest ? Omit<R, 'id'> : never;

interface Pending {
  request: ClusterRequest;
  resolve(response: ClusterResponse): void;
}

interface Channel {
  send(pending: Pending): void;
  dispose(): void;
}

/** The index on the main thread, where there is no Worker (jsdom) or it failed to start; answers as a later task. */
function createInThreadChannel(): Channel {
  const handle = createClusterHandler();
  return {
    send: ({ request, resolve }) => setTimeout(() => resolve(handle(request)), 0),
    dispose: () => {},
  };
}

function createWorkerChannel(onFail: (unanswered: Pending[]) => void): Channel {
  const worker = takeSpareWorker() ?? startClusterWorker();
  const pending = new Map<number, Pending>();
  worker.onmessage = (event: MessageEvent<ClusterResponse>) => {
    pending.get(event.data.id)?.resolve(event.data);
    pending.delete(event.data.id);
  };
  worker.onerror = () => {
    worker.terminate();
    onFail([...pending.values()]);
    pending.clear();
  };
  return {
    send(item) {
      pending.set(item.request.id, item);
      worker.postMessage(item.request);
    },
    dispose: () => worker.terminate(),
  };
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The cluster index, asked asynchronously. Loads that arrive while one is building are merged: the last one wins. */
export interface ClusterSource {
  /** Resolves once the latest points given are indexed. Points equal to the newest loaded are not indexed again. */
  load(points: Float64Array, maxZoom: number): Promise<void>;
  query(bbox: [number, number, number, number], zoom: number): Promise<ClusterItem[]>;
  expand(clusterId: number, maxZoom: number, limit: number): Promise<Expansion>;
  dispose(): void;
}

export function createClusterSource(): ClusterSource {
  let nextId = 1;
  let lastLoad: Body<Extract<ClusterRequest, { kind: 'load' }>> | null = null;
  let channel: Channel;
  const fallBack = (unanswered: Pending[]) => {
    channel = createInThreadChannel();
    if (lastLoad && !unanswered.some((p) => p.request.kind === 'load')) {
      channel.send({ request: { ...lastLoad, id: nextId++ }, resolve: () => {} });
    }
    for (const item of unanswered) channel.send(item);
  };
  try {
    channel = typeof Worker === 'undefined' ? createInThreadChannel() : createWorkerChannel(fallBack);
  } catch {
    channel = createInThreadChannel();
  }

  function send(body: Body<ClusterRequest>): Promise<ClusterResponse> {
    return new Promise<ClusterResponse>((resolve) => {
      const request = { ...body, id: nextId++ } as ClusterRequest;
      if (request.kind === 'load') lastLoad = body as typeof lastLoad;
      channel.send({ request, resolve });
    }).then((response) => {
      if (response.kind === 'error') throw new Error(`The map's clusters could not be made: ${response.message}`);
      return response;
    });
  }

  let waiting: Body<Extract<ClusterRequest, { kind: 'load' }>> | null = null;
  let building: Promise<void> | null = null;
  async function drain() {
    try {
      while (waiting) {
        const next = waiting;
        waiting = null;
        await send(next);
      }
    } finally {
      building = null;
    }
  }

  /** The points of the newest load; asked again for the same points, the index is not built twice. */
  let newest: { points: Float64Array; maxZoom: number } | null = null;

  return {
    load(points, maxZoom) {
      if (newest && newest.maxZoom === maxZoom && sameValues(newest.points, points))
        return building ?? Promise.resolve();
      newest = { points, maxZoom };
      waiting = { kind: 'load', points, maxZoom };
      building ??= drain();
      return building;
    },
    async query(bbox, zoom) {
      const response = await send({ kind: 'query', bbox, zoom });
      return response.kind === 'items' ? response.items : [];
    },
    async expand(clusterId, maxZoom, limit) {
      const response = await send({ kind: 'expand', clusterId, maxZoom, limit });
      return response.kind === 'expansion' ? response.expansion : { leaves: [] };
    },
    dispose: () => channel.dispose(),
  };
}
