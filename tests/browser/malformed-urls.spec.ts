import { expect, test, type Page } from '@playwright/test';
import {
  detailsHeading,
  EMPTY_DETAILS_TEXT,
  eventsInTimeOrder,
  isJourney,
  listRows,
  readDataset,
  readTimeWindow,
  region,
  watchPage,
  type PageWatch,
} from './helpers';
import {
  addressSearch,
  allNotices,
  filterCount,
  isoDay,
  LINK_NOTICE_START,
  linkNotices,
  NO_FILTERS,
  noticeRegion,
  openLink,
  passFilters,
  recordAddressWrites,
  searchBox,
  settledSearch,
  toolbarButton,
  type FilterState,
} from './url-helpers';

// User story: a link that was cut short, mistyped, edited by hand or made to attack still opens the app. What could
// not be used is left out, a polite notice says so, and the address bar is cleaned, so that sharing it again passes
// on only what works. Keys the app does not know are dropped without a word.

const dataset = readDataset();
const all = eventsInTimeOrder();
const total = all.length;
const someEvent = all.find((e) => !isJourney(e) && e.places.length === 1 && /^\d{4}-\d{2}-\d{2}$/.test(e.start))!;
const otherEvent = all.find((e) => e.id !== someEvent.id && e.category !== someEvent.category)!;
const someCategory = dataset.categories[0].id;
const someCountry = someEvent.places[0].country;

interface Case {
  name: string;
  search: string;
  /** True when part of the link could not be used and a notice must say so; false for harmless extras. */
  notice: boolean;
  /** What the notice says was ignored. */
  about?: RegExp;
  /** The address once cleaned; "" is the start page. */
  cleaned: string;
  /** The filters that still apply (what the count counts); none by default. */
  filters?: FilterState;
  /** The event still selected; none by default. */
  selected?: string;
}

const cases: Case[] = [
  // Events.
  { name: 'an unknown event id', search: '?event=nope', notice: true, about: /event/i, cleaned: '' },
  {
    name: 'a script tag as the event id',
    search: '?event=<script>alert(1)</script>',
    notice: true,
    about: /event/i,
    cleaned: '',
  },
  {
    name: 'a javascript: address as the event id',
    search: '?event=javascript:alert(document.domain)',
    notice: true,
    about: /event/i,
    cleaned: '',
  },
  { name: 'a lone percent sign as the event id', search: '?event=%', notice: true, about: /event/i, cleaned: '' },
  { name: 'an object key as the event id', search: '?event=__proto__', notice: true, about: /event/i, cleaned: '' },
  {
    name: 'an event id of 4,000 characters',
    search: `?event=${'a'.repeat(4000)}`,
    notice: true,
    about: /event/i,
    cleaned: '',
  },
  {
    name: 'an event id in another script (unicode)',
    search: `?event=${encodeURIComponent('ព្រឹត្តិការណ៍-événement-😀')}`,
    notice: true,
    about: /event/i,
    cleaned: '',
  },
  {
    name: 'the same event twice',
    search: `?event=${someEvent.id}&event=${someEvent.id}`,
    notice: false,
    cleaned: `?event=${someEvent.id}`,
    selected: someEvent.id,
  },
  {
    name: 'two different events for the one selection',
    search: `?event=${someEvent.id}&event=${otherEvent.id}`,
    notice: true,
    about: /event/i,
    cleaned: `?event=${someEvent.id}`,
    selected: someEvent.id,
  },
  // Time windows.
  {
    name: 'a window that ends before it begins',
    search: '?from=2013-01-01&to=2012-01-01',
    notice: true,
    about: /time window/i,
    cleaned: '',
  },
  {
    name: 'a window of no length',
    search: '?from=2012-06-01&to=2012-06-01',
    notice: true,
    about: /time/i,
    cleaned: '',
  },
  { name: 'a from= that is not a date', search: '?from=garbage', notice: true, about: /time window/i, cleaned: '' },
  {
    name: 'the 30th of February',
    search: '?from=2012-02-30&to=2012-03-01',
    notice: true,
    about: /time window/i,
    cleaned: '',
  },
  { name: 'a to= without a from=', search: '?to=2012-06-01', notice: true, about: /time window/i, cleaned: '' },
  // Map views.
  { name: 'a latitude beyond the pole', search: '?map=95,10,3', notice: true, about: /map/i, cleaned: '' },
  { name: 'a zoom of 99', search: '?map=10,10,99', notice: true, about: /map|zoom/i, cleaned: '' },
  { name: 'a map view of letters', search: '?map=a,b,c', notice: true, about: /map/i, cleaned: '' },
  { name: 'a map view of two numbers', search: '?map=1,2', notice: true, about: /map/i, cleaned: '' },
  { name: 'a map view of Infinity', search: '?map=Infinity,0,3', notice: true, about: /map/i, cleaned: '' },
  // Categories, countries and search.
  { name: 'an unknown category', search: '?cat=nope', notice: true, about: /categor/i, cleaned: '' },
  { name: 'an empty category list', search: '?cat=', notice: true, about: /categor/i, cleaned: '' },
  {
    name: 'one known and one unknown category',
    search: `?cat=${someCategory},nope`,
    notice: true,
    about: /categor/i,
    cleaned: `?cat=${someCategory}`,
    filters: { ...NO_FILTERS, categories: [someCategory] },
  },
  { name: 'an unknown country', search: '?country=ZZ', notice: true, about: /countr/i, cleaned: '' },
  {
    name: 'a flag emoji as the country',
    search: `?country=${encodeURIComponent('🇰🇭')}`,
    notice: true,
    about: /countr/i,
    cleaned: '',
  },
  {
    name: 'one known and one unknown country',
    search: `?country=${someCountry},ZZ`,
    notice: true,
    about: /countr/i,
    cleaned: `?country=${someCountry}`,
    filters: { ...NO_FILTERS, countries: [someCountry] },
  },
  { name: 'a search of 500 characters', search: `?q=${'x'.repeat(500)}`, notice: true, about: /search/i, cleaned: '' },
  // Harmless extras: dropped without a notice.
  { name: 'an unknown key', search: '?foo=1', notice: false, cleaned: '' },
  { name: 'a key with brackets', search: '?event[]=x', notice: false, cleaned: '' },
  { name: 'a broken percent escape', search: '?%E0%A4%A', notice: false, cleaned: '' },
  { name: 'empty keys and values', search: '?&&&=&=', notice: false, cleaned: '' },
];

