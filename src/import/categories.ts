import { SHAPES, type Category } from '../data/schema';
import { createIdAllocator, slugify } from './slug';

/**
 * Colours for categories made from a file's values: dark enough for 3:1 contrast with the page and white (WCAG
 * non-text contrast), and told apart by shape as well, since shapes cycle too: no one has to rely on colour alone.
 */
export const IMPORT_PALETTE = ['#1f5fa8', '#b3261e', '#2e7d32', '#a85a00', '#6a3d9a', '#c2185b', '#00796b', '#616161'];

/** The category of events whose file names none. */
export const DEFAULT_CATEGORY_ID = 'event';

const MAX_LABEL = 60;

/** Builds one category per distinct value (a CSV category, a TimelineJS group), in order of first use. */
export function createCategories() {
  const byValue = new Map<string, Category>();
  const allocate = createIdAllocator([DEFAULT_CATEGORY_ID]);
  const all: Category[] = [];

  function add(id: string, label: string): Category {
    const i = all.length;
    const category: Category = {
      id,
      label,
      color: IMPORT_PALETTE[i % IMPORT_PALETTE.length],
      shape: SHAPES[i % SHAPES.length],
    };
    all.push(category);
    return category;
  }

  return {
    /** The id of the category for `value`; the default "Events" when the value is empty. */
    idFor(value: string | undefined): string {
      const label = value?.replace(/\s+/g, ' ').trim() ?? '';
      const key = label.toLowerCase();
      let category = byValue.get(key);
      if (!category) {
        category = label
          ? add(
              allocate(slugify(label) || 'category'),
              label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label,
            )
          : add(DEFAULT_CATEGORY_ID, 'Events');
        byValue.set(key, category);
      }
      return category.id;
    },
    list: (): Category[] => all,
  };
}
