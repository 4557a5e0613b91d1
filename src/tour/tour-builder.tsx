import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useAppStore } from '../state/use-app-store';
import { appStore, CUSTOM_TOUR_ID } from '../state/store';
import { selectFilteredEvents, selectSelectedEvent } from '../state/selectors';
import { setCustomTour, startTour } from '../state/tour-actions';
import { addNotice } from '../state/actions';
import { selectDataParam } from '../state/data-origin';
import type { Model } from '../data/model';
import {
  createDraftFromTour,
  createTourFileName,
  createTourFromDraft,
  createTourLink,
  EMPTY_DRAFT,
  MAX_STOPS,
  MAX_TOUR_FILE_BYTES,
  parseDraft,
  parseTourFileText,
  serializeDraft,
  serializeTourFile,
  type TourDraft,
} from './tour-file';
import { readSetting, writeSetting } from '../ui/safe-storage';
import { downloadText } from '../ui/download';
import { loadTourCodec } from '../url/tour-codec-slot';
import './tour-builder.css';

const DRAFT_KEY = 'waymark:tour-draft';
function readDraft(model: Model): TourDraft | null {
  const draft = parseDraft(readSetting(DRAFT_KEY));
  // The dataset may have changed since the draft was kept.
  return draft && { ...draft, stops: draft.stops.filter((stop) => model.byId.has(stop.event)) };
}

function writeDraft(draft: TourDraft) {
  // Where the browser refuses storage (private browsing, a full quota) the draft lives in memory for the visit.
  writeSetting(DRAFT_KEY, serializeDraft(draft));
}

async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall back to selecting the text.
  }
  field?.focus();
  field?.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

type FileReport = { title: string; problems: string[] } | null;

/**
 * A panel where a teacher makes a tour: picks events, orders them, writes a note for each, then starts it, copies a
 * link that carries it, or downloads it as a file (and opens such a file again). The draft survives closing the panel.
 */
