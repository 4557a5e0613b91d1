/** "All 53 events" or "12 of 53 events, as filtered": which events an export holds, in the menu and in images. */
export function describeEventCount(shown: number, total: number, filtered: boolean): string {
  const noun = total === 1 ? 'event' : 'events';
  if (!filtered) return total === 1 ? 'The 1 event' : `All ${total} ${noun}`;
  return `${shown} of ${total} ${noun}, as filtered`;
}

const formatDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Showing 3 Jan 2004 – 5 Feb 2014", as the timeline labels its window. */
export function describeTimeWindow([from, to]: readonly [number, number]): string {
  return `Showing ${formatDay.format(from)} – ${formatDay.format(to)}`;
}
