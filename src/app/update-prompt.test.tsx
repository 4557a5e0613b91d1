import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from './update-prompt';
import { createServiceWorkerUpdates, type UpdateSource } from './register-sw';

/** Stands in for the service worker: `arrive()` is a new version installing and waiting. */
function fakeUpdates() {
  const listeners = new Set<() => void>();
  let waiting = false;
  const source: UpdateSource = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isWaiting: () => waiting,
    applyUpdate: vi.fn(),
  };
  const arrive = () =>
    act(() => {
      waiting = true;
      for (const listener of listeners) listener();
    });
  return { source, arrive };
}

const reloadButton = () => screen.queryByRole('button', { name: 'Reload when ready' });

describe('UpdatePrompt', () => {
  it('says nothing while no new version is waiting', () => {
    const { source } = fakeUpdates();
    render(<UpdatePrompt source={source} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(reloadButton()).toBeNull();
  });

  it('offers the new version once it is waiting, and updates only when asked', async () => {
    const user = userEvent.setup();
    const { source, arrive } = fakeUpdates();
    render(<UpdatePrompt source={source} />);
    arrive();
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Waymark is ready.');
    expect(source.applyUpdate).not.toHaveBeenCalled();
    await user.click(reloadButton()!);
    expect(source.applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('Later hides the notice without updating', async () => {
    const user = userEvent.setup();
    const { source, arrive } = fakeUpdates();
    render(<UpdatePrompt source={source} />);
    arrive();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(source.applyUpdate).not.toHaveBeenCalled();
  });

  it('registers no service worker outside a production build', () => {
    const register = vi.fn();
    Object.defineProperty(navigator, 'serviceWorker', { value: { register }, configurable: true });
    try {
      const updates = createServiceWorkerUpdates();
      const stop = updates.subscribe(() => {});
      expect(updates.isWaiting()).toBe(false);
      expect(register).not.toHaveBeenCalled();
      stop();
    } finally {
      Reflect.deleteProperty(navigator, 'serviceWorker');
    }
  });
});
