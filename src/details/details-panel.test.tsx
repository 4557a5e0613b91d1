import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetailsPanel, safeHref } from './details-panel';
import { selectEvent, showModel } from '../state/actions';
import { resetAppStore } from '../state/store';
import { createModel } from '../data/model';
import { loadMiniDataset, loadMiniModel } from '../../tests/fixtures/load-fixture';
import { buildModel } from '../../tests/fixtures/build-dataset';

function renderWithSelection(id: string | null) {
  showModel(loadMiniModel());
  if (id) selectEvent(id);
  return render(<DetailsPanel />);
}

beforeEach(() => {
  resetAppStore();
});

describe('DetailsPanel', () => {
  it('invites the user to select an event when none is selected', () => {
    renderWithSelection(null);
    const panel = screen.getByRole('region', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { name: 'Details' })).toBeInTheDocument();
    expect(panel).toHaveTextContent(/Select an event on the timeline, the map or the list to read about it/);
    expect(screen.queryByRole('button', { name: 'Next event' })).not.toBeInTheDocument();
  });

  it('shows the title, the date at its precision, the place, summary and confidence of a day event', () => {
    renderWithSelection('visit-to-bangkok');
    expect(screen.getByRole('heading', { level: 2, name: 'Visit to Bangkok' })).toBeInTheDocument();
    expect(screen.getByText('18 November 2012')).toHaveAttribute('datetime', '2012-11-18');
    expect(screen.getByText('(known to the day)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Place' })).toBeInTheDocument();
    expect(screen.getByText('Bangkok (Thailand)')).toBeInTheDocument();
    expect(screen.getByText('The president speaks about modern slavery.')).toBeInTheDocument();
    expect(screen.getByText('High: the sources state it plainly.')).toBeInTheDocument();
    expect(screen.getByText('Diplomacy')).toBeInTheDocument();
  });

  it('lists the sources with publisher, author, date and file name, linking only http(s) addresses', () => {
    renderWithSelection('visit-to-bangkok');
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Leaders meet in Phnom Penh' });
    expect(link).toHaveAttribute('href', 'https://example.org/news/leaders-meet');
    const [city, leaflet] = screen.getAllByRole('listitem').slice(-2);
    expect(city).toHaveTextContent(
      'Leaders meet in Phnom PenhAna Writer, City Post, 2012-11-21 · file 001_city_post.txt',
    );
    expect(leaflet).toHaveTextContent('What we did this yearHelping Hands NGO, 2010 · file 002_leaflet.txt');
    expect(within(leaflet).queryByRole('link')).not.toBeInTheDocument();
    expect(within(leaflet).getByText('002_leaflet.txt').tagName).toBe('CODE');
  });

  it('shows a year-only date as the year and says how the date was found', () => {
    renderWithSelection('labour-estimate');
    expect(screen.getByText('2005')).toHaveAttribute('datetime', '2005');
    expect(screen.getByText('(known to the year)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How the date was found' })).toBeInTheDocument();
    expect(screen.getByText('The leaflet names only the year of the estimate.')).toBeInTheDocument();
    expect(screen.getByText('Medium: partly inferred; see how the date was found.')).toBeInTheDocument();
  });

  it('has no date note heading when the event has no note', () => {
    renderWithSelection('visit-to-bangkok');
    expect(screen.queryByRole('heading', { name: 'How the date was found' })).not.toBeInTheDocument();
  });

  it('shows a month date, and both places of an event with two', () => {
    renderWithSelection('two-city-campaign');
    expect(screen.getByText('June 2010')).toHaveAttribute('datetime', '2010-06');
    expect(screen.getByText('(known to the month)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Places' })).toBeInTheDocument();
    expect(screen.getByText('Phnom Penh (Cambodia)')).toBeInTheDocument();
    expect(screen.getByText(/^Yangon \(Myanmar/)).toBeInTheDocument();
    expect(screen.getByText('Low: an estimate; see how the date was found.')).toBeInTheDocument();
  });

  it('shows a span from start to end', () => {
    renderWithSelection('summit-in-phnom-penh');
    expect(screen.getByText('19 November 2012 – 20 November 2012')).toHaveAttribute(
      'datetime',
      '2012-11-19/2012-11-20',
    );
  });

  it('says when the exact date of an event is not known', () => {
    showModel(buildModel([{ id: 'sometime', start: '2004', end: '2007-03', rangeMeans: 'uncertainty' }]));
    selectEvent('sometime');
    render(<DetailsPanel />);
    expect(screen.getByText('Some time between 2004 and March 2007')).toHaveAttribute('datetime', '2004/2007-03');
    expect(screen.getByText('(exact date not known)')).toBeInTheDocument();
    expect(screen.queryByText(/known to the/)).not.toBeInTheDocument();
  });

  it('describes a journey from its origin to its destination', () => {
    renderWithSelection('fishermen-return-home');
    expect(screen.getByRole('heading', { name: 'Journey' })).toBeInTheDocument();
    expect(screen.getByText('From Ambon (Indonesia) to Phnom Penh (Cambodia)')).toBeInTheDocument();
  });

  it('shows hostile strings as literal text and creates no elements from them', () => {
    const { container } = renderWithSelection('hostile-strings');
    expect(screen.getByRole('heading', { level: 2, name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(screen.getByText('</script><script>alert(1)</script>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
  });

  it('shows a source address that is not http(s) as text, not as a link', () => {
    const dataset = loadMiniDataset();
    // The schema refuses such an address; the panel must still not link it if one gets through.
    const sources = dataset.sources.map((s) => (s.id === 'city-post-2012' ? { ...s, url: 'javascript:alert(1)' } : s));
    showModel(createModel({ ...dataset, sources }));
    selectEvent('visit-to-bangkok');
    render(<DetailsPanel />);
    expect(screen.getByText('Leaders meet in Phnom Penh')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('steps to the next and previous event and closes', async () => {
    const user = userEvent.setup();
    renderWithSelection('law-passed');
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Fishermen return home' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous event' }));
    await user.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(screen.getByRole('heading', { level: 2, name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Details' })).toBeInTheDocument();
  });

  it('follows the selection made elsewhere', () => {
    renderWithSelection(null);
    act(() => selectEvent('roundtable-in-siem-reap'));
    expect(screen.getByRole('heading', { level: 2, name: 'Roundtable in Siem Reap' })).toBeInTheDocument();
  });
});

describe('safeHref', () => {
  it('accepts http and https addresses', () => {
    expect(safeHref('https://example.org/news/a?b=1#c')).toBe('https://example.org/news/a?b=1#c');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('HTTPS://EXAMPLE.org/x')).toBe('https://example.org/x');
  });

  it('refuses every other scheme, relative addresses and nothing', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('JavaScript:alert(1)')).toBeUndefined();
    expect(safeHref(' javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHref('vbscript:msgbox(1)')).toBeUndefined();
    expect(safeHref('ftp://example.org/file')).toBeUndefined();
    expect(safeHref('mailto:someone@example.org')).toBeUndefined();
    expect(safeHref('/relative/path')).toBeUndefined();
    expect(safeHref('example.org')).toBeUndefined();
    expect(safeHref('')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});

describe('placeLabel', () => {
  it('adds the country unless the name already gives it', async () => {
    const { placeLabel } = await import('./details-panel');
    expect(placeLabel({ name: 'Phnom Penh', country: 'KH', lat: 11.56, lon: 104.92 })).toBe('Phnom Penh (Cambodia)');
    expect(placeLabel({ name: 'Senegal (Dakar shown)', country: 'SN', lat: 14.7, lon: -17.5 })).toBe(
      'Senegal (Dakar shown)',
    );
  });
});
