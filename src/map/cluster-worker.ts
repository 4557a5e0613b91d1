import { createClusterHandler, type ClusterRequest, type ClusterResponse } from './cluster-protocol';

/** Builds and queries the cluster index off the main thread: indexing 100,000 markers takes over a second. */
const handle = createClusterHandler();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ClusterRequest>) => void) | null;
  postMessage(message: ClusterResponse): void;
};

scope.onmessage = (event) => scope.postMessage(handle(event.data));
