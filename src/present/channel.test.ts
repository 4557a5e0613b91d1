import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBroadcastChannel,
  parseMessage,
  PRESENTER_CHANNEL,
  startPresenterReceiver,
  startPresenterSync,
  type ChannelPort,
} from './channel';
import { appStore, resetAppStore } from '../state/store';
import { showModel } from '../state/actions';
import { setCustomTour, setPresenting, startTour, stepTour } from '../state/tour-actions';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';

/** A BroadcastChannel stand-in: the other channels of a name hear each message at once, structured-cloned. */
class FakeChannel implements ChannelPort {
  static open: FakeChannel[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  closed = false;
  constructor(readonly name: string) {
    FakeChannel.open.push(this);
  }
  postMessage(message: unknown) {
    if (this.closed) throw new Error('closed');
    for (const peer of FakeChannel.open.filter((c) => c !== this && c.name === this.name)) {
      peer.onmessage?.(new MessageEvent('message', { data: structuredClone(message) }));
    }
  }
  close() {
    this.closed = true;
    FakeChannel.open = FakeChannel.open.filter((c) => c !== this);
  }
}

const createFake = (name: string) => new FakeChannel(name);

/** The other window, as the channel shows it: what it heard, and a way to speak. */
function openPeer() {
  const peer = new FakeChannel(PRESENTER_CHANNEL);
  const heard: unknown[] = [];
  peer.onmessage = (event) => heard.push(event.data);
  return { peer, heard };
}

const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

const TOUR = {
  title: 'Three stops',
  description: 'For the test.',
  stops: [
    { event: 'visit-to-bangkok', note: 'First note.' },
    { event: 'law-passed' },
    { event: 'summit-in-phnom-penh', note: 'Last note.' },
  ],
};

beforeEach(() => {
  resetAppStore();
  FakeChannel.open = [];
  showModel(loadMiniModel());
  setCustomTour(TOUR);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startPresenterSync (the main window)', () => {
  it('says where it is when it starts, then once per step', async () => {
    const { heard } = openPeer();
    const stop = startPresenterSync(createFake);
    expect(heard).toEqual([
      { type: 'state', tour: null, present: false, selectedId: null, customTour: { id: 'custom', ...TOUR } },
    ]);
    startTour('custom');
    await flush();
    stepTour(1);
    await flush();
    expect(heard.slice(1)).toMatchObject([
      { type: 'state', tour: { id: 'custom', step: 0 }, selectedId: 'visit-to-bangkok' },
      { type: 'state', tour: { id: 'custom', step: 1 }, selectedId: 'law-passed' },
    ]);
    setPresenting(true);
    await flush();
    expect(heard.at(-1)).toMatchObject({ present: true });
    stop();
  });

  it('stays quiet about changes the presenter does not show', async () => {
    const { heard } = openPeer();
    const stop = startPresenterSync(createFake);
    appStore.setState({ hoveredId: 'law-passed', mapView: { lat: 1, lon: 2, zoom: 3 } });
    await flush();
    expect(heard).toHaveLength(1);
    stop();
  });

  it('goes to the stop the presenter asks for, and answers hello', async () => {
    const { peer, heard } = openPeer();
    const stop = startPresenterSync(createFake);
    startTour('custom');
    peer.postMessage({ type: 'go', step: 2 });
    expect(appStore.getState().tour).toEqual({ id: 'custom', step: 2 });
    expect(appStore.getState().selectedId).toBe('summit-in-phnom-penh');
    await flush();
    heard.length = 0;
    peer.postMessage({ type: 'hello' });
    expect(heard).toMatchObject([{ type: 'state', tour: { id: 'custom', step: 2 } }]);
    stop();
  });

  it('ignores "go" without a tour, and messages of another shape', () => {
    const { peer } = openPeer();
    const stop = startPresenterSync(createFake);
    peer.postMessage({ type: 'go', step: 1 });
    peer.postMessage({ type: 'go', step: 'two' });
    peer.postMessage('hello');
    peer.postMessage(null);
    expect(appStore.getState().tour).toBeNull();
    expect(appStore.getState().selectedId).toBeNull();
    stop();
  });

  it('stops listening and closes its channel when stopped', async () => {
    const { peer, heard } = openPeer();
    const stop = startPresenterSync(createFake);
    stop();
    expect(FakeChannel.open).toEqual([peer]);
    startTour('custom');
    await flush();
    expect(heard).toHaveLength(1);
  });

  it('does nothing in a browser without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    expect(createBroadcastChannel(PRESENTER_CHANNEL)).toBeNull();
    const stop = startPresenterSync();
    startTour('custom');
    expect(stop).not.toThrow();
  });
});

describe('startPresenterReceiver (the presenter window)', () => {
  it('says hello, follows the state it hears, and sends "go"', () => {
    const { peer, heard } = openPeer();
    const onState = vi.fn();
    const connection = startPresenterReceiver(onState, createFake)!;
    expect(heard).toEqual([{ type: 'hello' }]);

    const customTour = { id: 'custom', ...TOUR, title: 'Changed in the main window' };
    peer.postMessage({
      type: 'state',
      tour: { id: 'custom', step: 1 },
      present: true,
      selectedId: 'law-passed',
      customTour,
    });
    expect(appStore.getState()).toMatchObject({
      tour: { id: 'custom', step: 1 },
      present: true,
      selectedId: 'law-passed',
      customTour,
    });
    expect(onState).toHaveBeenCalledTimes(1);

    connection.go(2);
    expect(heard.at(-1)).toEqual({ type: 'go', step: 2 });
    connection.stop();
    expect(FakeChannel.open).toEqual([peer]);
  });

  it('ignores what is not a state message', () => {
    const { peer } = openPeer();
    const onState = vi.fn();
    startPresenterReceiver(onState, createFake);
    peer.postMessage({
      type: 'state',
      tour: { id: 'custom', step: -1 },
      present: false,
      selectedId: null,
      customTour: null,
    });
    peer.postMessage({ type: 'go', step: 1 });
    expect(onState).not.toHaveBeenCalled();
    expect(appStore.getState().tour).toBeNull();
  });

  it('is null without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    expect(startPresenterReceiver()).toBeNull();
  });
});

describe('parseMessage', () => {
  it('accepts the three kinds of message and nothing else', () => {
    expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseMessage({ type: 'go', step: 3 })).toEqual({ type: 'go', step: 3 });
    expect(parseMessage({ type: 'go', step: 1.5 })).toBeNull();
    expect(parseMessage({ type: 'state', tour: null, present: false, selectedId: null })).toBeNull();
    expect(parseMessage({ type: 'reload' })).toBeNull();
    expect(parseMessage(undefined)).toBeNull();
  });
});
