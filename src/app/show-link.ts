import type { Model } from '../data/model';
import { addNotice, setEmbed, showModel } from '../state/actions';
import { goToStop } from '../state/tour-actions';
import { readLocation, startUrlSync, withoutData } from '../url/sync';
import { linkHasCustomTour, loadTourCodec } from '../url/tour-codec-slot';

/** What reading the address needs first: the home-made tours' codec, only for a link that holds one. */
export function prepareLink(): Promise<unknown> {
  return linkHasCustomTour(window.location.search) ? loadTourCodec() : Promise.resolve();
}

/**
 * The teacher's second window hears this one over a channel, whose code (and its message schema) loads once the
 * page has shown: the presenter's window can only be opened after that.
 */
function startPresenterSyncLater() {
  const start = () => void import('../present/channel').then((module) => module.startPresenterSync());
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 2000 });
  else window.setTimeout(start, 500);
}

/**
 * Shows `model` in the view the address asks for (call `prepareLink` first), then keeps the address and the
 * teacher's other window in step with it. `note` is a notice about the dataset (e.g. what a linked file lacked). The
 * presenter's window only shows.
 */
export function showLinkedModel(
  model: Model,
  { note = null, presenter = false }: { note?: string | null; presenter?: boolean } = {},
) {
  const link = readLocation(model);
  setEmbed(link.embed);
  showModel(model, withoutData(link.state));
  if (note) addNotice(note);
  if (presenter) return;
  // A link to a tour step without its event (e.g. a teacher's "tour=…&step=4") shows that stop.
  if (link.state.tour && !link.state.selectedId) goToStop(link.state.tour.id, link.state.tour.step);
  startUrlSync(model, link);
  startPresenterSyncLater();
}
