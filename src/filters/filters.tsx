import { useAppStore } from '../state/use-app-store';
import { isFiltered, selectCategoryCounts, selectFilteredEvents } from '../state/selectors';
import { resetFilters, setQuery, toggleCategory, toggleCountry } from '../state/actions';
import { ShapeIcon } from '../ui/shape-icon';
import { countryName } from '../ui/countries';

/** Category toggles, countries and free-text search; the count says how many events every view shows. */
export function Filters() {
  const model = useAppStore((s) => s.model)!;
  const filters = useAppStore((s) => s.filters);
  const shown = useAppStore(selectFilteredEvents).length;
  // Counted once per dataset, not on every render: at 100,000 events a recount costs a toggle some 30 ms.
  const countByCategory = useAppStore(selectCategoryCounts);

  return (
    <section className="filters" aria-label="Filters">
      <h2 className="panel-heading">Filters</h2>
      <p className="filter-count" role="status" aria-live="polite">
        {shown.toLocaleString('en')} of {model.events.length.toLocaleString('en')} events
      </p>
      <label className="search">
        <span>Search</span>
        <input
          type="search"
          value={filters.query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Words in titles, summaries, places"
        />
      </label>
      <fieldset className="category-filter">
        <legend>Categories</legend>
        {model.categories.map((category) => (
          <label key={category.id} className="toggle">
            <input
              type="checkbox"
              checked={!filters.categories || filters.categories.includes(category.id)}
              onChange={() => toggleCategory(category.id)}
            />
            <ShapeIcon category={category} />
            <span>{category.label}</span>
            <span className="toggle-count">{(countByCategory.get(category.id) ?? 0).toLocaleString('en')}</span>
          </label>
        ))}
      </fieldset>
      <details className="country-filter">
        <summary>Countries{filters.countries.length ? ` (${filters.countries.length} chosen)` : ''}</summary>
        <fieldset>
          <legend className="visually-hidden">Countries</legend>
          {model.countries.map((code) => (
            <label key={code} className="toggle">
              <input type="checkbox" checked={filters.countries.includes(code)} onChange={() => toggleCountry(code)} />
              <span>{countryName(code)}</span>
            </label>
          ))}
        </fieldset>
      </details>
      <button type="button" className="reset" onClick={resetFilters} disabled={!isFiltered(filters)}>
        Reset filters
      </button>
    </section>
  );
}
