/**
 * localStorage that never throws. Private browsing, blocked cookies and full quotas make `window.localStorage` (or its
 * methods) throw; then settings live in memory for the visit, and the app carries on.
 */
const memory = new Map<string, string>();
/** Keys whose last write storage refused: their newest value is the one in memory. */
const unsaved = new Set<string>();

function storage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readSetting(key: string): string | null {
  if (unsaved.has(key)) return memory.get(key) ?? null;
  try {
    const store = storage();
    if (store) return store.getItem(key);
  } catch {
    // Fall through to the copy in memory.
  }
  return memory.get(key) ?? null;
}

/** Returns false when the value could be kept only in memory (it is lost when the page closes). */
export function writeSetting(key: string, value: string | null): boolean {
  if (value === null) memory.delete(key);
  else memory.set(key, value);
  try {
    const store = storage();
    if (!store) throw new Error('No localStorage');
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    unsaved.delete(key);
    memory.delete(key);
    return true;
  } catch {
    unsaved.add(key);
    return false;
  }
}
