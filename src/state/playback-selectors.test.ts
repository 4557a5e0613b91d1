import { beforeEach, describe, expect, it } from 'vitest';
import { isAfterPlayhead, selectEventsUntilPlayhead } from './playback-selectors';
import { showModel, toggleCategory } from './actions';
import { selectFilteredEvents } from './selectors';
import { appStore, resetAppStore } from './store';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';

const model = loadMiniModel();
const state = () => appStore.getState();
const ids = () => selectEventsUntilPlayhead(state()).map((e) => e.id);
const start = (id: string) => model.byId.get(id)!.startMs;

beforeEach(() => {
  resetAppStore();
  showModel(model);
});

describe('selectEventsUntilPlayhead', () => {
  it('is every filtered event, the same array, when there is no playhead', () => {
    expect(selectEventsUntilPlayhead(state())).toBe(selectFilteredEvents(state()));
  });

  it('holds the events that have begun by the playhead, one starting exactly there included', () => {
    appStore.setState({ playhead: start('law-passed') });
    expect(ids()).toEqual(['labour-estimate', 'hostile-strings', 'law-passed']);
    appStore.setState({ playhead: start('law-passed') - 1 });
    expect(ids()).toEqual(['labour-estimate', 'hostile-strings']);
    appStore.setState({ playhead: start('labour-estimate') - 1 });
    expect(ids()).toEqual([]);
  });

  it('keeps to the filters', () => {
    toggleCategory('diplomacy');
    appStore.setState({ playhead: start('roundtable-in-siem-reap') });
    expect(ids()).toEqual(['labour-estimate', 'law-passed', 'fishermen-return-home', 'two-city-campaign']);
  });

  it('returns the same array while the playhead moves without reaching another event', () => {
    appStore.setState({ playhead: start('law-passed') });
    const first = selectEventsUntilPlayhead(state());
    appStore.setState({ playhead: start('law-passed') + 86_400_000 * 100 });
    expect(selectEventsUntilPlayhead(state())).toBe(first);
    appStore.setState({ playhead: start('fishermen-return-home') });
    expect(selectEventsUntilPlayhead(state())).not.toBe(first);
  });
});

describe('isAfterPlayhead', () => {
  it('is true only for events that begin after a playhead', () => {
    const event = model.byId.get('law-passed')!;
    expect(isAfterPlayhead(event, null)).toBe(false);
    expect(isAfterPlayhead(event, event.startMs)).toBe(false);
    expect(isAfterPlayhead(event, event.startMs - 1)).toBe(true);
  });
});
