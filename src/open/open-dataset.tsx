import { lazy, Suspense } from 'react';
import { useAppStore } from '../state/use-app-store';
import { OpenButton } from './open-button';
import { useImport } from './use-import';
import { lazyComponent } from '../ui/lazy-component';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';
import './open.css';

// What shows while and after a file is read loads with the first file, not with every page.
const ImportProgress = lazy(() => import('./import-progress').then((m) => ({ default: m.ImportProgress })));
const ImportProblemsDialog = lazy(() => import('./import-dialog').then((m) => ({ default: m.ImportProblemsDialog })));
const ImportFailedDialog = lazy(() => import('./import-dialog').then((m) => ({ default: m.ImportFailedDialog })));
/** Drops are listened for once the first view is up: a file dragged in before then opens as the browser would. */
const { Component: DropZone } = lazyComponent(() => import('./drop-zone').then((m) => m.DropZone));

/**
 * Opening another dataset: the header's button, a drop anywhere on the page, the progress of the read and what was
 * wrong with the file. When another dataset is open, a way back to the one that comes with the app.
 */
export function OpenDataset() {
  const { job, start, cancel, accept } = useImport();
  const elsewhere = useAppStore((s) => s.dataOrigin.kind !== 'bundled');
  const afterFirstPaint = useAfterFirstPaint();
  return (
    <>
      {elsewhere && (
        <a className="bundled-link" href={window.location.pathname}>
          Back to the bundled dataset
        </a>
      )}
      <OpenButton onFile={start} />
      <Suspense fallback={null}>
        {afterFirstPaint && <DropZone onFile={start} />}
        {job.kind === 'reading' && <ImportProgress name={job.name} progress={job.progress} onCancel={cancel} />}
        {job.kind === 'review' && (
          <ImportProblemsDialog name={job.name} result={job.result} onAccept={accept} onCancel={cancel} />
        )}
        {job.kind === 'failed' && <ImportFailedDialog name={job.name} message={job.message} onClose={cancel} />}
      </Suspense>
    </>
  );
}
