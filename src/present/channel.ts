import * as z from 'zod/mini';
import { tourSchema, type Tour } from '../data/tour-schema';
import { appStore, type AppState, type TourPosition } from '../state/store';
import { goToStop } from '../state/tour-actions';

/** The name both windows open; any window of the app at the same origin hears it. */
export const PRESENTER_CHANNEL = 'waymark-presenter';

/** What the main window tells the presenter window whenever the tour, its stop, the presentation or the selection change. */
export interface StateMessage {
  type: 'state';
  tour: TourPosition | null;
  present: boolean;
  selectedId: string | null;
  /** The home-made tour, so that a presenter opened before it changed still shows the right notes. */
  customTour: Tour | null;
}

/** What the presenter window asks of the main window: show stop `step` of its tour, or say where it is. */
export type PresenterRequest = { type: 'go'; step: number } | { type: 'hello' };

export type PresenterMessage = StateMessage | PresenterRequest;

/** The part of BroadcastChannel used here, so that tests can pass a fake. */
export interface ChannelPort {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export type ChannelFactory = (name: string) => ChannelPort | null;

/** A BroadcastChannel, or null in a browser without one (the presenter view then says so). */
export function createBroadcastChannel(name: string): ChannelPort | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  try {
    return new BroadcastChannel(name);
  } catch {
    return null;
  }
}

const messageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('state'),
    tour: z.nullable(z.object({ id: z.string(), step: z.int().check(z.gte(0)) })),
    present: z.boolean(),
    selectedId: z.nullable(z.string()),
    customTour: z.nullable(tourSchema),
  }),
  z.object({ type: z.literal('go'), step: z.int() }),
  z.object({ type: z.literal('hello') }),
]);

/** Another version of the app (an old tab) may share the channel: anything not in this version's shape is dropped. */
export function parseMessage(data: unknown): PresenterMessage | null {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function createStateMessage(
  state: Pick<AppState, 'tour' | 'present' | 'selectedId' | 'customTour'>,
): StateMessage {
  const { tour, present, selectedId, customTour } = state;
  return { type: 'state', tour, present, selectedId, customTour };
}

/**
 * For the main window: tells presenter windows where the tour is whenever that changes, and follows their requests
 * ("go" to a stop; "hello" from a window that just opened). Returns a function that stops it.
 */
export function startPresenterSync(createChannel: ChannelFactory = createBroadcastChannel): () => void {
  const channel = createChannel(PRESENTER_CHANNEL);
  if (!channel) return () => {};
  let stopped = false;
  let queued = false;
  const post = () => channel.postMessage(createStateMessage(appStore.getState()));
  // One step sets the tour, then the selection: the presenter hears the result once.
  const schedulePost = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (!stopped) post();
    });
  };

  channel.onmessage = (event) => {
    const message = parseMessage(event.data);
    if (message?.type === 'hello') post();
    else if (message?.type === 'go') {
      const { tour } = appStore.getState();
      if (tour) goToStop(tour.id, message.step);
    }
  };
  const unsubscribe = appStore.subscribe((state, previous) => {
    if (
      state.tour !== previous.tour ||
      state.present !== previous.present ||
      state.selectedId !== previous.selectedId ||
      state.customTour !== previous.customTour
    ) {
      schedulePost();
    }
  });
  post();

  return () => {
    stopped = true;
    unsubscribe();
    channel.onmessage = null;
    channel.close();
  };
}

/** The presenter window's end of the channel. */
export interface PresenterConnection {
  /** Asks the main window to show stop `step` (0-based) of its tour. */
  go(step: number): void;
  stop(): void;
}

/**
 * For the presenter window: keeps this window's store where the main window is, and says hello so that the main
 * window answers at once. `onState` hears each update after it is applied. Null without BroadcastChannel.
 */
export function startPresenterReceiver(
  onState: (message: StateMessage) => void = () => {},
  createChannel: ChannelFactory = createBroadcastChannel,
): PresenterConnection | null {
  const channel = createChannel(PRESENTER_CHANNEL);
  if (!channel) return null;
  channel.onmessage = (event) => {
    const message = parseMessage(event.data);
    if (message?.type !== 'state') return;
    const { tour, present, selectedId, customTour } = message;
    appStore.setState({ tour, present, selectedId, customTour });
    onState(message);
  };
  channel.postMessage({ type: 'hello' } satisfies PresenterRequest);
  return {
    go(step) {
      channel.postMessage({ type: 'go', step } satisfies PresenterRequest);
    },
    stop() {
      channel.onmessage = null;
      channel.close();
    },
  };
}
