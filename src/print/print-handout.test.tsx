import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { EAGER_ENTRIES, PrintHandout } from './print-handout';
import { setQuery, showModel, toggleCategory, toggleCountry } from '../state/actions';
import { goToStop } from '../state/tour-actions';
import { appStore, resetAppStore } from '../state/store';
import type { Tour } from '../data/tour-schema';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';
import { buildModel } from '../../tests/fixtures/build-dataset';

const model = loadMiniModel();

const tour: Tour = {
  id: 'two-visits',
  title: 'Two visits',
  description: 'From Bangkok to the summit, with a look back.',
  stops: [
    { event: 'visit-to-bangkok', note: 'Ask what a state visit is for.' },
    { event: 'labour-estimate' },
    { event: 'no-such-event', note: 'This stop is lost.' },
    { event: 'summit-in-phnom-penh', note: 'Compare with the first stop.' },
  ],
};

function handout() {
  return screen.getByRole('region', { name: 'Printable handout' });
}

function entryTitles(): string[] {
  return within(handout())
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent ?? '');
}

function entry(title: string): HTMLElement {
  return within(handout()).getByRole('heading', { level: 3, name: title }).closest('li')!;
}

beforeEach(() => {
  resetAppStore();
  showModel(model);
});

describe('PrintHandout', () => {
  it('prints nothing before the dataset is loaded', () => {
    resetAppStore();
    const { container } = render(<PrintHandout />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists every event in time order with its date, category, place, summary and confidence', () => {
    render(<PrintHandout />);
    expect(within(handout()).getByRole('heading', { level: 1, name: 'A small test dataset' })).toBeInTheDocument();
    expect(within(handout()).getByRole('heading', { level: 2, name: 'Chronology of 8 events' })).toBeInTheDocument();
    expect(handout()).toHaveTextContent('All the events of the dataset, in time order.');
    expect(entryTitles()).toEqual(model.events.map((e) => e.record.title));

    const bangkok = entry('Visit to Bangkok');
    expect(bangkok).toHaveTextContent('Date18 November 2012');
    expect(bangkok).toHaveTextContent('Category Diplomacy');
    expect(bangkok).toHaveTextContent('PlaceBangkok (Thailand)');
    expect(bangkok).toHaveTextContent('The president speaks about modern slavery.');
    expect(bangkok).toHaveTextContent('ConfidenceHigh: the sources state it plainly.');
    expect(within(bangkok).getByText('18 November 2012')).toHaveAttribute('datetime', '2012-11-18');

    expect(entry('Summit in Phnom Penh')).toHaveTextContent('Date19 November 2012 – 20 November 2012');
    expect(entry('Fishermen return home')).toHaveTextContent('JourneyFrom Ambon (Indonesia) to Phnom Penh (Cambodia)');
    expect(entry('Two-city awareness campaign')).toHaveTextContent('PlacesPhnom Penh (Cambodia); Yangon (Myanmar');
    expect(entry('Forced labour estimate')).toHaveTextContent(
      'How the date was found: The leaflet names only the year of the estimate.',
    );
    expect(entry('Visit to Bangkok')).not.toHaveTextContent('How the date was found');
  });

  it('prints every source in full, with the address as text', () => {
    render(<PrintHandout />);
    const [city, leaflet] = within(entry('Visit to Bangkok')).getAllByRole('listitem');
    expect(city).toHaveTextContent(
      'Leaders meet in Phnom Penh. Ana Writer, City Post, 21 November 2012. File 001_city_post.txt. https://example.org/news/leaders-meet',
    );
    expect(within(city).getByRole('link', { name: 'https://example.org/news/leaders-meet' })).toHaveAttribute(
      'href',
      'https://example.org/news/leaders-meet',
    );
    expect(leaflet).toHaveTextContent('What we did this year. Helping Hands NGO, 2010. File 002_leaflet.txt.');
    expect(within(leaflet).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says when it was printed and the address of the view, refreshed just before printing', () => {
    render(<PrintHandout />);
    expect(handout()).toHaveTextContent(`from ${window.location.href}`);
    window.history.pushState(null, '', '?cat=diplomacy');
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(handout()).toHaveTextContent(/^Printed \d{1,2} [A-Z][a-z]+ \d{4} from http:\/\/.+\?cat=diplomacy/);
    window.history.pushState(null, '', '/');
  });

  it('lists only the filtered events and says in words which filters chose them', () => {
    render(<PrintHandout />);
    act(() => toggleCategory('diplomacy'));
    expect(within(handout()).getByRole('heading', { level: 2, name: 'Chronology of 4 events' })).toBeInTheDocument();
    expect(handout()).toHaveTextContent(
      "Of the dataset's 8 events, those in the categories Law and policy and Repatriation.",
    );
    expect(entryTitles()).toEqual([
      'Forced labour estimate',
      'Trafficking law passed',
      'Fishermen return home',
      'Two-city awareness campaign',
    ]);

    act(() => {
      toggleCountry('MM');
      setQuery('posters');
    });
    expect(entryTitles()).toEqual(['Two-city awareness campaign']);
    expect(within(handout()).getByRole('heading', { level: 2, name: 'Chronology of 1 event' })).toBeInTheDocument();
    expect(handout()).toHaveTextContent(
      'those in the categories Law and policy and Repatriation; at places in Myanmar (Burma); matching the words “posters”.',
    );
  });

  it('lists the stops of the active tour in tour order with their notes, leaving out missing events', () => {
    showModel({ ...model, tours: [tour] });
    render(<PrintHandout />);
    act(() => goToStop('two-visits', 1));
    expect(within(handout()).getByRole('heading', { level: 2, name: 'Tour: Two visits' })).toBeInTheDocument();
    expect(handout()).toHaveTextContent('From Bangkok to the summit, with a look back.');
    expect(handout()).toHaveTextContent('3 stops, in the order of the tour.');
    expect(entryTitles()).toEqual(['Visit to Bangkok', 'Forced labour estimate', 'Summit in Phnom Penh']);
    expect(entry('Visit to Bangkok')).toHaveTextContent('Teacher’s note: Ask what a state visit is for.');
    expect(entry('Forced labour estimate')).not.toHaveTextContent('Teacher’s note');
    expect(entry('Summit in Phnom Penh')).toHaveTextContent('Teacher’s note: Compare with the first stop.');
    expect(handout()).not.toHaveTextContent('This stop is lost.');
  });

  it('shows the tour set directly in the store, whatever the filters', () => {
    appStore.setState({ model: { ...model, tours: [tour] }, tour: { id: 'two-visits', step: 0 } });
    toggleCategory('diplomacy');
    render(<PrintHandout />);
    expect(entryTitles()).toEqual(['Visit to Bangkok', 'Forced labour estimate', 'Summit in Phnom Penh']);
  });

  it('draws a small map of the places with a legend of the categories shown', () => {
    render(<PrintHandout />);
    const map = within(handout()).getByRole('img', { name: 'Map of the places of 8 events' });
    expect(map.querySelectorAll('.print-map-mark').length).toBeGreaterThanOrEqual(7);
    expect(map.querySelectorAll('.print-map-journey')).toHaveLength(1);
    expect(within(map).getByText('Phnom Penh')).toBeInTheDocument();
    const legend = handout().querySelector('figcaption')!;
    expect(legend).toHaveTextContent('Diplomacy');
    expect(legend).toHaveTextContent('Law and policy');
    expect(legend).toHaveTextContent('Repatriation');
  });

  it('prints hostile strings as text', () => {
    const { container } = render(<PrintHandout />);
    expect(within(handout()).getByRole('heading', { level: 3, name: '<img src=x onerror=alert(1)>' })).toBeVisible();
    expect(entry('<img src=x onerror=alert(1)>')).toHaveTextContent('</script><script>alert(1)</script>');
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('builds a long handout only while printing, so a large dataset does not weigh on the app', () => {
    const many = buildModel(
      Array.from({ length: EAGER_ENTRIES + 1 }, (_, i) => ({ id: `event-${i}`, start: `${1800 + i}` })),
    );
    showModel(many);
    render(<PrintHandout />);
    expect(within(handout()).getByRole('heading', { level: 2 })).toHaveTextContent(
      `Chronology of ${EAGER_ENTRIES + 1} events`,
    );
    expect(within(handout()).queryAllByRole('heading', { level: 3 })).toHaveLength(0);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(entryTitles()).toHaveLength(EAGER_ENTRIES + 1);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(within(handout()).queryAllByRole('heading', { level: 3 })).toHaveLength(0);
  });
});
