import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlaybackControls } from './playback-controls';
// A view beside the controls, as the app puts them, to see what a step selects.
import { DetailsPanel } from '../details/details-panel';
import { showModel } from '../state/actions';
import { resetAppStore } from '../state/store';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';

function renderControls() {
  showModel(loadMiniModel());
  render(
    <>
      <PlaybackControls />
      <DetailsPanel />
    </>,
  );
  const group = screen.getByRole('group', { name: 'Playback' });
  const details = screen.getByRole('region', { name: 'Event details' });
  return {
    button: (name: string) => within(group).getByRole('button', { name }),
    status: within(group).getByRole('status'),
    heading: () => within(details).queryByRole('heading', { level: 2 })?.textContent,
  };
}

function emulateReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
}

beforeEach(() => {
  resetAppStore();
  emulateReducedMotion(false);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('PlaybackControls', () => {
  it('offers play, steps, stop and a speed', () => {
    const { button } = renderControls();
    for (const name of ['Play', 'Step back', 'Step forward', 'Stop']) expect(button(name)).toBeInTheDocument();
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(speed).toHaveDisplayValue('3 months/s');
    expect(
      within(speed)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1 week/s', '1 month/s', '3 months/s', '1 year/s']);
  });

  it('Play becomes Pause while playing, and Pause becomes Play again, saying where it stopped', async () => {
    const user = userEvent.setup();
    const { button, status } = renderControls();
    await user.click(button('Play'));
    expect(button('Pause')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Play' })).not.toBeInTheDocument();
    expect(status).toHaveTextContent(/^Playing: \d+ \w+ 2005$/);
    await user.click(button('Pause'));
    expect(button('Play')).toBeInTheDocument();
    expect(status).toHaveTextContent(/^Paused: \d+ \w+ 2005$/);
  });

  // With fake timers, events are fired directly: user-event waits on timers of its own.
  it('moves through time while playing, at the chosen speed, and stands still when paused', () => {
    vi.useFakeTimers();
    const { button, status } = renderControls();
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '365' } });
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveDisplayValue('1 year/s');
    fireEvent.click(button('Play'));
    act(() => vi.advanceTimersByTime(1000));
    fireEvent.click(button('Pause'));
    // Just under a year of history in just under a second of frames.
    expect(status).toHaveTextContent(/^Paused: \d+ Dec 2005$/);
    const paused = status.textContent;
    act(() => vi.advanceTimersByTime(2000));
    expect(status).toHaveTextContent(paused!);
  });

  it('Step forward and Step back select the next and previous event', async () => {
    const user = userEvent.setup();
    const { button, heading, status } = renderControls();
    await user.click(button('Step forward'));
    expect(heading()).toBe('Forced labour estimate');
    expect(status).toHaveTextContent('Paused: 1 Jan 2005');
    await user.click(button('Step forward'));
    expect(heading()).toBe('<img src=x onerror=alert(1)>');
    await user.click(button('Step forward'));
    expect(heading()).toBe('Trafficking law passed');
    await user.click(button('Step back'));
    expect(heading()).toBe('<img src=x onerror=alert(1)>');
  });

  it('Stop ends playback and its announcements', async () => {
    const user = userEvent.setup();
    const { button, status } = renderControls();
    await user.click(button('Play'));
    await user.click(button('Stop'));
    expect(button('Play')).toBeInTheDocument();
    expect(status).toBeEmptyDOMElement();
  });

  it('under reduced motion steps from event to event instead of gliding', () => {
    emulateReducedMotion(true);
    vi.useFakeTimers();
    const { button, heading, status } = renderControls();
    fireEvent.click(button('Play'));
    expect(heading()).toBe('Forced labour estimate');
    act(() => vi.advanceTimersByTime(1900));
    expect(heading()).toBe('Forced labour estimate');
    act(() => vi.advanceTimersByTime(100));
    expect(heading()).toBe('<img src=x onerror=alert(1)>');
    expect(status).toHaveTextContent('Playing: 7 Jul 2007');
    fireEvent.click(button('Pause'));
    act(() => vi.advanceTimersByTime(4000));
    expect(heading()).toBe('<img src=x onerror=alert(1)>');
  });
});
