import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showModel, toggleCategory } from '../state/actions';
import { appStore, resetAppStore } from '../state/store';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { ExportMenu } from './export-menu';

const runExport = vi.fn();
vi.mock('./run-export', () => ({ runExport: (...args: unknown[]) => runExport(...args) }));

const model = loadMiniModel();

beforeEach(() => {
  resetAppStore();
  showModel(model);
  runExport.mockReset();
});

function exportButton() {
  return screen.getByRole('button', { name: 'Export' });
}

/** The panel's code loads when the menu opens: it appears a moment after the click. */
function panel() {
  return screen.findByRole('group', { name: 'Export' });
}

describe('ExportMenu', () => {
  it('opens a panel of data and image exports that says which events it holds', async () => {
    render(<ExportMenu baseUrl="./" />);
    expect(exportButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Export' })).not.toBeInTheDocument();

    await userEvent.click(exportButton());
    expect(exportButton()).toHaveAttribute('aria-expanded', 'true');
    expect(within(await panel()).getByText('All 8 events')).toBeInTheDocument();
    const names = within(await panel())
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual([
      'Events as CSV',
      'Events as GeoJSON',
      'Events as Waymark JSON',
      'Events as TimelineJS JSON',
      'Timeline as SVG',
      'Timeline as PNG',
      'Map as SVG',
      'Map as PNG',
    ]);
    expect(screen.getByRole('button', { name: 'Events as TimelineJS JSON' })).toHaveAccessibleDescription(
      /Undated events are left out/,
    );
  });

  it('counts the filtered events, and offers no data export when none is left', async () => {
    render(<ExportMenu baseUrl="./" />);
    act(() => toggleCategory('diplomacy'));
    await userEvent.click(exportButton());
    expect(within(await panel()).getByText('4 of 8 events, as filtered')).toBeInTheDocument();

    act(() => appStore.setState({ filters: { categories: [], countries: [], query: '' } }));
    expect(within(await panel()).getByText('No events match the filters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Events as CSV' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Timeline as PNG' })).toBeEnabled();
  });

  it('is used from the keyboard: focus moves into the panel, arrows move through it, Escape closes it', async () => {
    render(<ExportMenu baseUrl="./" />);
    exportButton().focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Events as CSV' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Events as GeoJSON' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('button', { name: 'Map as PNG' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Export' })).not.toBeInTheDocument();
    expect(exportButton()).toHaveFocus();
  });

  it('closes on a click elsewhere', async () => {
    render(
      <>
        <ExportMenu baseUrl="./" />
        <p>Elsewhere</p>
      </>,
    );
    await userEvent.click(exportButton());
    await userEvent.click(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('group', { name: 'Export' })).not.toBeInTheDocument();
  });

  it('makes the chosen file, says so, closes and gives focus back', async () => {
    runExport.mockResolvedValue('mini-dataset-2024-01-01.csv');
    render(<ExportMenu baseUrl="/base/" />);
    await userEvent.click(exportButton());
    await userEvent.click(screen.getByRole('button', { name: 'Events as CSV' }));
    expect(runExport).toHaveBeenCalledWith('csv', '/base/');
    expect(await screen.findByRole('status')).toHaveTextContent('Saved mini-dataset-2024-01-01.csv.');
    expect(screen.queryByRole('group', { name: 'Export' })).not.toBeInTheDocument();
    expect(exportButton()).toHaveFocus();
  });

  it('tells the user in a notice when a file cannot be made', async () => {
    runExport.mockRejectedValue(new Error('the timeline is not drawn on this page'));
    render(<ExportMenu baseUrl="./" />);
    await userEvent.click(exportButton());
    await userEvent.click(screen.getByRole('button', { name: 'Timeline as PNG' }));
    await vi.waitFor(() =>
      expect(appStore.getState().notices.map((n) => n.text)).toEqual([
        'Timeline as PNG could not be made: the timeline is not drawn on this page.',
      ]),
    );
  });
});
