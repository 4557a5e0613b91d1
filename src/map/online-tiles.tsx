import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../state/use-app-store';
import { addNotice, restoreOnlineTiles, setOnlineTiles } from '../state/actions';
import { TILE_ATTRIBUTION, TILE_MAX_ZOOM, TILE_REFERRER_POLICY, TILE_URL } from './tile-source';

export const TILE_ERROR_NOTICE =
  'The online map could not be loaded (perhaps there is no internet here), so Waymark shows its offline map again.';

/**
 * OpenStreetMap tiles under the events, only while the user has turned them on. The first tile that fails turns them
 * off with one notice, so a classroom without internet gets the offline map back rather than a grey map and a flood
 * of errors.
 */
export function OnlineTiles() {
  const map = useMap();
  const on = useAppStore((s) => s.onlineTiles);
  useEffect(restoreOnlineTiles, []);
  useEffect(
    function showTiles() {
      if (!on) return;
      const layer = L.tileLayer(TILE_URL, {
        attribution: TILE_ATTRIBUTION,
        referrerPolicy: TILE_REFERRER_POLICY,
        maxNativeZoom: TILE_MAX_ZOOM,
      });
      let failed = false;
      layer.on('tileerror', () => {
        if (failed) return;
        failed = true;
        setOnlineTiles(false);
        addNotice(TILE_ERROR_NOTICE);
      });
      layer.addTo(map);
      return () => {
        layer.remove();
      };
    },
    [map, on],
  );
  return null;
}
