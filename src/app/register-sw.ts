/// <reference types="vite-plugin-pwa/vanillajs" />

/** A new version of the app, installed by the service worker and waiting for the user's word to take over. */
export interface UpdateSource {
  /** Calls `listener` whenever `isWaiting()` may have changed; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  isWaiting(): boolean;
  /** Lets the waiting version take over, then reloads this page. Only ever called from the user's click. */
  applyUpdate(): void;
}

/**
 * Registers the service worker (built by vite-plugin-pwa) from our own bundle, the first time someone subscribes:
 * the CSP allows no inline script. It never reloads a page by itself: a teacher may be in the middle of a lesson.
 * Off in development and in tests, where there is no built worker.
 */
export function createServiceWorkerUpdates(enabled = import.meta.env.PROD): UpdateSource {
  const listeners = new Set<() => void>();
  let started = false;
  let waiting = false;
  let userAsked = false;
  // Another window (a second tab, the presenter's) already let the new version take over.
  let takenOver = false;
  let update: (() => Promise<void>) | null = null;

  function showPrompt() {
    waiting = true;
    for (const listener of listeners) listener();
  }

  function start() {
    if (started || !enabled || !('serviceWorker' in navigator)) return;
    started = true;
    // After the page has loaded: the worker's code and its precaching never compete with the first view.
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }

  function register() {
    void import('virtual:pwa-register').then(({ registerSW }) => {
      update = registerSW({
        onNeedRefresh: showPrompt,
        onNeedReload() {
          if (userAsked) return window.location.reload();
          takenOver = true;
          showPrompt();
        },
        // Without a worker the app still works online; there is nothing to tell the user.
        onRegisterError() {},
      });
    });
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      start();
      return () => listeners.delete(listener);
    },
    isWaiting: () => waiting,
    applyUpdate() {
      if (takenOver || !update) return window.location.reload();
      userAsked = true;
      void update();
    },
  };
}

/** The app's one registration. */
export const serviceWorkerUpdates = createServiceWorkerUpdates();
