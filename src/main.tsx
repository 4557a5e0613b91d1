import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadMapView } from './app/app';
import { loadModel } from './data/load';
import { showFailure, showModel } from './state/actions';
import './styles.css';

const baseUrl = import.meta.env.BASE_URL;

void loadMapView();
loadModel(`${baseUrl}data/`)
  .then((result) => (result.ok ? showModel(result.value) : showFailure(result)))
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
