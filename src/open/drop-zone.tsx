import { useEffect, useRef, useState } from 'react';
import './drop-zone.css';

const carriesFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));

/**
 * Lets a file be dropped anywhere on the page, with an overlay that says so while one is dragged over it. Drags of
 * anything but files (text, links inside the page) are left alone.
 */
export function DropZone({ onFile }: { onFile: (file: File) => void }) {
  const [dragging, setDragging] = useState(false);
  const onFileRef = useRef(onFile);
  useEffect(() => {
    onFileRef.current = onFile;
  });

  useEffect(function listenForDrops() {
    // Enter and leave fire for every element crossed: count them, so the overlay stays while over the page.
    let depth = 0;
    function enter(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    }
    function over(event: DragEvent) {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    function leave(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    }
    function drop(event: DragEvent) {
      const file = event.dataTransfer?.files[0];
      if (!carriesFiles(event) && !file) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      if (file) onFileRef.current(file);
    }
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop a file to open it</p>
    </div>
  );
}
