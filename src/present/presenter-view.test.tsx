import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock, formatElapsed, PresenterView } from './presenter-view';
import { createPresenterUrl, OpenPresenterButton } from './open-presenter-button';
import { PRESENTER_CHANNEL, type ChannelPort } from './channel';
import { appStore, resetAppStore } from '../state/store';
import { showModel } from '../state/actions';
import { setCustomTour, startTour } from '../state/tour-actions';
import { decodeCustomTour } from '../url/tour-codec';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { loadTourCodec } from '../url/tour-codec-slot';

// Links with home-made tours are read and written once their codec has loaded, as the app loads it first.
beforeAll(() => loadTourCodec());

/** The main window's end of the channel: what the presenter sent it, and a way to answer. */
class MainWindow implements ChannelPort {
  onmessage: ((event: MessageEvent) => void) | null = null;
  heard: unknown[] = [];
  presenter: ChannelPort | null = null;
  postMessage(message: unknown) {
    this.presenter?.onmessage?.(new MessageEvent('message', { data: structuredClone(message) }));
  }
  close() {}
  /** The factory the presenter opens its channel with: a port whose messages reach this window. */
  readonly createChannel = (name: string): ChannelPort => {
    expect(name).toBe(PRESENTER_CHANNEL);
    const port: ChannelPort = {
      onmessage: null,
      postMessage: (message) => this.heard.push(structuredClone(message)),
      close: () => {},
    };
    this.presenter = port;
    return port;
  };
}

const TOUR = {
  title: 'Three stops',
  description: 'For the test.',
  stops: [
    { event: 'visit-to-bangkok', note: 'Ask what the visit was for.' },
    { event: 'law-passed' },
    { event: 'summit-in-phnom-penh', note: 'Last note.' },
  ],
};

function stateAt(step: number) {
  return {
    type: 'state',
    tour: { id: 'custom', step },
    present: false,
    selectedId: TOUR.stops[step].event,
    customTour: { id: 'custom', ...TOUR },
  };
}

const model = loadMiniModel();

