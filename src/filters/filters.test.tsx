import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Filters } from './filters';
import { showModel } from '../state/actions';
import { resetAppStore } from '../state/store';
import { loadMiniModel } from '../../tests/fixtures/load-fixture';

function renderFilters() {
  showModel(loadMiniModel());
  return { user: userEvent.setup(), ...render(<Filters />) };
}

const count = () => screen.getByRole('status');

beforeEach(() => {
  resetAppStore();
});

describe('Filters', () => {
  it('counts all events at first, with every category ticked and reset disabled', () => {
    renderFilters();
    expect(count()).toHaveTextContent('8 of 8 events');
    for (const name of [/Diplomacy/, /Law and policy/, /Repatriation/]) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
  });

  it('shows how many events each category has', () => {
    renderFilters();
    expect(screen.getByRole('checkbox', { name: /Diplomacy/ }).closest('label')).toHaveTextContent('Diplomacy4');
    expect(screen.getByRole('checkbox', { name: /Law and policy/ }).closest('label')).toHaveTextContent(
      'Law and policy3',
    );
    expect(screen.getByRole('checkbox', { name: /Repatriation/ }).closest('label')).toHaveTextContent('Repatriation1');
  });

  it('updates the count when a category is unticked and ticked again', async () => {
    const { user } = renderFilters();
    const diplomacy = screen.getByRole('checkbox', { name: /Diplomacy/ });
    await user.click(diplomacy);
    expect(diplomacy).not.toBeChecked();
    expect(count()).toHaveTextContent('4 of 8 events');
    await user.click(screen.getByRole('checkbox', { name: /Repatriation/ }));
    expect(count()).toHaveTextContent('3 of 8 events');
    await user.click(diplomacy);
    expect(diplomacy).toBeChecked();
    expect(count()).toHaveTextContent('7 of 8 events');
  });

  it('updates the count while typing in the Search box', async () => {
    const { user } = renderFilters();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'phnom');
    expect(search).toHaveValue('phnom');
    expect(count()).toHaveTextContent('4 of 8 events');
    await user.type(search, ' law');
    expect(count()).toHaveTextContent('1 of 8 events');
    await user.type(search, 'xyz');
    expect(count()).toHaveTextContent('0 of 8 events');
  });

  it('combines search and categories', async () => {
    const { user } = renderFilters();
    await user.click(screen.getByRole('checkbox', { name: /Diplomacy/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Phnom');
    expect(count()).toHaveTextContent('3 of 8 events');
  });

  it('Reset filters restores all events, ticks every box and empties the search', async () => {
    const { user } = renderFilters();
    await user.click(screen.getByRole('checkbox', { name: /Law and policy/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'bangkok');
    expect(count()).toHaveTextContent('1 of 8 events');
    const reset = screen.getByRole('button', { name: 'Reset filters' });
    expect(reset).toBeEnabled();
    await user.click(reset);
    expect(count()).toHaveTextContent('8 of 8 events');
    expect(screen.getByRole('checkbox', { name: /Law and policy/ })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(reset).toBeDisabled();
  });

  it('filters by a country ticked in the Countries disclosure', async () => {
    const { user } = renderFilters();
    await user.click(screen.getByText('Countries', { selector: 'summary' }));
    const countries = screen.getByRole('group', { name: 'Countries' });
    const names = within(countries)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')!.textContent);
    expect(names).toEqual(['Switzerland', 'Indonesia', 'Cambodia', expect.stringMatching(/^Myanmar/), 'Thailand']);
    const thailand = screen.getByRole('checkbox', { name: 'Thailand' });
    expect(thailand).not.toBeChecked();
    await user.click(thailand);
    expect(thailand).toBeChecked();
    expect(count()).toHaveTextContent('1 of 8 events');
    expect(screen.getByText('Countries (1 chosen)', { selector: 'summary' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Switzerland' }));
    expect(count()).toHaveTextContent('2 of 8 events');
    expect(screen.getByText('Countries (2 chosen)', { selector: 'summary' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(screen.getByRole('checkbox', { name: 'Thailand' })).not.toBeChecked();
    expect(count()).toHaveTextContent('8 of 8 events');
  });
});
