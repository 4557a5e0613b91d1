import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TourBuilder } from './tour-builder';
import { BuildTourButton } from './build-tour-button';
import { serializeTourFile } from './tour-file';
import { appStore, resetAppStore } from '../state/store';
import { selectEvent, setQuery, showModel } from '../state/actions';
import { decodeCustomTour } from '../url/tour-codec';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { loadTourCodec } from '../url/tour-codec-slot';

// Links with home-made tours are read and written once their codec has loaded, as the app loads it first.
beforeAll(() => loadTourCodec());

const model = loadMiniModel();
const EVENT_IDS = new Set(model.byId.keys());

function renderBuilder() {
  const onClose = vi.fn();
  render(<TourBuilder onClose={onClose} />);
  return { onClose, user: userEvent.setup({ delay: null }) };
}

const stopTitles = () =>
  within(screen.getByRole('list', { name: 'Stops' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.tour-builder-stop-title')?.textContent);

/** Builds "Law, then Bangkok" with a note on Bangkok, by adding Bangkok first and moving the law up. */
async function buildTwoStops(user: ReturnType<typeof userEvent.setup>) {
  // Pasted rather than typed key by key: the test is about the builder, not about typing.
  const fill = async (field: HTMLElement, text: string) => {
    await user.click(field);
    await user.paste(text);
  };
  await fill(screen.getByRole('textbox', { name: 'Title' }), 'Laws and visits');
  await fill(screen.getByRole('textbox', { name: 'Description' }), 'Two stops.');
  await user.click(screen.getByRole('button', { name: 'Add: Visit to Bangkok' }));
  await user.click(screen.getByRole('button', { name: 'Add: Trafficking law passed' }));
  expect(stopTitles()).toEqual(['Visit to Bangkok', 'Trafficking law passed']);
  await user.click(screen.getByRole('button', { name: 'Move up: Trafficking law passed' }));
  expect(stopTitles()).toEqual(['Trafficking law passed', 'Visit to Bangkok']);
  await fill(screen.getByRole('textbox', { name: 'Note for Visit to Bangkok' }), 'Ask why Bangkok came first.');
}

const EXPECTED_TOUR = {
  id: 'custom',
  title: 'Laws and visits',
  description: 'Two stops.',
  stops: [{ event: 'law-passed' }, { event: 'visit-to-bangkok', note: 'Ask why Bangkok came first.' }],
};

beforeEach(() => {
  resetAppStore();
  window.localStorage.clear();
  showModel(model);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('TourBuilder', () => {
  it('adds two events, reorders them, takes a note, and starts the tour', async () => {
    const { user, onClose } = renderBuilder();
    await buildTwoStops(user);
    await user.click(screen.getByRole('button', { name: 'Start this tour' }));
    const state = appStore.getState();
    expect(state.customTour).toEqual(EXPECTED_TOUR);
    expect(state.tour).toEqual({ id: 'custom', step: 0 });
    expect(state.selectedId).toBe('law-passed');
    expect(onClose).toHaveBeenCalled();
  });

  it('gives a link that decodes back to the same tour', async () => {
    const { user } = renderBuilder();
    await buildTwoStops(user);
    const link = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this tour' }).value;
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`${window.location.origin}${window.location.pathname}`);
    expect(decodeCustomTour(url.searchParams.get('tour')!.replace(/^~/, ''), EVENT_IDS)).toEqual(EXPECTED_TOUR);
  });

  it('adds the selected event', async () => {
    act(() => selectEvent('summit-in-phnom-penh'));
    const { user } = renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Add the selected event: Summit in Phnom Penh' }));
    expect(stopTitles()).toEqual(['Summit in Phnom Penh']);
    expect(screen.getByRole('button', { name: /The selected event is in the tour/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Added: Summit in Phnom Penh' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('moves and removes stops from the keyboard, keeping the focus on the list', async () => {
    const { user } = renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Add: Visit to Bangkok' }));
    await user.click(screen.getByRole('button', { name: 'Add: Trafficking law passed' }));
    screen.getByRole('button', { name: 'Move down: Visit to Bangkok' }).focus();
    await user.keyboard('{Enter}');
    expect(stopTitles()).toEqual(['Trafficking law passed', 'Visit to Bangkok']);
    expect(screen.getByRole('button', { name: 'Move down: Visit to Bangkok' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Move down: Visit to Bangkok' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.keyboard('{Enter}');
    expect(stopTitles()).toEqual(['Trafficking law passed', 'Visit to Bangkok']);

    screen.getByRole('button', { name: 'Remove: Trafficking law passed' }).focus();
    await user.keyboard('{Enter}');
    expect(stopTitles()).toEqual(['Visit to Bangkok']);
    expect(screen.getByRole('button', { name: 'Remove: Visit to Bangkok' })).toHaveFocus();
    expect(screen.getByText('Removed “Trafficking law passed”.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('list', { name: 'Stops' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Build a tour' })).toHaveFocus();
  });

  it('searches among the filtered events', async () => {
    act(() => setQuery('visit'));
    const { user } = renderBuilder();
    const list = screen.getByRole('list', { name: 'Events to add' });
    expect(within(list).queryByRole('button', { name: 'Add: Trafficking law passed' })).not.toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Add: Visit to Bangkok' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Find events' }), 'nothing like this');
    expect(within(list).getByText('No events match.')).toBeInTheDocument();
  });

  it('shows a hostile event title as text', () => {
    renderBuilder();
    expect(screen.getByRole('button', { name: 'Add: <img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('.tour-builder img')).toBeNull();
  });

  it('downloads the tour as a tours file', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:tour';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('laws-and-visits.json');
      expect(this.getAttribute('href')).toBe('blob:tour');
    });
    const { user } = renderBuilder();
    await buildTwoStops(user);
    await user.click(screen.getByRole('button', { name: 'Download tour' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(await blobs[0].text()).toBe(serializeTourFile(EXPECTED_TOUR));
  });

  it('opens a tour file and starts it', async () => {
    const { user, onClose } = renderBuilder();
    const text = serializeTourFile({
      title: 'From a file',
      description: 'Saved.',
      stops: [{ event: 'law-passed', note: 'Hi.' }],
    });
    await user.upload(
      await screen.findByLabelText('Open a tour file'),
      new File([text], 'tour.json', { type: 'application/json' }),
    );
    await vi.waitFor(() => expect(appStore.getState().tour).toEqual({ id: 'custom', step: 0 }));
    expect(appStore.getState().customTour).toEqual({
      id: 'custom',
      title: 'From a file',
      description: 'Saved.',
      stops: [{ event: 'law-passed', note: 'Hi.' }],
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('says in plain words what is wrong with a file it cannot open', async () => {
    const { user } = renderBuilder();
    const text = JSON.stringify({
      tours: [{ id: 'x', title: 'X', description: 'Y', stops: [{ event: 'moon-landing' }] }],
    });
    await user.upload(
      await screen.findByLabelText('Open a tour file'),
      new File([text], 'tour.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This tour names 1 event this dataset does not have.');
    expect(alert).toHaveTextContent('Stop 1: there is no event "moon-landing" in this dataset.');
    expect(appStore.getState().tour).toBeNull();

    await user.upload(
      await screen.findByLabelText('Open a tour file'),
      new File(['not json'], 'notes.json', { type: 'application/json' }),
    );
    await vi.waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('This is not a tour file: it could not be read as JSON.'),
    );
  });

  it('closes with Escape, and tells the app the key was used (so the selection stays)', async () => {
    const { user, onClose } = renderBuilder();
    const seen: boolean[] = [];
    const listener = (event: KeyboardEvent) => seen.push(event.defaultPrevented);
    window.addEventListener('keydown', listener);
    await user.keyboard('{Escape}');
    window.removeEventListener('keydown', listener);
    expect(onClose).toHaveBeenCalled();
    expect(seen).toEqual([true]);
  });
});

describe('BuildTourButton', () => {
  it('opens the builder and keeps the draft when it is closed and opened again', async () => {
    const user = userEvent.setup({ delay: null });
    render(<BuildTourButton />);
    const button = screen.getByRole('button', { name: 'Build a tour' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(await screen.findByRole('button', { name: 'Add: Visit to Bangkok' }));
    await user.click(screen.getByRole('button', { name: 'Close the tour builder' }));
    expect(screen.queryByRole('region', { name: 'Build a tour' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await user.click(button);
    expect(stopTitles()).toEqual(['Visit to Bangkok']);
  });

  it('starts from the tour a link brought, when there is no draft', async () => {
    appStore.setState({
      customTour: { id: 'custom', title: 'Shared', description: 'From a link.', stops: [{ event: 'law-passed' }] },
    });
    const user = userEvent.setup({ delay: null });
    render(<BuildTourButton />);
    await user.click(screen.getByRole('button', { name: 'Build a tour' }));
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Shared');
    expect(stopTitles()).toEqual(['Trafficking law passed']);
  });

  it('keeps a tour opened from a file as the draft', async () => {
    const user = userEvent.setup({ delay: null });
    render(<BuildTourButton />);
    await user.click(screen.getByRole('button', { name: 'Build a tour' }));
    const text = serializeTourFile({ title: 'Opened', description: 'From a file.', stops: [{ event: 'law-passed' }] });
    await user.upload(
      await screen.findByLabelText('Open a tour file'),
      new File([text], 'opened.json', { type: 'application/json' }),
    );
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Build a tour' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Build a tour' }));
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Opened');
    expect(stopTitles()).toEqual(['Trafficking law passed']);
  });

  // Last: once storage has failed, the builder keeps using memory for the rest of the visit (this test file's).
  it('keeps the draft in memory when the browser refuses storage', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'QuotaExceededError');
    });
    const user = userEvent.setup({ delay: null });
    render(<BuildTourButton />);
    await user.click(screen.getByRole('button', { name: 'Build a tour' }));
    await user.click(await screen.findByRole('button', { name: 'Add: Trafficking law passed' }));
    await user.click(screen.getByRole('button', { name: 'Close the tour builder' }));
    await user.click(screen.getByRole('button', { name: 'Build a tour' }));
    await screen.findByRole('region', { name: 'Build a tour' });
    expect(stopTitles()).toEqual(['Trafficking law passed']);
  });
});