beforeEach(() => {
  resetAppStore();
  showModel(model);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('PresenterView', () => {
  it('asks the main window where it is, then shows the note, the next stop and the progress', () => {
    const main = new MainWindow();
    render(<PresenterView createChannel={main.createChannel} />);
    expect(main.heard).toEqual([{ type: 'hello' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Looking for the main window');
    expect(screen.getByText(/No tour is running/)).toBeInTheDocument();

    act(() => main.postMessage(stateAt(0)));
    expect(screen.getByRole('heading', { level: 1, name: 'Three stops' })).toBeInTheDocument();
    expect(screen.getByText('Stop 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Visit to Bangkok' })).toBeInTheDocument();
    expect(screen.getByTestId('presenter-note')).toHaveTextContent('Ask what the visit was for.');
    expect(screen.getByRole('region', { name: 'Next stop' })).toHaveTextContent('Trafficking law passed');
    expect(screen.getByRole('status')).toHaveTextContent('In step with the main window.');
  });

  it('sends Previous and Next (buttons and clicker keys) to the main window, and follows its answer', async () => {
    const main = new MainWindow();
    const user = userEvent.setup();
    render(<PresenterView createChannel={main.createChannel} />);
    act(() => main.postMessage(stateAt(1)));
    expect(screen.getByTestId('presenter-note')).toHaveTextContent('No note for this stop.');

    await user.click(screen.getByRole('button', { name: 'Next →' }));
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    await user.keyboard('{ArrowRight}{PageDown}{ArrowLeft}{PageUp}');
    expect(main.heard.slice(1)).toEqual([2, 0, 2, 2, 0, 0].map((step) => ({ type: 'go', step })));
    // It waits for the main window: the stop changes only when the main window says it has moved.
    expect(screen.getByText('Stop 2 of 3')).toBeInTheDocument();

    act(() => main.postMessage(stateAt(2)));
    expect(screen.getByText('Stop 3 of 3')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Next stop' })).toHaveTextContent('This is the last stop.');
    expect(screen.getByRole('button', { name: 'Next →' })).toBeDisabled();
  });

  it('steps its own copy of the tour in a browser without BroadcastChannel', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    setCustomTour(TOUR);
    startTour('custom');
    const user = userEvent.setup();
    render(<PresenterView />);
    expect(screen.getByRole('status')).toHaveTextContent('cannot keep two windows in step');
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(appStore.getState().tour).toEqual({ id: 'custom', step: 1 });
    vi.unstubAllGlobals();
  });

  it('shows the clock and the time since it opened, a minute at a time', () => {
    vi.useFakeTimers({ now: new Date(2024, 4, 6, 9, 5, 30) });
    render(<PresenterView createChannel={new MainWindow().createChannel} />);
    expect(screen.getByText('09:05')).toBeInTheDocument();
    expect(screen.getByText(/0:00 elapsed/)).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(61 * 60_000));
    expect(screen.getByText('10:06')).toBeInTheDocument();
    expect(screen.getByText(/1:01 elapsed/)).toBeInTheDocument();
  });
});

describe('formatClock and formatElapsed', () => {
  it('write HH:MM and H:MM', () => {
    expect(formatClock(new Date(2024, 0, 1, 7, 3))).toBe('07:03');
    expect(formatClock(new Date(2024, 0, 1, 23, 59))).toBe('23:59');
    expect(formatElapsed(59_999)).toBe('0:00');
    expect(formatElapsed(60_000)).toBe('0:01');
    expect(formatElapsed(125 * 60_000)).toBe('2:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});

describe('OpenPresenterButton', () => {
  it('opens the presenter window on the tour and stop the main window shows', async () => {
    setCustomTour(TOUR);
    startTour('custom');
    act(() => appStore.setState({ tour: { id: 'custom', step: 1 } }));
    const open = vi.spyOn(window, 'open').mockReturnValue({ focus() {} } as Window);
    const user = userEvent.setup();
    render(<OpenPresenterButton />);
    await user.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect(open).toHaveBeenCalledWith(expect.any(String), 'waymark-presenter', 'width=900,height=700');
    const url = new URL(open.mock.calls[0][0] as string);
    expect(url.searchParams.get('presenter')).toBe('1');
    expect(url.searchParams.get('step')).toBe('2');
    const tour = decodeCustomTour(url.searchParams.get('tour')!.slice(1), new Set(model.byId.keys()));
    expect(tour).toEqual({ id: 'custom', ...TOUR });
  });

  it('says so when the browser blocks the window', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const user = userEvent.setup();
    render(<OpenPresenterButton />);
    await user.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect(screen.getByRole('status')).toHaveTextContent('The browser blocked the new window');
  });
});

const BUNDLED = { kind: 'bundled' } as const;

describe('createPresenterUrl', () => {
  it('names a dataset tour by its id', () => {
    expect(
      createPresenterUrl(
        { origin: 'https://example.org', pathname: '/w/' },
        { tour: { id: 'november-2012-trip', step: 0 }, customTour: null, dataOrigin: BUNDLED },
      ),
    ).toBe('https://example.org/w/?presenter=1&tour=november-2012-trip');
    expect(
      createPresenterUrl(
        { origin: 'https://example.org', pathname: '/' },
        { tour: null, customTour: null, dataOrigin: BUNDLED },
      ),
    ).toBe('https://example.org/?presenter=1');
  });

  it('keeps the dataset beside the app that the main window shows', () => {
    const url = createPresenterUrl(
      { origin: 'https://example.org', pathname: '/' },
      { tour: { id: 'a-tour', step: 0 }, customTour: null, dataOrigin: { kind: 'url', path: 'class/events.json' } },
    );
    expect(new URL(url).searchParams.get('data')).toBe('class/events.json');
    expect(new URL(url).searchParams.get('presenter')).toBe('1');
  });
});
