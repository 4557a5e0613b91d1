import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import L from 'leaflet';
import { useMap } from 'react-leaflet';

/**
 * Buttons of the app's own in one of Leaflet's control corners, beside its zoom and attribution controls, so they
 * stack with them instead of lying over the map (see FIT_OPTIONS, whose padding keeps markers clear of the corners).
 * A Leaflet control made once, its buttons drawn into it by a portal; clicks and wheels on it stay off the map.
 */
export function ControlGroup({
  position,
  label,
  children,
}: {
  position: L.ControlPosition;
  label: string;
  children: ReactNode;
}) {
  const map = useMap();
  // The control's element, made once; Leaflet puts it in its corner when the control is added.
  const [container] = useState(() => {
    const element = L.DomUtil.create('div', 'map-controls');
    element.setAttribute('role', 'group');
    L.DomEvent.disableClickPropagation(element);
    L.DomEvent.disableScrollPropagation(element);
    return element;
  });
  useEffect(
    function addControl() {
      container.setAttribute('aria-label', label);
      const control = new L.Control({ position });
      control.onAdd = () => container;
      control.addTo(map);
      return () => void control.remove();
    },
    [map, container, position, label],
  );
  return createPortal(children, container);
}
