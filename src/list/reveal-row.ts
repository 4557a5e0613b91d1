/**
 * Shows the selected row: focus moves to it only if focus was in the list already (a click or Enter on a row), and it
 * is scrolled into view only inside the sidebar's own scroll box. On a phone the list is part of the page, and a
 * shared link (or a marker tapped on the map) must not carry the whole page down to the list.
 */
export function revealRow(list: HTMLElement, row: HTMLElement | null) {
  if (!row) return;
  const scrolls = inScrollBox(list);
  // Without a scroll box, focus scrolls the page as the keyboard moves it along the list: that the user asked for.
  if (list.contains(document.activeElement)) row.focus({ preventScroll: scrolls });
  if (scrolls) row.scrollIntoView?.({ block: 'nearest' });
}

/** True when an element between `element` and the page scrolls by itself. */
function inScrollBox(element: HTMLElement): boolean {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return true;
  }
  return false;
}
