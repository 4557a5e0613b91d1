import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SelectionAnnouncer } from './selection-announcer';
import { clearSelection, selectEvent, showModel } from '../state/actions';
import { resetAppStore } from '../state/store';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';

beforeEach(() => {
  resetAppStore();
});

describe('SelectionAnnouncer', () => {
  it('announces each new selection in one short polite line, but not the view the page opened with', () => {
    showModel(loadMiniModel(), { selectedId: 'law-passed' });
    render(<SelectionAnnouncer />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent(/^$/);
    act(() => selectEvent('visit-to-bangkok'));
    expect(region).toHaveTextContent(/^Selected: Visit to Bangkok, .+\.$/);
    act(() => clearSelection());
    expect(region).toHaveTextContent('No event selected.');
  });
});
