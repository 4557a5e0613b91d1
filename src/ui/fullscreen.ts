import { addNotice } from '../state/actions';

/** Asks for fullscreen; where the browser refuses (no gesture, an iframe), presentation goes on in the window. */
export async function enterFullscreen(): Promise<void> {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  try {
    await root.requestFullscreen();
  } catch {
    addNotice('Fullscreen was not allowed here, so the presentation fills the window. Press F11 for fullscreen.');
  }
}

export async function leaveFullscreen(): Promise<void> {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    try {
      await document.exitFullscreen();
    } catch {
      // Already left.
    }
  }
}
