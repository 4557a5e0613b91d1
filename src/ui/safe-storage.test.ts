import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSetting, writeSetting } from './safe-storage';

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('safe storage', () => {
  it('keeps a setting in localStorage when it works', () => {
    expect(writeSetting('a', 'on')).toBe(true);
    expect(window.localStorage.getItem('a')).toBe('on');
    expect(readSetting('a')).toBe('on');
    writeSetting('a', null);
    expect(readSetting('a')).toBeNull();
  });

  it('falls back to memory when storage throws, and says so', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied.', 'SecurityError');
    });
    expect(writeSetting('b', 'kept')).toBe(false);
    expect(readSetting('b')).toBe('kept');
  });

  it('falls back to memory when even reaching localStorage throws', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied.', 'SecurityError');
    });
    expect(writeSetting('c', 'x')).toBe(false);
    expect(readSetting('c')).toBe('x');
  });
});

describe('safe storage after a refused write', () => {
  it('reads the newer value from memory, not the stale one in storage', () => {
    writeSetting('d', 'old');
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(writeSetting('d', 'new')).toBe(false);
    expect(readSetting('d')).toBe('new');
    setItem.mockRestore();
    expect(writeSetting('d', 'newest')).toBe(true);
    expect(window.localStorage.getItem('d')).toBe('newest');
    expect(readSetting('d')).toBe('newest');
  });
});
