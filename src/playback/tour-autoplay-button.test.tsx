import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TourAutoplayButton } from './tour-autoplay-button';
import { showModel } from '../state/actions';
import { CUSTOM_TOUR_ID, resetAppStore } from '../state/store';
import { endTour, setCustomTour, startTour, stepTour } from '../state/tour-actions';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
// The tour bar shows which stop the tour is at.
import { TourBar } from '../tour/tour-bar';

function renderTour() {
  showModel(loadMiniModel());
  setCustomTour({
    title: 'Three stops',
    description: 'A test tour.',
    stops: [{ event: 'labour-estimate' }, { event: 'law-passed' }, { event: 'visit-to-bangkok' }],
  });
  startTour(CUSTOM_TOUR_ID);
  render(
    <>
      <TourBar />
      <TourAutoplayButton seconds={8} />
    </>,
  );
  return {
    progress: () => screen.getByText(/\d+ \/ 3/).textContent,
    wait: (ms: number) => act(() => vi.advanceTimersByTime(ms)),
  };
}

// With fake timers, events are fired directly: user-event waits on timers of its own.
function click(button: HTMLElement) {
  fireEvent.click(button);
}

beforeEach(() => {
  resetAppStore();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('TourAutoplayButton', () => {
  it('moves to the next stop every 8 seconds, with a Pause button while it runs', () => {
    const { progress, wait } = renderTour();
    click(screen.getByRole('button', { name: 'Play tour' }));
    expect(screen.getByRole('button', { name: 'Pause tour' })).toBeVisible();
    wait(7900);
    expect(progress()).toBe('Stop 1 / 3');
    wait(100);
    expect(progress()).toBe('Stop 2 / 3');
  });

  it('stands still once paused', () => {
    const { progress, wait } = renderTour();
    click(screen.getByRole('button', { name: 'Play tour' }));
    wait(4000);
    click(screen.getByRole('button', { name: 'Pause tour' }));
    wait(30_000);
    expect(progress()).toBe('Stop 1 / 3');
    expect(screen.getByRole('button', { name: 'Play tour' })).toBeEnabled();
  });

  it('stops at the last stop', () => {
    const { progress, wait } = renderTour();
    click(screen.getByRole('button', { name: 'Play tour' }));
    wait(16_000);
    expect(progress()).toBe('Stop 3 / 3');
    expect(screen.getByRole('button', { name: 'Play tour' })).toBeDisabled();
    act(() => stepTour(-1));
    wait(30_000);
    expect(progress()).toBe('Stop 2 / 3');
  });

  it('counts 8 seconds again after a step the user takes', () => {
    const { progress, wait } = renderTour();
    click(screen.getByRole('button', { name: 'Play tour' }));
    wait(6000);
    click(screen.getByRole('button', { name: 'Next stop →' }));
    wait(6000);
    expect(progress()).toBe('Stop 2 / 3');
    wait(2000);
    expect(progress()).toBe('Stop 3 / 3');
  });

  it('stops when the tour ends', () => {
    const { wait } = renderTour();
    click(screen.getByRole('button', { name: 'Play tour' }));
    act(() => endTour());
    act(() => startTour(CUSTOM_TOUR_ID));
    wait(30_000);
    expect(screen.getByText(/\d+ \/ 3/)).toHaveTextContent('Stop 1 / 3');
  });
});
