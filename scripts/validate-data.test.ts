import { describe, expect, it } from 'vitest';
import { lowContrastCategories } from './validate-data';
import { buildDataset } from '../tests/fixtures/build-dataset';

describe('lowContrastCategories', () => {
  it('warns about a category colour that is faint on the map, naming it and the ratio', () => {
    const dataset = buildDataset([{ id: 'one', start: '2000' }]);
    dataset.categories[0].color = '#f0e68c';
    dataset.categories[1].color = '#1f5fa8';
    expect(lowContrastCategories(dataset)).toEqual([
      `warning: category "a" has colour #f0e68c, 1.0:1 against the map's land; markers need 3:1`,
    ]);
  });
});
