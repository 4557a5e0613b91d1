import { Suspense, lazy, useEffect } from 'react';
import { useAppStore } from '../state/use-app-store';
import { Timeline } from '../timeline/timeline';
import { DetailsPanel } from '../details/details-panel';
import { EventList } from '../list/event-list';
import { Filters } from '../filters/filters';
import { ErrorPage } from './error-page';
import { ViewBoundary } from './view-boundary';
import { Notices } from './notices';
import { SelectionAnnouncer } from './selection-announcer';
import { EmbedHeader } from './embed-header';
import { TourList } from '../tour/tour-list';
import { PlaybackControls } from '../playback/playback-controls';
import { PlayheadLine } from '../playback/playhead-line';
import { PrintButton } from '../print/print-button';
import { ExportMenu } from '../export/export-menu';
import { BuildTourButton } from '../tour/build-tour-button';
import { OpenDataset } from '../open/open-dataset';
import { setShareOpen } from '../state/actions';
import { useGlobalKeys } from './use-global-keys';
import { ExploreSheet } from './explore-sheet';
import { MapArea } from '../map/map-area';
import { lazyComponent } from '../ui/lazy-component';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';

/** Presentation mode's bar, in place of the header: its code loads when a teacher first presents. */
const { Component: PresentBar } = lazyComponent(() => import('../present/present-bar').then((m) => m.PresentBar));

/** The notice of a new version (and the service worker's registration): after the first view, like the worker itself. */
const { Component: UpdatePrompt } = lazyComponent(() => import('./update-prompt').then((m) => m.UpdatePrompt));

/** The tour's bar shows only while a tour is followed, which a first view never is: its code loads with the tour. */
const { Component: TourBarArea } = lazyComponent(() => import('./tour-bar-area').then((m) => m.TourBarArea));

/** The printed handout is hidden on screen: its code loads after the first view (see useAfterFirstPaint). */
const { Component: PrintHandout } = lazyComponent(() =>
  import('../print/print-handout').then((module) => module.PrintHandout),
);
const ShareDialog = lazy(() => import('../share/share-dialog').then((module) => ({ default: module.ShareDialog })));

/** The one place that puts the views together. */
export function App({ baseUrl }: { baseUrl: string }) {
  const status = useAppStore((s) => s.status);
  const failure = useAppStore((s) => s.failure);
  const title = useAppStore((s) => s.model?.meta.title);
  const embed = useAppStore((s) => s.embed);
  const shareOpen = useAppStore((s) => s.shareOpen);
  const present = useAppStore((s) => s.present);
  const touring = useAppStore((s) => s.tour !== null);
  useGlobalKeys();
  const afterFirstPaint = useAfterFirstPaint();

  useEffect(
    function setDocumentTitle() {
      if (title) document.title = `${title} · Waymark`;
    },
    [title],
  );

  if (status === 'error' && failure) return <ErrorPage failure={failure} />;
  if (status === 'loading') {
    return (
      <main className="loading" id="main" aria-busy="true">
        <p>Loading the dataset…</p>
      </main>
    );
  }

  return (
    <div className={['app', embed && 'is-embedded', present && 'is-presenting'].filter(Boolean).join(' ')}>
      <a className="skip-link" href="#event-list">
        Skip to the event list
      </a>
      {present ? (
        <Suspense fallback={null}>
          <PresentBar />
        </Suspense>
      ) : embed ? (
        <EmbedHeader title={title ?? 'Waymark'} />
      ) : (
        <header className="app-header">
          <p className="brand">Waymark</p>
          <h1>{title}</h1>
          <div className="header-buttons">
            <OpenDataset />
            <PrintButton />
            <ExportMenu baseUrl={baseUrl} />
            <button type="button" className="share-button" onClick={() => setShareOpen(true)}>
              Share
            </button>
          </div>
        </header>
      )}
      {shareOpen && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setShareOpen(false)} />
        </Suspense>
      )}
      <Notices />
      <SelectionAnnouncer />
      {afterFirstPaint && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      {!present && touring && (
        <Suspense fallback={null}>
          <TourBarArea />
        </Suspense>
      )}
      <main className="app-main" id="main">
        <aside className="sidebar">
          <ExploreSheet>
            <ViewBoundary name="Tours">
              <TourList extra={<BuildTourButton />} />
            </ViewBoundary>
            <ViewBoundary name="Filters">
              <Filters />
            </ViewBoundary>
          </ExploreSheet>
          <div id="event-list" className="list-wrap">
            <ViewBoundary name="Event list">
              <EventList />
            </ViewBoundary>
          </div>
        </aside>
        <div className="map-wrap">
          <ViewBoundary name="Map">
            <MapArea baseUrl={baseUrl} />
          </ViewBoundary>
        </div>
        <div className="details-wrap">
          <ViewBoundary name="Event details">
            <DetailsPanel />
          </ViewBoundary>
        </div>
        <div className="timeline-wrap">
          <ViewBoundary name="Timeline">
            <Timeline
              toolbarExtra={<PlaybackControls />}
              overlay={(scale, height) => <PlayheadLine scale={scale} height={height} />}
            />
          </ViewBoundary>
        </div>
      </main>
      {afterFirstPaint && (
        <Suspense fallback={null}>
          <PrintHandout />
        </Suspense>
      )}
    </div>
  );
}