export function TourBuilder({ onClose }: { onClose: () => void }) {
  const model = useAppStore((s) => s.model)!;
  useEffect(function loadLinkCodec() {
    // The tour's link is made from its draft (createTourLink): its codec is here by the time there is one to copy.
    void loadTourCodec();
  }, []);
  const selected = useAppStore(selectSelectedEvent);
  const events = useAppStore(selectFilteredEvents);
  const [draft, setDraftState] = useState<TourDraft>(() => {
    const { customTour } = appStore.getState();
    return readDraft(model) ?? (customTour ? createDraftFromTour(customTour) : EMPTY_DRAFT);
  });
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [copyStatus, setCopyStatus] = useState({ link: '', text: '' });
  const [fileReport, setFileReport] = useState<FileReport>(null);
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const ids = { heading: useId(), title: useId(), description: useId(), search: useId(), link: useId() };

  useEffect(function focusOnOpen() {
    heading.current?.focus();
  }, []);
  // Kept as it changes (not in an effect): opening a file changes the draft and closes the panel in one go.
  function setDraft(next: TourDraft) {
    setDraftState(next);
    writeDraft(next);
  }

  const titleOf = (id: string) => model.byId.get(id)?.record.title ?? id;
  const tour = createTourFromDraft(draft);
  const hasStops = draft.stops.length > 0;
  const data = useAppStore(selectDataParam);
  const link = hasStops ? createTourLink(window.location, tour, data) : '';
  const inTour = new Set(draft.stops.map((stop) => stop.event));
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = events.filter((event) => words.every((word) => event.searchText.includes(word)));

  function addStop(id: string) {
    if (inTour.has(id)) return;
    if (draft.stops.length >= MAX_STOPS) return setAnnouncement(`A tour can have at most ${MAX_STOPS} stops.`);
    setDraft({ ...draft, stops: [...draft.stops, { event: id, note: '' }] });
    setAnnouncement(`Added “${titleOf(id)}” as stop ${draft.stops.length + 1}.`);
  }

  function moveStop(index: number, direction: -1 | 1) {
    const target = index + direction;
    if (target < 0 || target >= draft.stops.length) return;
    const stops = [...draft.stops];
    [stops[index], stops[target]] = [stops[target], stops[index]];
    setDraft({ ...draft, stops });
    setAnnouncement(`Moved “${titleOf(stops[target].event)}” to stop ${target + 1}.`);
  }

  function removeStop(index: number) {
    const removed = draft.stops[index];
    // Render the shorter list now, so that focus can go to the stop that took this one's place.
    flushSync(() => setDraft({ ...draft, stops: draft.stops.filter((_, i) => i !== index) }));
    setAnnouncement(`Removed “${titleOf(removed.event)}”.`);
    const buttons = root.current?.querySelectorAll<HTMLButtonElement>('[data-remove]') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? heading.current)?.focus();
  }

  function setNote(index: number, note: string) {
    setDraft({ ...draft, stops: draft.stops.map((stop, i) => (i === index ? { ...stop, note } : stop)) });
  }

  function start() {
    setCustomTour(tour);
    startTour(CUSTOM_TOUR_ID);
    onClose();
  }

  async function copyLink() {
    const copied = await copyText(link, linkField.current);
    setCopyStatus({ link, text: copied ? 'Copied.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.' });
  }

  async function openFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_TOUR_FILE_BYTES)
      return setFileReport({ title: 'This file is too large to be a tour file.', problems: [] });
    const result = parseTourFileText(await file.text(), new Set(model.byId.keys()));
    if (!result.ok) return setFileReport(result);
    setFileReport(null);
    setDraft(createDraftFromTour(result.tour));
    result.notes.forEach(addNotice);
    setCustomTour(result.tour);
    startTour(CUSTOM_TOUR_ID);
    onClose();
  }

  function startOver() {
    if (hasStops && !window.confirm('Clear this tour and start a new one?')) return;
    setDraft(EMPTY_DRAFT);
    setAnnouncement('The tour was cleared.');
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    // Handled here, so the app's own Escape (clear the selection) does not also run.
    event.preventDefault();
    onClose();
  }

  return (
    <section ref={root} className="tour-builder" aria-labelledby={ids.heading} onKeyDown={onKeyDown}>
      <div className="tour-builder-head">
        <h2 id={ids.heading} ref={heading} tabIndex={-1}>
          Build a tour
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the tour builder">
          ✕
        </button>
      </div>
      <label htmlFor={ids.title}>Title</label>
      <input
        id={ids.title}
        value={draft.title}
        maxLength={200}
        placeholder="My tour"
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
      />
      <label htmlFor={ids.description}>Description</label>
      <textarea
        id={ids.description}
        value={draft.description}
        maxLength={2000}
        rows={2}
        placeholder="What the class will see, in a sentence or two."
        onChange={(e) => setDraft({ ...draft, description: e.target.value })}
      />

      <h3>Stops ({draft.stops.length})</h3>
      {hasStops ? (
        <ol className="tour-builder-stops" aria-label="Stops">
          {draft.stops.map((stop, index) => {
            const title = titleOf(stop.event);
            const seen = draft.stops.slice(0, index).filter((s) => s.event === stop.event).length;
            const last = index === draft.stops.length - 1;
            return (
              <li key={`${stop.event}#${seen}`}>
                <p className="tour-builder-stop-title">{title}</p>
                <label className="tour-builder-note">
                  Note <span className="visually-hidden">for {title}</span>
                  <textarea
                    value={stop.note}
                    maxLength={1000}
                    rows={2}
                    onChange={(e) => setNote(index, e.target.value)}
                  />
                </label>
                <div className="tour-builder-stop-buttons">
                  <button
                    type="button"
                    aria-label={`Move up: ${title}`}
                    aria-disabled={index === 0}
                    onClick={() => moveStop(index, -1)}
                  >
                    ↑ Up
                  </button>
                  <button
                    type="button"
                    aria-label={`Move down: ${title}`}
                    aria-disabled={last}
                    onClick={() => moveStop(index, 1)}
                  >
                    ↓ Down
                  </button>
                  <button type="button" aria-label={`Remove: ${title}`} data-remove onClick={() => removeStop(index)}>
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="tour-builder-hint">
          No stops yet. Add events from the list below, or select one on the timeline, the map or the event list and add
          it.
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      <h3>Add events</h3>
      <button
        type="button"
        className="tour-builder-add-selected"
        aria-disabled={!selected || inTour.has(selected.id)}
        onClick={() => selected && addStop(selected.id)}
      >
        {selected
          ? inTour.has(selected.id)
            ? `The selected event is in the tour: ${selected.record.title}`
            : `Add the selected event: ${selected.record.title}`
          : 'Add the selected event (select one first)'}
      </button>
      <label htmlFor={ids.search}>Find events</label>
      <input id={ids.search} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul className="tour-builder-events" aria-label="Events to add">
        {matches.map((event) => (
          <li key={event.id}>
            <span className="tour-builder-event-title">{event.record.title}</span>
            <span className="tour-builder-event-date">{event.dateLabel}</span>
            <button
              type="button"
              aria-label={`${inTour.has(event.id) ? 'Added' : 'Add'}: ${event.record.title}`}
              aria-disabled={inTour.has(event.id)}
              onClick={() => addStop(event.id)}
            >
              {inTour.has(event.id) ? 'Added' : 'Add'}
            </button>
          </li>
        ))}
        {!matches.length && <li className="tour-builder-hint">No events match.</li>}
      </ul>

      <h3>Use the tour</h3>
      <div className="tour-builder-actions">
        <button type="button" onClick={start} disabled={!hasStops}>
          Start this tour
        </button>
        <button
          type="button"
          onClick={() => downloadText(serializeTourFile(tour), createTourFileName(tour), 'application/json')}
          disabled={!hasStops}
        >
          Download tour
        </button>
        <button type="button" onClick={startOver}>
          New tour
        </button>
      </div>
      <label htmlFor={ids.link}>Link to this tour</label>
      <div className="tour-builder-link">
        <input id={ids.link} ref={linkField} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copyLink} disabled={!hasStops}>
          Copy link
        </button>
      </div>
      <p className="tour-builder-status" role="status">
        {copyStatus.link === link ? copyStatus.text : ''}
      </p>
      <label className="tour-builder-file">
        Open a tour file
        <input type="file" accept=".json,application/json" onChange={openFile} />
      </label>
      {fileReport && (
        <div className="tour-builder-problems" role="alert">
          <p>{fileReport.title}</p>
          {fileReport.problems.length > 0 && (
            <ul>
              {fileReport.problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
