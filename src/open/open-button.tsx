import { useRef, type ChangeEvent } from 'react';

/** The file types the import reads; the extensions are what a teacher's computer shows. */
export const ACCEPTED_FILES = '.json,.csv,.geojson,.tsv';

/** A visible button in front of the file picker: the keyboard's way to open a file, as dropping is the mouse's. */
export function OpenButton({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    event.currentTarget.value = '';
    if (file) onFile(file);
  }
  return (
    <>
      <button type="button" className="open-button" onClick={() => input.current?.click()}>
        Open a file
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        aria-label="Open a dataset file"
        hidden
        onChange={choose}
      />
    </>
  );
}