/** Records dialogs (alert, confirm) the page opens, dismissing them so that a test does not hang. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectAppRendered(page: Page, filters: FilterState) {
  await expect(region(page, 'Timeline')).toBeVisible();
  await expect(region(page, 'Event list')).toBeVisible();
  await expect(listRows(page).first()).toBeVisible();
  await expect(filterCount(page)).toHaveText(`${passFilters(all, filters).length} of ${total} events`);
  await expect(searchBox(page)).toHaveValue(filters.query);
}

function expectNoErrors(watch: PageWatch, dialogs: string[]) {
  expect(watch.pageErrors, 'uncaught errors').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(dialogs, 'dialogs opened').toEqual([]);
}

test('there are 30 malformed links, each with its own test', () => {
  expect(cases).toHaveLength(30);
  expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
});

for (const c of cases) {
  test(`${c.name}: ${c.search.length > 60 ? `${c.search.slice(0, 60)}…` : c.search}`, async ({ page }) => {
    const watch = watchPage(page);
    const dialogs = watchDialogs(page);
    await recordAddressWrites(page);

    await openLink(page, c.search);

    await expectAppRendered(page, c.filters ?? NO_FILTERS);
    if (c.selected) await expect(detailsHeading(page)).toHaveText(all.find((e) => e.id === c.selected)!.title);
    else await expect(region(page, 'Event details')).toContainText(EMPTY_DETAILS_TEXT);

    // The address bar holds only what was used.
    await expect.poll(() => addressSearch(page), { message: 'the cleaned address' }).toBe(c.cleaned);

    if (c.notice) {
      await expect(linkNotices(page)).toHaveCount(1);
      const text = await linkNotices(page).innerText();
      expect(text.startsWith(LINK_NOTICE_START)).toBe(true);
      expect(text).toMatch(c.about!);
      // Whatever the link held is shown as text, never as markup, and kept short.
      expect(text.length).toBeLessThan(400);
      await expect(noticeRegion(page).locator('script, img, iframe, a')).toHaveCount(0);
    } else {
      await expect(allNotices(page)).toHaveCount(0);
    }

    // Nothing moves the address back to the bad value afterwards.
    expect(await settledSearch(page)).toBe(c.cleaned);
    expectNoErrors(watch, dialogs);
  });
}

test('a script tag in a link is shown as text in the notice, not run', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openLink(page, '?event=<script>alert(1)</script>');
  await expect(linkNotices(page)).toContainText('<script>alert(1)</script>');
  await expect(page.locator('.notices script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a notice can be dismissed', async ({ page }) => {
  await openLink(page, '?event=nope');
  await expect(linkNotices(page)).toHaveCount(1);
  await noticeRegion(page).getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(allNotices(page)).toHaveCount(0);
});

test('one bad key beside two good ones: the good ones apply, the bad one is left out', async ({ page }) => {
  const watch = watchPage(page);
  const dialogs = watchDialogs(page);
  await recordAddressWrites(page);
  const from = isoDay(Date.parse(`${someEvent.start}T00:00:00Z`) - 20 * 86_400_000);
  const to = isoDay(Date.parse(`${someEvent.start}T00:00:00Z`) + 20 * 86_400_000);

  await openLink(page, `?event=${someEvent.id}&map=a,b,c&from=${from}&to=${to}`);

  await expectAppRendered(page, NO_FILTERS);
  await expect(detailsHeading(page)).toHaveText(someEvent.title);
  await expect
    .poll(async () => {
      const window = await readTimeWindow(page);
      return [isoDay(window.from), isoDay(window.to)];
    })
    .toEqual([from, to]);
  await expect(linkNotices(page)).toHaveCount(1);
  await expect(linkNotices(page)).toContainText(/map/i);
  await expect(linkNotices(page)).not.toContainText(/event|time window/i);
  expect(await settledSearch(page)).toBe(`?event=${someEvent.id}&from=${from}&to=${to}`);
  expectNoErrors(watch, dialogs);
});

test('a link whose event its own filters hide drops the selection, so every view agrees', async ({ page }) => {
  const hidden = all.find((e) => e.category !== someCategory)!;
  await recordAddressWrites(page);

  await openLink(page, `?event=${hidden.id}&cat=${someCategory}`);

  await expectAppRendered(page, { ...NO_FILTERS, categories: [someCategory] });
  // The event is in no list, mark or marker, so the details must not show it either.
  await expect(region(page, 'Event details')).toContainText(EMPTY_DETAILS_TEXT);
  await expect(linkNotices(page)).toHaveCount(1);
  await expect(linkNotices(page)).toContainText(/event/i);
  expect(await settledSearch(page)).toBe(`?cat=${someCategory}`);
});

test('a map zoom deeper than the map can show is not kept in the address', async ({ page }) => {
  await recordAddressWrites(page);

  await openLink(page, '?map=10,10,12');

  await expectAppRendered(page, NO_FILTERS);
  // The map stops at its deepest zoom: a deeper one is dropped with a notice, and the map fits the events instead.
  await expect(linkNotices(page)).toContainText(/zoom must be between 0 and 8/);
  const search = await settledSearch(page);
  expect(search).not.toContain('map=');
});

test('a time window far beyond what the timeline allows is not kept in the address', async ({ page }) => {
  await recordAddressWrites(page);
  await openLink(page, '');
  // The widest window the app's own controls reach, for comparison.
  for (let i = 0; i < 6; i++) await toolbarButton(page, 'Zoom out on time').click();
  await expect.poll(async () => new URLSearchParams(await addressSearch(page)).has('from')).toBe(true);
  const widest = await readTimeWindow(page);

  await openLink(page, '?from=0100-01-01&to=9999-12-31');

  await expectAppRendered(page, NO_FILTERS);
  const shown = await readTimeWindow(page);
  expect(shown.span).toBeLessThanOrEqual(widest.span + 2 * 86_400_000);
  const search = await settledSearch(page);
  expect(search).not.toContain('0100-01-01');
  expect(search).not.toContain('9999-12-31');
});
