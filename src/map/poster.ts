import type { Model } from '../data/model';

/** A still image of a model's map (basemap and markers), drawn at build time for a prerendered page. */
export interface MapPoster {
  src: string;
  alt: string;
}

const posters = new WeakMap<Model, MapPoster>();

/** Gives `model` its poster: the map shows it until Leaflet has drawn. Another model (a file opened) has none. */
export function setMapPoster(model: Model, poster: MapPoster) {
  posters.set(model, poster);
}

export function mapPosterOf(model: Model): MapPoster | undefined {
  return posters.get(model);
}
