import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadMapView } from './app/app';
import { loadModel } from './data/load';
import { setEmbed, showFailure, showModel } from './state/actions';
import { readLocation, startUrlSync } from './url/sync';
import './styles.css';

const baseUrl = import.meta.env.BASE_URL;

void loadMapView();
loadModel(`${baseUrl}data/`)
  .then((result) => {
    if (!result.ok) return showFailure(result);
    const link = readLocation(result.value);
    setEmbed(link.embed);
    showModel(result.value, link.state);
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
