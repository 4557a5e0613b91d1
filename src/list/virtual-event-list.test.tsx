import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EventList, VIRTUAL_LIST_THRESHOLD } from './event-list';
import { DetailsPanel } from '../details/details-panel';
import { selectEvent, setQuery, showModel } from '../state/actions';
import { resetAppStore } from '../state/store';
import { createModel } from '../data/model';
import { createSyntheticDataset } from '../../tests/fixtures/synthetic-dataset';

const COUNT = 5000;
const model = createModel(createSyntheticDataset(COUNT, 3));
const VIEWPORT = 400;
const ROW = 40;

// jsdom has no layout: give the list's scroll box a height and a scroll height (its list's height, which the
// virtualizer sets), rows a height, and make scrolling move scrollTop.
const scrollTops = new WeakMap<Element, number>();
const isScroller = (element: HTMLElement) => element.classList.contains('event-list-scroller');
const layout: Record<string, (this: HTMLElement) => number> = {
  clientHeight() {
    return isScroller(this) ? VIEWPORT : 0;
  },
  scrollHeight() {
    return isScroller(this) ? parseFloat((this.firstElementChild as HTMLElement).style.height) : 0;
  },
  offsetHeight() {
    return this.tagName === 'LI' ? ROW : 0;
  },
  scrollTop() {
    return scrollTops.get(this) ?? 0;
  },
};
const own = new Map(
  [...Object.keys(layout), 'scrollTo'].map((name) => [
    name,
    Object.getOwnPropertyDescriptor(HTMLElement.prototype, name),
  ]),
);
beforeAll(() => {
  for (const [name, get] of Object.entries(layout)) {
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get });
  }
  Object.defineProperty(HTMLElement.prototype, 'scrollTop', {
    configurable: true,
    get: layout.scrollTop,
    set(value: number) {
      scrollTops.set(this, value);
    },
  });
  HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
    this.dispatchEvent(new Event('scroll'));
  };
});
afterAll(() => {
  for (const [name, descriptor] of own) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
  }
});

beforeEach(() => {
  resetAppStore();
  showModel(model);
});

/** Renders the list and waits for its rows (the virtual list is loaded on demand). */
async function renderList() {
  const user = userEvent.setup();
  render(
    <>
      <button type="button">Elsewhere</button>
      <EventList />
      <DetailsPanel />
    </>,
  );
  const list = screen.getByRole('region', { name: 'Event list' });
  await within(list).findAllByRole('listitem');
  const items = () => within(list).queryAllByRole('listitem');
  const positions = () => items().map((item) => Number(item.getAttribute('aria-posinset')));
  return { user, list, items, positions };
}

describe('EventList with thousands of events', () => {
  it('renders only the rows in view, each saying its place among them all', async () => {
    const { items, positions } = await renderList();
    // 400 px of 40 px rows, and six more either side.
    expect(items().length).toBeGreaterThanOrEqual(10);
    expect(items().length).toBeLessThanOrEqual(20);
    expect(positions()[0]).toBe(1);
    expect(items().every((item) => item.getAttribute('aria-setsize') === String(COUNT))).toBe(true);
    expect(within(items()[0]).getByRole('button', { name: new RegExp(model.events[0].record.title) })).toBeVisible();
  });

  it('scrolls an event selected elsewhere into view, and leaves the focus where it was', async () => {
    const { list, positions } = await renderList();
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    const far = model.events[4000];
    act(() => selectEvent(far.id));
    const scroller = list.querySelector('.event-list-scroller')!;
    expect(scroller.scrollTop).toBeGreaterThan(3000 * ROW);
    expect(positions()).toContain(4001);
    expect(positions()).not.toContain(1);
    expect(within(list).getByRole('button', { name: new RegExp(far.record.title) })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(elsewhere).toHaveFocus();
  });

  it('selects the event of a clicked row, and moves the focus with a selection made while it is in the list', async () => {
    const { user, list } = await renderList();
    const third = model.events[2];
    const row = within(list).getByRole('button', { name: new RegExp(third.record.title) });
    await user.click(row);
    expect(row).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 2, name: third.record.title })).toBeInTheDocument();
    expect(row).toHaveFocus();
    act(() => selectEvent(model.events[3].id));
    expect(within(list).getByRole('button', { name: new RegExp(model.events[3].record.title) })).toHaveFocus();
  });

  it('renders every row once the filters leave no more than the threshold', async () => {
    const { items } = await renderList();
    act(() => setQuery('event 0001'));
    const shown = model.events.filter((e) => e.searchText.includes('event') && e.searchText.includes('0001')).length;
    expect(shown).toBeLessThanOrEqual(VIRTUAL_LIST_THRESHOLD);
    expect(items()).toHaveLength(shown);
    expect(items()[0]).not.toHaveAttribute('aria-setsize');
  });
});
