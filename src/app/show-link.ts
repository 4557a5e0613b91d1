import type { Model } from '../data/model';
import { addNotice, setEmbed, showModel } from '../state/actions';
import { goToStop } from '../state/tour-actions';
import { readLocation, startUrlSync, withoutData } from '../url/sync';
import { startPresenterSync } from '../present/channel';

/**
 * Shows `model` in the view the address asks for, then keeps the address and the teacher's other window in step with
 * it. `note` is a notice about the dataset (e.g. what a linked file lacked). The presenter window only shows.
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
  startPresenterSync();
}
