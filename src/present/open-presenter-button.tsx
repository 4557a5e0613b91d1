import { useState } from 'react';
import { appStore, EMPTY_FILTERS, type AppState } from '../state/store';
import { serializeUrl } from '../url/codec';
import { selectDataParam } from '../state/data-origin';

/** The presenter window's address: this app with `presenter=1` and the tour and stop the main window shows. */
export function createPresenterUrl(
  location: { origin: string; pathname: string },
  state: Pick<AppState, 'tour' | 'customTour' | 'dataOrigin'>,
): string {
  const search = serializeUrl({
    data: selectDataParam(state),
    selectedId: null,
    timeWindow: null,
    mapView: null,
    filters: EMPTY_FILTERS,
    tour: state.tour,
    customTour: state.customTour,
  });
  return `${location.origin}${location.pathname}?presenter=1${search ? `&${search.slice(1)}` : ''}`;
}

/** Opens (or brings back) the presenter view in a second window, for the teacher's own screen. */
export function OpenPresenterButton() {
  const [blocked, setBlocked] = useState(false);
  function open() {
    const opened = window.open(
      createPresenterUrl(window.location, appStore.getState()),
      'waymark-presenter',
      'width=900,height=700',
    );
    setBlocked(!opened);
    opened?.focus();
  }
  return (
    <>
      <button type="button" onClick={open}>
        Presenter view
      </button>
      {blocked && (
        <span className="presenter-blocked" role="status">
          The browser blocked the new window: allow pop-ups for this site and try again.
        </span>
      )}
    </>
  );
}
