/**
 * Starting the cluster index's worker, apart from the index's code: a worker starts running only when the page's
 * thread is free, so for a large dataset it is started while the file still downloads, before the page is busy
 * parsing and modelling it. This module is small and has no imports, so that it can be part of the entry.
 */
export const startClusterWorker = () => new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead of the map, for the next cluster source to take. */
let spare: Worker | null = null;

/** Starts a worker for the next cluster source to take, where there are workers and none is waiting. */
export function prepareClusterWorker() {
  if (typeof Worker === 'undefined' || spare) return;
  try {
    spare = startClusterWorker();
  } catch {
    spare = null;
  }
}

/** The worker started ahead, if there is one, which is then no longer spare. */
export function takeSpareWorker(): Worker | null {
  const taken = spare;
  spare = null;
  return taken;
}
