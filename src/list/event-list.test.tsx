import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventList } from './event-list';
// Views meet only in the store; this test puts two side by side, as src/app does, to see them agree.
import { DetailsPanel } from '../details/details-panel';
import { selectEvent, setQuery, showModel } from '../state/actions';
import { resetAppStore } from '../state/store';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { buildModel } from '../../tests/fixtures/build-dataset';

function renderList(model = loadMiniModel()) {
  showModel(model);
  const user = userEvent.setup();
  render(
    <>
      <EventList />
      <DetailsPanel />
    </>,
  );
  const list = screen.getByRole('region', { name: 'Event list' });
  const rows = () => within(list).queryAllByRole('button');
  return { user, list, rows };
}

beforeEach(() => {
  resetAppStore();
});

describe('EventList', () => {
  it('lists the events in time order with their date at its precision and their category', () => {
    const { rows } = renderList();
    expect(rows().map((row) => row.textContent)).toEqual([
      'Forced labour estimate2005 · Law and policy',
      '<img src=x onerror=alert(1)>7 July 2007 · Diplomacy',
      'Trafficking law passedFebruary 2008 · Law and policy',
      'Fishermen return home15 March 2009 · Repatriation',
      'Two-city awareness campaignJune 2010 · Law and policy',
      'Roundtable in Siem Reap10 May 2011 · Diplomacy',
      'Visit to Bangkok18 November 2012 · Diplomacy',
      'Summit in Phnom Penh19 November 2012 – 20 November 2012 · Diplomacy',
    ]);
    expect(rows().every((row) => row.getAttribute('aria-pressed') === 'false')).toBe(true);
    expect(document.querySelector('img')).toBeNull();
  });

  it('selects an event when its row is clicked, and the details panel shows it', async () => {
    const { user } = renderList();
    const row = screen.getByRole('button', { name: /Trafficking law passed/ });
    await user.click(row);
    expect(row).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Trafficking law passed' })).toBeInTheDocument();
    expect(screen.getByText('A new law against trafficking is passed.')).toBeInTheDocument();
    const others = screen.getAllByRole('button', { pressed: false }).filter((b) => b.closest('ol'));
    expect(others).toHaveLength(7);
  });

  it('moves the pressed row when another row is clicked, and unselects on a second click', async () => {
    const { user } = renderList();
    await user.click(screen.getByRole('button', { name: /Trafficking law passed/ }));
    const bangkok = screen.getByRole('button', { name: /Visit to Bangkok/ });
    await user.click(bangkok);
    expect(bangkok).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /Trafficking law passed/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('heading', { level: 2, name: 'Visit to Bangkok' })).toBeInTheDocument();
    await user.click(bangkok);
    expect(bangkok).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('heading', { level: 2, name: 'Details' })).toBeInTheDocument();
  });

  it('presses the row of an event selected elsewhere', () => {
    renderList();
    act(() => selectEvent('summit-in-phnom-penh'));
    expect(screen.getByRole('button', { name: /Summit in Phnom Penh/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows only the events that pass the filters', () => {
    const { rows } = renderList();
    act(() => setQuery('phnom'));
    expect(rows().map((row) => row.textContent)).toEqual([
      'Trafficking law passedFebruary 2008 · Law and policy',
      'Fishermen return home15 March 2009 · Repatriation',
      'Two-city awareness campaignJune 2010 · Law and policy',
      'Summit in Phnom Penh19 November 2012 – 20 November 2012 · Diplomacy',
    ]);
  });

  it('says so when no event matches the filters', () => {
    const { rows } = renderList();
    act(() => setQuery('no such words'));
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
    expect(rows()).toHaveLength(0);
    act(() => setQuery(''));
    expect(screen.queryByText('No events match the filters.')).not.toBeInTheDocument();
    expect(rows()).toHaveLength(8);
  });

  it('lists an event without a date or coordinates, saying why it is not on the timeline or the map', async () => {
    const { user, list } = renderList(
      buildModel([
        { id: 'dated', start: '2010-03', title: 'Dated and placed' },
        { id: 'undated', start: undefined, title: 'No date', places: [{ name: 'Nowhere known' }] },
      ]),
    );
    expect(
      within(list)
        .getAllByRole('button')
        .map((row) => row.textContent),
    ).toEqual([
      'Dated and placedMarch 2010 · Category A',
      'No datedate unknown · Category ANot on the timeline or the map: it has no date and no coordinates.',
    ]);
    await user.click(within(list).getByRole('button', { name: /No date/ }));
    const details = screen.getByRole('region', { name: 'Event details' });
    expect(within(details).getByText('Date unknown')).toBeInTheDocument();
    expect(
      within(details).getByText('Not on the timeline or the map: it has no date and no coordinates.'),
    ).toBeInTheDocument();
    expect(within(details).getByText('Nowhere known')).toBeInTheDocument();
  });
});
