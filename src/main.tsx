import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadMapView } from './app/app';
import { loadModel } from './data/load';
import { setEmbed, showFailure, showModel } from './state/actions';
import { readLocation, startUrlSync } from './url/sync';
import { goToStop } from './state/tour-actions';
import './styles.css';

const baseUrl = import.meta.env.BASE_URL;

void loadMapView();
loadModel(`${baseUrl}data/`)
  .then((result) => {
    if (!result.ok) return showFailure(result);
    const link = readLocation(result.value);
    setEmbed(link.embed);
    showModel(result.value, link.state);
    // A link to a tour step without its event (e.g. a teacher's "tour=…&step=4") shows that stop.
    if (link.state.tour && !link.state.selectedId) goToStop(link.state.tour.id, link.state.tour.step);
    startUrlSync(result.value, link);
  })
  .catch((error: Error) =>
    showFailure({
      ok: false,
      file: 'events.json',
      title: `The dataset could not be loaded: ${error.message}`,
      problems: [],
    }),
  );

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App baseUrl={baseUrl} />
  </StrictMode>,
);
