import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** When the handout was printed, the address of the view it shows, and whether the page is being printed now. */
export interface PrintStamp {
  printedAt: Date;
  href: string;
  printing: boolean;
}

function readStamp(printing: boolean): PrintStamp {
  return { printedAt: new Date(), href: window.location.href, printing };
}

/**
 * The date and address to print, read again just before printing: the address follows the view through the URL sync,
 * which may run after the handout last rendered, and a tab may stay open for days.
 */
export function usePrintStamp(): PrintStamp {
  const [stamp, setStamp] = useState(() => readStamp(false));
  useEffect(function followPrinting() {
    // flushSync: the browser lays out the printed page as soon as the event returns.
    const update = (printing: boolean) => flushSync(() => setStamp(readStamp(printing)));
    const before = () => update(true);
    const after = () => update(false);
    // Chromium also switches to print media without `beforeprint` (DevTools' emulation, a headless PDF).
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const change = (event: MediaQueryListEvent) => update(event.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    if (media?.matches) update(true);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, []);
  return stamp;
}
