import { useEffect, useRef } from 'react';

/**
 * A native `<dialog>` shown as a modal while the component is mounted: focus is trapped by the browser, Escape closes
 * it, and when it leaves the page the focus goes back to whatever opened it.
 */
export function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(function openModal() {
    const element = dialog.current;
    const opener = document.activeElement as HTMLElement | null;
    if (element && !element.open) element.showModal?.();
    return () => {
      element?.close?.();
      opener?.focus?.();
    };
  }, []);
  return dialog;
}
