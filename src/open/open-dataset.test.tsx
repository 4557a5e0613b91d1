import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OpenDataset } from './open-dataset';
import type { ImportProgress, ImportResult } from '../import/import-types';
import { showModel } from '../state/actions';
import { appStore, resetAppStore } from '../state/store';
import { loadMiniDataset, loadMiniModel } from '../../tests/fixtures/load-fixture';

interface Call {
  file: File;
  onProgress: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  resolve: (result: ImportResult) => void;
}

const calls: Call[] = [];

vi.mock('../import/import-client', () => ({
  importFile: (file: File, onProgress: (p: ImportProgress) => void, signal?: AbortSignal) =>
    new Promise<ImportResult>((resolve) => calls.push({ file, onProgress, signal, resolve })),
}));

const mini = loadMiniModel();
const twoEvents = { ...loadMiniDataset(), events: loadMiniDataset().events.slice(0, 2) };

function result(partial: Partial<ImportResult>): ImportResult {
  return { format: 'csv', dataset: twoEvents, total: 2, valid: 2, problems: [], ...partial };
}

const csv = (name = 'class.csv') => new File(['title,start\n'], name, { type: 'text/csv' });

async function choose(file: File) {
  const user = userEvent.setup({ delay: null });
  const before = calls.length;
  await user.upload(screen.getByLabelText('Open a dataset file'), file);
  // The importer is loaded on first use.
  await waitFor(() => expect(calls).toHaveLength(before + 1));
  return user;
}

async function finish(value: ImportResult) {
  await act(async () => calls[calls.length - 1].resolve(value));
}

// jsdom has no modal dialogs: opening one sets `open`, which is what the tests read.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};

beforeEach(() => {
  calls.length = 0;
  resetAppStore();
  showModel(mini);
  render(<OpenDataset />);
});

describe('OpenDataset', () => {
  it('opens a clean file at once and says so politely', async () => {
    await choose(csv());
    expect(calls[0].file.name).toBe('class.csv');
    await finish(result({}));
    const state = appStore.getState();
    expect(state.model?.events.map((e) => e.id).sort()).toEqual(twoEvents.events.map((e) => e.id).sort());
    expect(state.dataOrigin).toEqual({ kind: 'file', name: 'class.csv' });
    expect(state.notices.map((n) => n.text)).toEqual(['Opened class.csv: 2 events.']);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the bundled dataset' })).toBeInTheDocument();
  });

  it('shows the phase and progress while reading, and Cancel stops the read and keeps the dataset', async () => {
    const user = await choose(csv('big.csv'));
    const bar = await screen.findByRole('progressbar', { name: 'Reading big.csv… 0%' });
    act(() => calls[0].onProgress({ phase: 'parsing', fraction: 0.4 }));
    expect(bar).toHaveAccessibleName('Parsing big.csv… 40%');
    expect(bar).toHaveValue(0.4);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls[0].signal?.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // The worker's late answer is ignored.
    await finish(result({}));
    expect(appStore.getState().model).toBe(mini);
  });

  it('lists problems by row and column, and opens the valid events only when asked', async () => {
    const user = await choose(csv());
    await finish(
      result({
        total: 3,
        problems: [{ where: 'row 14, column start', message: '2012-13-01 is not a date' }],
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Problems in class.csv' });
    expect(dialog).toHaveTextContent('2 of 3 rows are valid. Read as CSV.');
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('row 14, column start: 2012-13-01 is not a date');
    expect(appStore.getState().model).toBe(mini);
    await user.click(within(dialog).getByRole('button', { name: 'Open the 2 valid events' }));
    expect(appStore.getState().model?.events).toHaveLength(2);
    expect(appStore.getState().notices.map((n) => n.text)).toEqual(['Opened class.csv: 2 events (1 row left out).']);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the current dataset when the problems are refused', async () => {
    const user = await choose(csv());
    await finish(result({ total: 3, problems: [{ where: 'row 3, column title', message: 'is missing' }] }));
    await user.click(await screen.findByRole('button', { name: 'Cancel (keep the current dataset)' }));
    expect(appStore.getState().model).toBe(mini);
    expect(appStore.getState().dataOrigin).toEqual({ kind: 'bundled' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the first 100 problems and counts the rest', async () => {
    await choose(csv());
    const problems = Array.from({ length: 150 }, (_, i) => ({ where: `row ${i + 2}, column start`, message: 'x' }));
    await finish(result({ total: 152, problems }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(100);
    expect(dialog).toHaveTextContent('…and 50 more.');
  });

  it('offers only Close when no row is valid', async () => {
    await choose(csv());
    await finish(result({ dataset: null, valid: 0, total: 1, problems: [{ where: 'row 2', message: 'bad' }] }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('button', { name: /Open the/ })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('says why a file is refused whole, and nothing changes', async () => {
    const user = await choose(csv('huge.csv'));
    await finish(
      result({
        dataset: null,
        total: 0,
        valid: 0,
        fatal: 'huge.csv is too large (60.0 MB; the limit is 50.0 MB).',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'huge.csv could not be opened' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'huge.csv is too large (60.0 MB; the limit is 50.0 MB).',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(appStore.getState().model).toBe(mini);
  });

  /** The drop zone listens once the first view is up (after first paint): a file dragged in and out shows it. */
  async function dropZoneListening() {
    const dataTransfer = { types: ['Files'], files: [], dropEffect: 'none' };
    await waitFor(() => {
      fireEvent.dragEnter(document.body, { dataTransfer });
      expect(screen.getByText('Drop a file to open it')).toBeInTheDocument();
    });
    fireEvent.drop(document.body, { dataTransfer });
    expect(screen.queryByText('Drop a file to open it')).not.toBeInTheDocument();
  }

  it('takes a file dropped anywhere on the page, with an overlay while it is dragged', async () => {
    const file = csv('dropped.csv');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    await dropZoneListening();
    fireEvent.dragEnter(document.body, { dataTransfer });
    expect(screen.getByText('Drop a file to open it')).toBeInTheDocument();
    fireEvent.dragOver(document.body, { dataTransfer });
    fireEvent.drop(document.body, { dataTransfer });
    expect(screen.queryByText('Drop a file to open it')).not.toBeInTheDocument();
    await waitFor(() => expect(calls.map((c) => c.file.name)).toEqual(['dropped.csv']));
    await finish(result({}));
    expect(appStore.getState().dataOrigin).toEqual({ kind: 'file', name: 'dropped.csv' });
  });

  it('ignores drags of anything but files', async () => {
    await dropZoneListening();
    fireEvent.dragEnter(document.body, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByText('Drop a file to open it')).not.toBeInTheDocument();
  });
});
