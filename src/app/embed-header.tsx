import { useAppStore } from '../state/use-app-store';
import { selectAddressView } from '../state/data-origin';
import { serializeUrl } from '../url/codec';

/** In an iframe the page chrome goes; what stays is a way out to the full app at the same moment. */
export function EmbedHeader({ title }: { title: string }) {
  const search = useAppStore((s) => serializeUrl(selectAddressView(s)));
  return (
    <header className="embed-header">
      <h1 className="visually-hidden">{title}</h1>
      <a href={`${window.location.pathname}${search}`} target="_blank" rel="noopener">
        Open in Waymark ↗
      </a>
    </header>
  );
}
